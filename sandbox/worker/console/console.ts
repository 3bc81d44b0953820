/**
 * The console namespace, with the output shapes of Node's console
 * (lib/internal/console/constructor.js): group indentation, count, time, assert, table,
 * trace. Writes finished text to `write`; knows nothing of workers, so tests can hold it
 * next to Node's own console.
 */
import {formatArgs, inspectValue} from '../format';
import type {LogLevel} from '../../contract/protocol';
import {renderTable} from './table';
import {say} from '../../shared/messages';

export type Write = (level: LogLevel, text: () => string) => void;

export interface ConsoleDeps {
  write: Write;
  /** Milliseconds, for console.time. */
  now: () => number;
  /** The stack of the caller of `fn` (frames below it dropped), as `Error.captureStackTrace` gives it. */
  stackOf?: (header: {name: string; message: string}, fn: (...args: never[]) => unknown) => string;
}

const GROUP_INDENT = 2;

export function createConsole({write, now, stackOf = defaultStack}: ConsoleDeps): Record<string, (...args: never[]) => void> {
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();

  /** Node indents every line of a call's output by the open groups. */
  const out = (level: LogLevel, text: () => string) =>
    write(level, () => {
      const s = text();
      return indent ? indent + s.replaceAll('\n', `\n${indent}`) : s;
    });
  const print = (level: LogLevel) => (...args: unknown[]) => out(level, () => formatArgs(args));
  const warning = (message: string) => out('warn', () => say('consoleWarning', {text: message}));

  const timeLog = (name: string, label: string, data?: unknown[]): boolean => {
    const start = timers.get(label);
    if (start === undefined) {
      warning(say('noSuchTimer', {label, method: name}));
      return false;
    }
    const formatted = formatTime(now() - start);
    out('log', () => formatArgs(['%s: %s', label, formatted, ...(data ?? [])]));
    return true;
  };

  const c = {
    log: print('log'),
    info: print('info'),
    debug: print('debug'),
    warn: print('warn'),
    error: print('error'),
    dirxml: print('log'),
    dir(value?: unknown, options?: object) {
      out('log', () => inspectValue(value, {...(options ?? {})}));
    },
    table(data?: unknown, properties?: readonly string[]) {
      out('log', () => renderTable(data, properties) ?? formatArgs([data]));
    },
    trace(...args: unknown[]) {
      out('debug', () => stackOf({name: 'Trace', message: formatArgs(args)}, c.trace));
    },
    assert(condition?: unknown, ...args: unknown[]) {
      if (condition) return;
      const rest = [...args];
      rest[0] = `Assertion failed${args.length === 0 ? '' : `: ${String(args[0])}`}`;
      out('warn', () => formatArgs(rest));
    },
    count(label: unknown = 'default') {
      const key = `${label}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      out('log', () => `${key}: ${n}`);
    },
    countReset(label: unknown = 'default') {
      const key = `${label}`;
      if (!counts.has(key)) return warning(say('noSuchCount', {label: key}));
      counts.delete(key);
    },
    time(label: unknown = 'default') {
      const key = `${label}`;
      if (timers.has(key)) return warning(say('timerExists', {label: key}));
      timers.set(key, now());
    },
    timeLog(label: unknown = 'default', ...data: unknown[]) {
      timeLog('timeLog', `${label}`, data);
    },
    timeEnd(label: unknown = 'default') {
      const key = `${label}`;
      if (timeLog('timeEnd', key)) timers.delete(key);
    },
    group(...data: unknown[]) {
      if (data.length > 0) c.log(...data);
      indent += ' '.repeat(GROUP_INDENT);
    },
    groupCollapsed(...data: unknown[]) {
      c.group(...data);
    },
    groupEnd() {
      indent = indent.slice(0, Math.max(0, indent.length - GROUP_INDENT));
    },
    /** Nothing to clear in a log that is not a terminal (Node does the same off a TTY). */
    clear() {},
  };
  return c as unknown as Record<string, (...args: never[]) => void>;
}

/** Node's formatTime: `12.345ms`, `1.234s`, `1:02.345 (m:ss.mmm)`, `1:02:03.456 (h:mm:ss.mmm)`. */
export function formatTime(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60_000) {
      if (ms >= 3_600_000) {
        hours = Math.floor(ms / 3_600_000);
        ms %= 3_600_000;
      }
      minutes = Math.floor(ms / 60_000);
      ms %= 60_000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const pad = (v: number | string) => String(v).padStart(2, '0');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function defaultStack(header: {name: string; message: string}, fn: (...args: never[]) => unknown): string {
  const holder = {...header} as {name: string; message: string; stack?: string};
  const capture = (Error as {captureStackTrace?: (o: object, f: unknown) => void}).captureStackTrace;
  if (capture) capture(holder, fn);
  else holder.stack = `${header.name}${header.message ? `: ${header.message}` : ''}\n${(new Error().stack ?? '').split('\n').slice(2).join('\n')}`;
  return String(holder.stack);
}
