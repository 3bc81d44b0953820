/** Every limit the runtime enforces, in one place (like Sandpack's constants file). */

/** Default wall-clock limit for one run; an example can set its own. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;
/** Output lines kept for one run; later lines are counted, not kept. */
export const MAX_OUTPUT_LINES = 1_000;
/** Characters kept of one output line. */
export const MAX_LINE_LENGTH = 2_000;
/** Spans kept for one run's timeline. */
export const MAX_SPANS = 5_000;
/** Workers alive at once in one run (Chrome has crashed past ~500). */
export const MAX_LIVE_WORKERS = 32;
/** Events a worker sends one by one within a flush interval before it starts batching. */
export const IMMEDIATE_PER_INTERVAL = 50;
/** A worker sends what it buffered at most this often while it keeps logging. */
export const FLUSH_INTERVAL_MS = 16;
/** ...or as soon as this many events are waiting. */
export const FLUSH_BATCH_SIZE = 200;
/** How deep the console formatter looks into nested objects. */
export const FORMAT_DEPTH = 4;
/** Entries of an array, map or set the formatter prints before "…". */
export const FORMAT_MAX_ITEMS = 100;
