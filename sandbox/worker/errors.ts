import type {CodeLocation, ReportedError} from '../contract/protocol';
import {CompileError} from './compile/source-location';
import {say} from '../shared/messages';

/** Finds the first stack frame inside `url` (the reader's module) and returns its position. */
export function locationInStack(stack: string | undefined, url: string): CodeLocation | undefined {
  if (!stack || !url) return undefined;
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  return m ? {line: Number(m[1]), column: Number(m[2])} : undefined;
}

/** Turns anything thrown into plain data the page can show. */
export function reportError(err: unknown, phase: ReportedError['phase'], moduleUrl: string): ReportedError {
  if (err instanceof CompileError) {
    return {name: err.name, message: err.message, location: err.location, phase: 'compile'};
  }
  if (err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err)) {
    const e = err as Error & {location?: CodeLocation};
    let name = 'Error';
    let message = '';
    try {
      name = String(e.name ?? 'Error');
      message = String(e.message ?? '');
    } catch {
      message = say('unreadableError');
    }
    return {name, message, location: e.location ?? locationInStack(safeStack(e), moduleUrl), phase};
  }
  let text: string;
  try {
    text = typeof err === 'string' ? err : JSON.stringify(err) ?? String(err);
  } catch {
    text = Object.prototype.toString.call(err);
  }
  return {name: 'Uncaught', message: say('nonErrorThrown', {text}), phase};
}

function safeStack(e: Error): string | undefined {
  try {
    return typeof e.stack === 'string' ? e.stack : undefined;
  } catch {
    return undefined;
  }
}
