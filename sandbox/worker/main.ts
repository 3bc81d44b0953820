/// <reference lib="webworker" />
/**
 * The worker side of a run. The page hands it a private MessagePort; everything else this
 * worker hears is ignored, so reader code cannot pose as the runtime.
 */
import {expose, wrap} from 'comlink';
import {reportError} from './errors';
import {drain, span} from './lab/emitter';
import {installConsole} from './console/install';
import {lab} from './lab';
import {state} from './lab/state';
import {calibrate} from './lab/compute';
import {absoluteNow} from '../shared/clock';
import type {HostApi, ReportedError, RunOutcome, RunSettings, SpawnRequest, WorkerApi} from '../contract/protocol';
import {language, say, setLanguage} from '../shared/messages';

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
  installScheduling();
}

/**
 * The other ways a worker can schedule work, counted like timers: a run is not over while one
 * is pending, so nothing they print is lost to a run declared done too early.
 */
function installScheduling(): void {
  const g = self as unknown as Record<string, unknown>;
  const track = <T>(promise: T): T => {
    if (!(promise instanceof Promise)) return promise;
    const token = {};
    pendingTimers.add(token);
    const done = () => {
      pendingTimers.delete(token);
      checkIdle();
    };
    promise.then(done, done);
    return promise;
  };
  const scheduler = g.scheduler as {postTask?: (...a: unknown[]) => Promise<unknown>; yield?: () => Promise<void>} | undefined;
  if (scheduler && typeof scheduler.postTask === 'function') {
    const postTask = scheduler.postTask.bind(scheduler);
    scheduler.postTask = (...args: unknown[]) => track(postTask(...args));
  }
  if (scheduler && typeof scheduler.yield === 'function') {
    const yieldNow = scheduler.yield.bind(scheduler);
    scheduler.yield = () => track(yieldNow());
  }
  if (typeof g.requestAnimationFrame === 'function' && typeof g.cancelAnimationFrame === 'function') {
    const request = (g.requestAnimationFrame as (cb: FrameRequestCallback) => number).bind(self);
    const cancel = (g.cancelAnimationFrame as (id: number) => void).bind(self);
    const frames = new Map<number, object>();
    g.requestAnimationFrame = (fn: unknown) => {
      const token = {};
      const id = request((t) => {
        frames.delete(id);
        pendingTimers.delete(token);
        try {
          if (typeof fn === 'function') fn(t);
        } finally {
          checkIdle();
        }
      });
      frames.set(id, token);
      pendingTimers.add(token);
      return id;
    };
    g.cancelAnimationFrame = (id: number) => {
      pendingTimers.delete(frames.get(id));
      frames.delete(id);
      cancel(id);
      checkIdle();
    };
  }
  const atomics = Atomics as unknown as {waitAsync?: (...a: unknown[]) => {async: boolean; value: unknown}};
  if (typeof atomics.waitAsync === 'function') {
    const waitAsync = atomics.waitAsync.bind(Atomics);
    atomics.waitAsync = (...args: unknown[]) => {
      const result = waitAsync(...args);
      if (result.async) track(result.value);
      return result;
    };
  }
  // A request nobody awaits still prints its answer: the run waits for it, as for a timer.
  if (typeof g.fetch === 'function') {
    const fetchNow = (g.fetch as typeof fetch).bind(self);
    g.fetch = (...args: Parameters<typeof fetch>) => track(fetchNow(...args));
  }
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
    throw new Error(say('closeUnavailable'));
  };
  self.importScripts = () => {
    throw new Error(say('importScriptsUnavailable'));
  };
  // The offline copy of the site lives in the Cache API: reader code must not be able to change
  // what the service worker serves. Removed from the prototype too, so no getter can be borrowed.
  refuse('caches', say('cachesUnavailable'));
  // A worker started behind lab's back would escape Stop, the time limit and the worker cap.
  refuse('Worker', say('workerUnavailable'));
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
  state.workRate = Number(settings.workRate) > 0 ? Number(settings.workRate) : state.workRate;
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
  // The engine words it in English ("secret is not defined"); on a Chinese page, say it in Chinese.
  const missing = /^(\S+) is not defined$/.exec(outcome.error.message)?.[1];
  const what = missing && language() === 'zh' ? say('notDefined', {name: missing}) : outcome.error.message;
  const message = `${what}${language() === 'zh' ? '。' : '. '}${say('seesOnlyArguments')}`;
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
        message: say('resultNotCopyable'),
        phase: 'runtime',
      },
    };
  }
}

// The compiler (sucrase; TypeScript's as a further chunk) loads only in workers that compile: spawned workers never need it.
// It must load before begin() locks importScripts, which the bundler's chunk loading uses.
let compiler: Promise<typeof import('./compile/compile')> | null = null;
const loadCompiler = () => (compiler ??= import('./compile/compile'));

/** Code compiled ahead by `prepare`, with its module URL. */
let prepared: {code: string; js: string; bindings: Record<string, string>; url: string} | null = null;

const api: WorkerApi = {
  async prepare(code) {
    const {compileExample} = await loadCompiler();
    try {
      const {js, bindings} = await compileExample(code, labUrl);
      prepared = {code, js, bindings, url: moduleUrl(js)};
    } catch {
      prepared = null; // the run will compile again and report the error
    }
  },

  async runModule(code, settings, host) {
    setLanguage(settings.language);
    const {compileExample} = await loadCompiler();
    const setupStart = absoluteNow();
    // Compiled before begin() locks importScripts: TypeScript's compiler, for the programs that
    // need it, loads as a chunk.
    const compiling = prepared?.code === code ? prepared : await compileExample(code, labUrl).catch((error: unknown) => ({error}));
    begin(settings, host);
    try {
      if ('error' in compiling) throw compiling.error;
      const compiled = compiling;
      state.moduleText = compiled.js;
      state.bindings = compiled.bindings;
      readerModuleUrl = prepared?.code === code ? prepared.url : moduleUrl(compiled.js);
    } catch (err) {
      fail(err, 'compile');
      return end();
    }
    span('setup', setupStart, absoluteNow(), say('compileLabel'));
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
    setLanguage(settings.language);
    begin(settings, host);
    state.bindings = request.bindings;
    state.moduleText = spawnedModule(request);
    readerModuleUrl = moduleUrl(state.moduleText);
    let value: unknown;
    try {
      const mod = (await import(/* webpackIgnore: true */ readerModuleUrl)) as {default: unknown};
      if (typeof mod.default !== 'function') throw new TypeError(say('spawnNotAFunction'));
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
  // The runner's first worker also measures how fast work()'s kernel runs on an idle core.
  const ready = event.data?.warm === true ? warmUp() : Promise.resolve();
  void ready.then(() => {
    if (event.data?.calibrate === true) state.workRate = calibrate();
    port.postMessage({ready: true, workRate: state.workRate || undefined});
  });
}
self.addEventListener('message', handshake);
