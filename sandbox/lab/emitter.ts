import {FLUSH_BATCH_SIZE, FLUSH_INTERVAL_MS, MAX_SPANS} from '../limits';
import {clampLine, formatArgs} from '../format';
import {absoluteNow} from '../clock';
import type {LogLevel, SpanKind, WorkerEvent} from '../protocol';
import {state} from './state';

const nativeSetTimeout = setTimeout;
let queue: WorkerEvent[] = [];
let lastFlush = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let lines = 0;
let spans = 0;
let dropped = 0;
let droppedReported = 0;

/** Queues an event and sends the batch when it is big or old enough (even inside a busy loop). */
function push(event: WorkerEvent): void {
  queue.push(event);
  if (queue.length >= FLUSH_BATCH_SIZE || absoluteNow() - lastFlush >= FLUSH_INTERVAL_MS) {
    void flush();
  } else if (timer === null) {
    timer = nativeSetTimeout(() => void flush(), FLUSH_INTERVAL_MS);
  }
}

/** Sends everything queued; the promise settles once the page has taken it. */
export function flush(): Promise<void> {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  lastFlush = absoluteNow();
  if (dropped > droppedReported) {
    queue.push({type: 'dropped', lane: state.lane, count: dropped - droppedReported});
    droppedReported = dropped;
  }
  if (queue.length === 0 || !state.host) return Promise.resolve();
  const batch = queue;
  queue = [];
  return Promise.resolve(state.host.emit(batch));
}

/** One console call. Past the line cap, lines are only counted (and not even formatted). */
export function log(level: LogLevel, args: readonly unknown[]): void {
  if (lines >= state.maxLines) {
    dropped++;
    if (timer === null) timer = nativeSetTimeout(() => void flush(), FLUSH_INTERVAL_MS);
    return;
  }
  lines++;
  push({type: 'log', lane: state.lane, level, t: absoluteNow(), text: clampLine(formatArgs(args))});
}

/** One finished span of this worker's lane. */
export function span(kind: SpanKind, start: number, end: number, label?: string): void {
  if (spans >= MAX_SPANS) return;
  spans++;
  push({type: 'span', lane: state.lane, kind, start, end, label: label === undefined ? undefined : String(label)});
}
