/**
 * User Timing marks of where a run's first output spends its time, for the bench and for the
 * Performance panel of the browser's devtools: when the page sent the run to the frame, and
 * when the first line came back, with (on the page's clock) when the frame started the run and
 * when the worker printed that line. Only the latest run's marks are kept.
 */
export const MARK_SENT = 'lab:run-sent';
export const MARK_FIRST_LINE = 'lab:first-line';

export interface FirstLineDetail {
  id: number;
  /** performance.now() on the page's clock. */
  frameStarted: number;
  printed: number;
}

const marks = typeof performance !== 'undefined' && typeof performance.mark === 'function';

export function markSent(id: number): void {
  if (!marks) return;
  performance.clearMarks(MARK_SENT);
  performance.clearMarks(MARK_FIRST_LINE);
  performance.mark(MARK_SENT, {detail: {id}});
}

/** `startedAt` and `lineT` as in the report: absolute ms, and ms since the run started. */
export function markFirstLine(id: number, startedAt: number, lineT: number): void {
  if (!marks) return;
  const frameStarted = startedAt - performance.timeOrigin;
  const detail: FirstLineDetail = {id, frameStarted, printed: frameStarted + lineT};
  performance.mark(MARK_FIRST_LINE, {detail});
}
