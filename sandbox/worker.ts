/// <reference lib="webworker" />
/**
 * The worker side of a run. The page hands it a private MessagePort; everything else this
 * worker hears is ignored, so reader code cannot pose as the runtime.
 */
import {expose, wrap} from 'comlink';
import {reportError} from './errors';
import {drain, log, span} from './lab/emitter';
import {lab} from './lab';
import {state} from './lab/state';
import {absoluteNow} from './clock';
import type {HostApi, LogLevel, ReportedError, RunOutcome, RunSettings, SpawnRequest, WorkerApi} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const LAB_KEY = Symbol.for('concurrency-lab');
(globalThis as Record<symbol, unknown>)[LAB_KEY] = lab;
const labUrl = moduleUrl(
  `const L = globalThis[Symbol.for('concurrency-lab')];\n` +
    Object.keys(lab)
      .map((name) => `export const ${name} = L.${name};`)
      .join('\n'),
);

function moduleUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
}

let readerModuleUrl = '';
let moduleDone = false;
let finish: (outcome: RunOutcome) => void = () => {};
const finished = new Promise<RunOutcome>((resolve) => {
  finish = resolve;
});

function fail(err: unknown, phase: ReportedError['phase']): void {
  finish({ok: false, error: reportError(err, phase, readerModuleUrl)});
}

// Timers the reader sets are counted: the run is over when none is left.
const pendingTimers = new Set<unknown>();
const nativeSetTimeout = self.setTimeout.bind(self);
const nativeClearTimeout = self.clearTimeout.bind(self);
const nativeSetInterval = self.setInterval.bind(self);
const nativeClearInterval = self.clearInterval.bind(self);

const isIdle = () => moduleDone && pendingTimers.size === 0 && state.liveChildren === 0;

/** Ends the run once nothing is left to wait for. Two task hops: the browser reports an
 * unhandled rejection in a task of its own, and that must fail the run, not come too late. */
function checkIdle(): void {
  nativeSetTimeout(() => {
    if (isIdle()) nativeSetTimeout(() => isIdle() && finish({ok: true}), 0);
  }, 0);
}
state.onMaybeIdle = checkIdle;

function installTimers(): void {
  const g = self as unknown as Record<string, unknown>;
  g.setTimeout = (fn: unknown, ms?: number, ...args: unknown[]) => {
    const id: number = nativeSetTimeout(() => {
      pendingTimers.delete(id);
      try {
        if (typeof fn === 'function') fn(...args);
      } finally {
        checkIdle();
      }
    }, ms);
    pendingTimers.add(id);
    return id;
  };
  g.clearTimeout = (id: number) => {
    pendingTimers.delete(id);
    nativeClearTimeout(id);
    checkIdle();
  };
  g.setInterval = (fn: unknown, ms?: number, ...args: unknown[]) => {
    const id = nativeSetInterval(() => {
      if (typeof fn === 'function') fn(...args);
    }, ms);
    pendingTimers.add(id);
    return id;
  };
  g.clearInterval = (id: number) => {
    pendingTimers.delete(id);
    nativeClearInterval(id);
    checkIdle();
  };
}

function installConsole(): void {
  const levels: LogLevel[] = ['log', 'info', 'warn', 'error', 'debug'];
  const c = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const level of levels) c[level] = (...args: unknown[]) => log(level, args);
  c.dir = (...args: unknown[]) => log('log', args);
  c.table = (...args: unknown[]) => log('log', args);
  c.trace = (...args: unknown[]) => log('debug', args);
}

function installGuards(): void {
  self.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.error ?? new Error(event.message), 'runtime');
  });
  self.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    fail(event.reason, 'unhandled');
  });
  self.close = () => {
    throw new Error('close() is not available in examples: the run ends by itself when your code is done.');
  };
  self.importScripts = () => {
    throw new Error('importScripts() is not available in examples: everything an example may use comes from "lab".');
  };
  // The offline copy of the site lives in the Cache API: reader code must not be able to change
  // what the service worker serves. Removed from the prototype too, so no getter can be borrowed.
  refuse('caches', "caches is not available in examples: it holds the site's offline copy.");
  // A worker started behind lab's back would escape Stop, the time limit and the worker cap.
  refuse('Worker', 'new Worker() is not available in examples: start workers with spawn() from "lab".');
}

function refuse(name: string, message: string): void {
  const proto = Object.getPrototypeOf(self) as object;
  for (let o: object | null = proto; o; o = Object.getPrototypeOf(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) delete (o as Record<string, unknown>)[name];
  }
  Object.defineProperty(self, name, {
    configurable: false,
    get() {
      throw new Error(message);
    },
  });
}

