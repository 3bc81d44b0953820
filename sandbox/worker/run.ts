/// <reference lib="webworker" />
/**
 * A worker's one run: the reader's module (`runModule`, compiled here) or a spawned function
 * (`runSpawned`), with the console, the timers and the guards installed first, and an outcome
 * the run session can copy.
 */
import {wrap} from 'comlink';
import {installConsole} from './console/install';
import {span} from './lab/emitter';
import {state} from './lab/state';
import {absoluteNow} from '../shared/clock';
import type {HostApi, RunOutcome, RunSettings, WorkerApi} from '../contract/protocol';
import {language, say, setLanguage} from '../shared/messages';
import {installGuards} from './guards';
import {installTimers, markModuleDone} from './idle';
import {labUrl, moduleUrl, spawnedModule} from './modules';
import {end, fail, setReaderModuleUrl} from './outcome';

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
export const loadCompiler = () => (compiler ??= import('./compile/compile'));

/** Code compiled ahead by `prepare`, with its module URL. */
let prepared: {code: string; js: string; bindings: Record<string, string>; url: string} | null = null;

export const api: WorkerApi = {
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
    let readerModuleUrl: string;
    try {
      if ('error' in compiling) throw compiling.error;
      const compiled = compiling;
      state.moduleText = compiled.js;
      state.bindings = compiled.bindings;
      readerModuleUrl = prepared?.code === code ? prepared.url : moduleUrl(compiled.js);
      setReaderModuleUrl(readerModuleUrl);
    } catch (err) {
      fail(err, 'compile');
      return end();
    }
    span('setup', setupStart, absoluteNow(), say('compileLabel'));
    try {
      await import(/* webpackIgnore: true */ readerModuleUrl);
      markModuleDone();
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
    const readerModuleUrl = moduleUrl(state.moduleText);
    setReaderModuleUrl(readerModuleUrl);
    let value: unknown;
    try {
      const mod = (await import(/* webpackIgnore: true */ readerModuleUrl)) as {default: unknown};
      if (typeof mod.default !== 'function') throw new TypeError(say('spawnNotAFunction'));
      value = await (mod.default as (...a: unknown[]) => unknown)(...request.args);
      markModuleDone();
    } catch (err) {
      fail(err, 'runtime');
    }
    const outcome = await end();
    return explainMissingVariable(outcome.ok ? sendable(value) : outcome);
  },
};
