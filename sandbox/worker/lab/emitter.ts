import {FLUSH_BATCH_SIZE, FLUSH_INTERVAL_MS, IMMEDIATE_PER_INTERVAL, MAX_SPANS} from '../../contract/limits';
import {clampLine} from '../format';
import {absoluteNow} from '../../shared/clock';
import type {LogLevel, SpanEvent, SpanKind, WorkerEvent} from '../../contract/protocol';
import {state} from './state';

const nativeSetTimeout = setTimeout;
let queue: WorkerEvent[] = [];
const inFlight = new Set<Promise<void>>();
let lastFlush = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let lines = 0;
let spans = 0;
let dropped = 0;
let droppedReported = 0;

let windowStart = 0;
let windowCount = 0;

/**
 * Sends an event at once, unless this worker is in a burst (many events within one flush
 * interval): then events go in batches, sent when big or old enough. Sending at once matters:
 * a timer cannot fire while reader code spins, so a queued line could wait forever.
 */
function push(event: WorkerEvent): void {
  queue.push(event);
  const t = absoluteNow();
  if (t - windowStart >= FLUSH_INTERVAL_MS) {
    windowStart = t;
    windowCount = 0;
  }
  windowCount++;
  if (windowCount <= IMMEDIATE_PER_INTERVAL || queue.length >= FLUSH_BATCH_SIZE || t - lastFlush >= FLUSH_INTERVAL_MS) {
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
  const sent = Promise.resolve(state.host.emit(batch)).finally(() => inFlight.delete(sent));
  inFlight.add(sent);
  return sent;
}

/**
 * Sends what is queued and waits until the page has taken every batch sent so far. The run's
 * result travels on another port, so without this it could overtake the last lines.
 */
export async function drain(): Promise<void> {
  await flush();
  await Promise.all([...inFlight]);
}

/** One console call's output. Past the line cap, lines are only counted: `text` is called (the
 * arguments formatted) only for a line that is kept. */
export function logText(level: LogLevel, text: () => string): void {
  if (lines >= state.maxLines) {
    dropped++;
    if (timer === null) timer = nativeSetTimeout(() => void flush(), FLUSH_INTERVAL_MS);
    return;
  }
  lines++;
  push({type: 'log', lane: state.lane, level, t: absoluteNow(), text: clampLine(text())});
}

/** One finished span of this worker's lane. */
export function span(
  kind: SpanKind,
  start: number,
  end: number,
  label?: string,
  extra: {work?: number; waits?: Array<[number, number]>} = {},
): void {
  if (spans >= MAX_SPANS) return;
  spans++;
  const event: SpanEvent = {type: 'span', lane: state.lane, kind, start, end, label: label === undefined ? undefined : String(label)};
  if (extra.work !== undefined) event.work = extra.work;
  if (extra.waits?.length) event.waits = extra.waits;
  push(event);
}
