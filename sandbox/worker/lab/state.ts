import type {Remote} from 'comlink';
import type {HostApi} from '../../contract/protocol';

/** What the lab in one worker knows about its run. Set by worker/main.ts before reader code runs. */
export const state = {
  lane: 'main',
  runStart: 0,
  maxLines: 0,
  /** Iterations per ms of work()'s kernel; 0 until the runner's figure (or our own) is in. */
  workRate: 0,
  host: null as Remote<HostApi> | null,
  /** The JavaScript this worker runs, to find where a spawned function came from. */
  moduleText: '',
  /** Local names the reader's code gave lab exports, passed on to spawned functions. */
  bindings: {} as Record<string, string>,
  /** Children this worker spawned that have not settled yet. */
  liveChildren: 0,
  spawned: 0,
  /** Called whenever something the run waits for may have finished. */
  onMaybeIdle: () => {},
};