function begin(settings: RunSettings, hostPort: MessagePort): void {
  const host = wrap<HostApi>(hostPort);
  state.lane = settings.lane;
  state.runStart = settings.runStart;
  state.maxLines = settings.maxLines;
  state.host = host;
  installConsole();
  installTimers();
  installGuards();
}

async function end(): Promise<RunOutcome> {
  const outcome = await finished;
  await drain();
  return outcome;
}

/** Builds a module whose default export is the spawned function, on the reader's own lines. */
function spawnedModule(request: SpawnRequest): string {
  const imports = Object.entries(request.bindings)
    .map(([local, name]) =>
      name === '*' ? `import * as ${local} from '${labUrl}';` : `import {${name} as ${local}} from '${labUrl}';`,
    )
    .join(' ');
  const line = request.at?.line ?? 1;
  const column = request.at?.column ?? 1;
  const head = line >= 2 ? `${'\n'.repeat(line - 2)}export default (\n${' '.repeat(column - 1)}` : 'export default (';
  return `${head}${request.source}\n);\n${imports}\n`;
}

function explainMissingVariable(outcome: RunOutcome): RunOutcome {
  if (outcome.ok || outcome.error.name !== 'ReferenceError') return outcome;
  const message = `${outcome.error.message}. A spawned function sees only its arguments and lab, like a separate process: pass the value as an argument.`;
  return {ok: false, error: {...outcome.error, message}};
}

function sendable(value: unknown): RunOutcome {
  try {
    structuredClone(value);
    return {ok: true, value};
  } catch {
    return {
      ok: false,
      error: {
        name: 'DataCloneError',
        message: 'The spawned function returned a value that cannot be copied back to its parent (for example a function).',
        phase: 'runtime',
      },
    };
  }
}

// The compiler (sucrase) loads only in workers that compile: spawned workers never need it.
// It must load before begin() locks importScripts, which the bundler's chunk loading uses.
let compiler: Promise<typeof import('./compile')> | null = null;
const loadCompiler = () => (compiler ??= import('./compile'));

/** Code compiled ahead by `prepare`, with its module URL. */
let prepared: {code: string; js: string; bindings: Record<string, string>; url: string} | null = null;

const api: WorkerApi = {
  async prepare(code) {
    const {compile} = await loadCompiler();
    try {
      const {js, bindings} = compile(code, labUrl);
      prepared = {code, js, bindings, url: moduleUrl(js)};
    } catch {
      prepared = null; // the run will compile again and report the error
    }
  },

  async runModule(code, settings, host) {
    const {compile} = await loadCompiler();
    begin(settings, host);
    const setupStart = absoluteNow();
    try {
      const compiled = prepared?.code === code ? prepared : compile(code, labUrl);
      state.moduleText = compiled.js;
      state.bindings = compiled.bindings;
      readerModuleUrl = prepared?.code === code ? prepared.url : moduleUrl(compiled.js);
    } catch (err) {
      fail(err, 'compile');
      return end();
    }
    span('setup', setupStart, absoluteNow(), 'compile');
    try {
      await import(/* webpackIgnore: true */ readerModuleUrl);
      moduleDone = true;
      checkIdle();
    } catch (err) {
      fail(err, 'runtime');
    }
    return end();
  },

  async runSpawned(request, settings, host) {
    begin(settings, host);
    state.bindings = request.bindings;
    state.moduleText = spawnedModule(request);
    readerModuleUrl = moduleUrl(state.moduleText);
    let value: unknown;
    try {
      const mod = (await import(/* webpackIgnore: true */ readerModuleUrl)) as {default: unknown};
      if (typeof mod.default !== 'function') throw new TypeError('spawn() was given something that is not a function');
      value = await (mod.default as (...a: unknown[]) => unknown)(...request.args);
      moduleDone = true;
      checkIdle();
    } catch (err) {
      fail(err, 'runtime');
    }
    const outcome = await end();
    return explainMissingVariable(outcome.ok ? sendable(value) : outcome);
  },
};

/** Compiles and links a tiny module once, so the first real run finds the compiler warm. */
async function warmUp(): Promise<void> {
  try {
    const {compile} = await loadCompiler();
    compile("import {now} from 'lab';\nconst t: number = now();", labUrl);
    await import(/* webpackIgnore: true */ labUrl);
  } catch {
    // a warm-up that fails costs nothing but speed
  }
}

function handshake(event: MessageEvent): void {
  const port = event.data?.port;
  if (!(port instanceof MessagePort)) return;
  self.removeEventListener('message', handshake);
  expose(api, port);
  // Spare workers warm the compiler up before they say they are ready; spawned ones need none.
  const ready = event.data?.warm === true ? warmUp() : Promise.resolve();
  void ready.then(() => port.postMessage({ready: true}));
}
self.addEventListener('message', handshake);
