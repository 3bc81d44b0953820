/**
 * How this worker's one run ends: well once it is idle (./idle.ts), or with the first error
 * (./guards.ts, a failed compile or module). Whatever comes first settles it; later ones are
 * ignored.
 */
import {reportError} from './errors';
import {drain} from './lab/emitter';
import type {ReportedError, RunOutcome} from '../contract/protocol';

/** The blob: URL the reader's module runs from: its frames in an error's stack are the reader's lines. */
let readerModuleUrl = '';
let resolveFinished: (outcome: RunOutcome) => void = () => {};
const finished = new Promise<RunOutcome>((resolve) => {
  resolveFinished = resolve;
});

export function setReaderModuleUrl(url: string): void {
  readerModuleUrl = url;
}

export function finish(outcome: RunOutcome): void {
  resolveFinished(outcome);
}

export function fail(err: unknown, phase: ReportedError['phase']): void {
  finish({ok: false, error: reportError(err, phase, readerModuleUrl)});
}

/** The run's outcome, once it has one and every event before it is sent. */
export async function end(): Promise<RunOutcome> {
  const outcome = await finished;
  await drain();
  return outcome;
}
