/**
 * What the runner takes from a worker, checked and bounded. A worker runs reader code, and
 * reader code can patch anything in its worker (even MessagePort.prototype.postMessage), so
 * every event may be forged, of any shape and any size. Nothing here trusts a field it can
 * check: strings are cut to the limits in contract/limits.ts (with the count of what was cut, so the
 * page can say so), times are kept within the run, kinds and levels within their sets.
 */
import {
  MAX_ERROR_MESSAGE_LENGTH,
  MAX_ERROR_NAME_LENGTH,
  MAX_FORWARDED_LINE_LENGTH,
  MAX_LANE_TITLE_LENGTH,
  MAX_SPAN_LABEL_LENGTH,
  MAX_WAITS_PER_SPAN,
  OUTPUT_WRAP_COLUMNS,
} from '../contract/limits';
import {SPAN_KINDS, type LogLevel, type ReportedError, type SpanKind} from '../contract/protocol';
import type {OutputLine, Span} from '../contract/report';

export interface Clipped {
  text: string;
  /** Characters cut off the end (0: nothing was cut). */
  cut: number;
}

/** A string cut to `max` characters. Anything but a string, number or boolean becomes "". */
export function clip(value: unknown, max: number): Clipped {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  if (text.length <= max) return {text, cut: 0};
  // Never split a surrogate pair: half an emoji would draw as a replacement character.
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  // A copy, not a slice: a slice keeps the whole (maybe huge) original alive in the report.
  return {text: (' ' + text.slice(0, end)).slice(1), cut: text.length - end};
}

const LEVELS = new Set<string>(['log', 'info', 'warn', 'error', 'debug']);
const KINDS = new Set<string>(SPAN_KINDS);
const PHASES = new Set<string>(['compile', 'runtime', 'unhandled', 'spawn']);

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const within = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Where a run stands when an event arrives: times count from `startedAt`; nothing can end after `now`. */
export interface RunClock {
  startedAt: number;
  /** Ms since the run started, now. */
  now: number;
}

/** A console line from `lane`: the lane is the channel's, never the event's. */
export function checkedLine(e: {level?: unknown; t?: unknown; text?: unknown}, lane: string, clock: RunClock): OutputLine {
  const level = (typeof e.level === 'string' && LEVELS.has(e.level) ? e.level : 'log') as LogLevel;
  const t = finite(e.t) ? within(e.t - clock.startedAt, 0, clock.now) : clock.now;
  const {text, cut} = clip(e.text, MAX_FORWARDED_LINE_LENGTH);
  return cut ? {lane, level, t, text, cut} : {lane, level, t, text};
}

type MaybeSpan = {kind?: unknown; start?: unknown; end?: unknown; label?: unknown; waits?: unknown; work?: unknown};

/**
 * A span from `lane`, kept within the run (it starts at 0 or later and ends by `now`), or null
 * when it cannot be one: an unknown kind, a time that is not a number, an end before its start
 * or a start after now.
 */
export function checkedSpan(e: MaybeSpan, lane: string, clock: RunClock): Span | null {
  if (typeof e.kind !== 'string' || !KINDS.has(e.kind) || !finite(e.start) || !finite(e.end)) return null;
  const rawStart = e.start - clock.startedAt;
  const rawEnd = e.end - clock.startedAt;
  if (rawEnd < rawStart || rawStart > clock.now) return null;
  const start = Math.max(0, rawStart);
  const end = within(rawEnd, start, clock.now);
  const span: Span & {waits?: Array<[number, number]>; work?: number} = {lane, kind: e.kind as SpanKind, start, end};
  if (e.label !== undefined) {
    const {text, cut} = clip(e.label, MAX_SPAN_LABEL_LENGTH);
    span.label = text;
    if (cut) span.labelCut = cut;
  }
  if (e.waits !== undefined) span.waits = checkedWaits(e.waits, start, end, clock.startedAt);
  if (finite(e.work) && e.work >= 0) span.work = Math.min(e.work, clock.now);
  return span;
}

/** Waits for a core within a span: absolute in the event, run-relative here, inside the span, at most MAX_WAITS_PER_SPAN. */
function checkedWaits(waits: unknown, start: number, end: number, startedAt: number): Array<[number, number]> {
  const kept: Array<[number, number]> = [];
  if (!Array.isArray(waits)) return kept;
  for (let i = 0; i < waits.length && kept.length < MAX_WAITS_PER_SPAN; i++) {
    const w: unknown = waits[i];
    if (!Array.isArray(w) || !finite(w[0]) || !finite(w[1])) continue;
    const a = within(w[0] - startedAt, start, end);
    const b = within(w[1] - startedAt, start, end);
    if (b > a) kept.push([a, b]);
  }
  return kept;
}

/** A count a worker reports (lines it dropped): a whole number, or 0. */
export function checkedCount(value: unknown): number {
  return finite(value) && value > 0 ? Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER) : 0;
}

/** An error as a worker reported it, with its strings bounded. */
export function checkedError(e: unknown): ReportedError & {messageCut?: number} {
  const raw = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
  const name = clip(raw.name, MAX_ERROR_NAME_LENGTH).text || 'Error';
  const message = clip(raw.message, MAX_ERROR_MESSAGE_LENGTH);
  const phase = (typeof raw.phase === 'string' && PHASES.has(raw.phase) ? raw.phase : 'runtime') as ReportedError['phase'];
  const error: ReportedError & {messageCut?: number} = {name, message: message.text, phase};
  if (message.cut) error.messageCut = message.cut;
  const at = raw.location as {line?: unknown; column?: unknown} | undefined;
  if (typeof at === 'object' && at !== null && isLineNumber(at.line)) {
    error.location = isLineNumber(at.column) ? {line: at.line, column: at.column} : {line: at.line};
  }
  return error;
}

const isLineNumber = (v: unknown): v is number => finite(v) && Number.isInteger(v) && v >= 1 && v <= 1e7;

/** A lane's title (a spawned function's name), bounded. */
export function checkedTitle(title: string): {title: string; titleCut?: number} {
  const {text, cut} = clip(title, MAX_LANE_TITLE_LENGTH);
  return cut ? {title: text, titleCut: cut} : {title: text};
}

/** Lines a reader sees for `text`: one per newline-separated piece, and one more per OUTPUT_WRAP_COLUMNS of a long piece. */
export function outputRows(text: string, columns = OUTPUT_WRAP_COLUMNS): number {
  let rows = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const length = (nl < 0 ? text.length : nl) - from;
    rows += Math.max(1, Math.ceil(length / columns));
    if (nl < 0) return rows;
    from = nl + 1;
  }
}

/** The start of `text` that fills at most `rows` lines as a reader sees them. */
export function firstRows(text: string, rows: number, columns = OUTPUT_WRAP_COLUMNS): string {
  let from = 0;
  let left = rows;
  while (left > 0) {
    const nl = text.indexOf('\n', from);
    const length = (nl < 0 ? text.length : nl) - from;
    const need = Math.max(1, Math.ceil(length / columns));
    if (need > left) return text.slice(0, from + left * columns);
    left -= need;
    if (nl < 0) return text;
    from = nl + 1;
  }
  return text.slice(0, Math.max(0, from - 1));
}
