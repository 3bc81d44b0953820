import {useSyncExternalStore} from 'react';
import {isFinished, type RunReport} from '@site/sandbox/contract/report';

/** What a reader's runs of one example showed, for anything on the page that follows them. */
export interface ExampleRunState {
  /** Runs that have ended since this page was opened. */
  runs: number;
  /** The status of the latest run ("running", "done", "failed", ...), or null before any. */
  status: string | null;
  /** The lines the latest ended run printed. */
  lines: string[];
}

const NONE: ExampleRunState = {runs: 0, status: null, lines: []};
const states = new Map<string, ExampleRunState>();
const lastReports = new Map<string, RunReport>();
const listeners = new Map<string, Set<() => void>>();

/**
 * The example with this id reports each state of its run here (the Example component does, as
 * it draws it); a run counts once, when it ends. Nothing is stored beyond this page.
 */
export function publishRun(exampleId: string, report: RunReport | null): void {
  if (!report || lastReports.get(exampleId) === report) return;
  const before = lastReports.get(exampleId);
  lastReports.set(exampleId, report);
  const prev = states.get(exampleId) ?? NONE;
  const ended = isFinished(report.status) && !(before && before.startedAt === report.startedAt && isFinished(before.status));
  const next = ended
    ? {runs: prev.runs + 1, status: report.status, lines: report.lines.map((l) => l.text)}
    : prev.status === report.status
      ? prev
      : {...prev, status: report.status};
  if (next === prev) return;
  states.set(exampleId, next);
  for (const listener of listeners.get(exampleId) ?? []) listener();
}

/** The latest state of that example's runs. */
export function runStateOf(exampleId: string): ExampleRunState {
  return states.get(exampleId) ?? NONE;
}

function subscribe(exampleId: string, listener: () => void): () => void {
  let set = listeners.get(exampleId);
  if (!set) listeners.set(exampleId, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Follows the runs of the example with this id (see publishRun). */
export function useExampleRun(exampleId: string): ExampleRunState {
  return useSyncExternalStore(
    (listener) => subscribe(exampleId, listener),
    () => runStateOf(exampleId),
    () => NONE,
  );
}
