/** Every limit the runtime enforces, in one place (like Sandpack's constants file). */

/** Default wall-clock limit for one run; an example can set its own. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;
/** Output lines kept for one run; later lines are counted, not kept. */
export const MAX_OUTPUT_LINES = 1_000;
/** Characters kept of one output line. */
export const MAX_LINE_LENGTH = 2_000;
/** Spans kept for one run's timeline; later ones are counted. Each is an element the page draws
 * and lays out on every update: 5,000 held the lesson page's main thread for about a second. */
export const MAX_SPANS = 1_000;
/** Workers alive at once in one run (Chrome has crashed past ~500). */
export const MAX_LIVE_WORKERS = 32;
/** Events a worker sends one by one within a flush interval before it starts batching. */
export const IMMEDIATE_PER_INTERVAL = 50;
/** A worker sends what it buffered at most this often while it keeps logging. */
export const FLUSH_INTERVAL_MS = 16;
/** ...or as soon as this many events are waiting. */
export const FLUSH_BATCH_SIZE = 200;
/** How deep the console formatter looks into nested objects (Node's console: 2). */
export const FORMAT_DEPTH = 2;
/** Entries of an array, map or set the formatter prints before "…". */
export const FORMAT_MAX_ITEMS = 100;

// What reaches the page from reader code is bounded in the runner frame, before it is sent on:
// a worker runs reader code, so anything it sends may be forged, and at any size.

/** Output lines kept for one run are counted as a reader sees them: a newline starts a line,
 * and so does every this many characters of one line (the wrapping a long line causes). */
export const OUTPUT_WRAP_COLUMNS = 120;
/** Characters kept of one output line in the frame: the worker's own cut, plus room for its note. */
export const MAX_FORWARDED_LINE_LENGTH = MAX_LINE_LENGTH + 64;
/** Characters kept of an error's name. */
export const MAX_ERROR_NAME_LENGTH = 100;
/** Characters kept of an error's message. */
export const MAX_ERROR_MESSAGE_LENGTH = 1_000;
/** Characters kept of a span's label. */
export const MAX_SPAN_LABEL_LENGTH = 120;
/** Characters kept of a lane's title (a spawned function's name). */
export const MAX_LANE_TITLE_LENGTH = 60;
/** Sub-intervals of one span spent waiting for a core. */
export const MAX_WAITS_PER_SPAN = 32;
