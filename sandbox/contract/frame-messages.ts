import type {Language} from './language';
import type {RunEvent} from './run-events';

/**
 * Between the page and the runner frame. The page sends `connect` with a MessagePort once;
 * everything after that goes over the port, which nobody else holds.
 */
export const CONNECT = 'concurrency-lab:connect';
/** The frame's first word to its parent, so the page knows the runner loaded (and is not an error page). */
export const HELLO = 'concurrency-lab:runner';

export type ToRunner =
  | {type: 'run'; id: number; code: string; timeLimitMs?: number; language?: Language}
  | {type: 'stop'; id: number}
  | {type: 'prewarm'; code?: string}
  | {type: 'ping'; n: number};

export type FromRunner =
  /** What happened in run `id` since the last batch, in order; the last batch ends with `end`. */
  | {type: 'events'; id: number; events: RunEvent[]}
  | {type: 'pong'; n: number}
  /** A port to the frame's echo worker (host/frame/heartbeat.ts): the page's pings go there. */
  | {type: 'heartbeat'; port: MessagePort};
