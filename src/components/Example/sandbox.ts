import type {Run} from '@site/sandbox/runner';
import type {WorkerPool} from '@site/sandbox/pool';

/**
 * The runtime's page side (runner, pool, comlink) loads on the first sign that a reader may
 * run something, not with the page: a reader who only reads never downloads it.
 */
export interface Sandbox {
  Run: typeof Run;
  pool: WorkerPool;
}

let loading: Promise<Sandbox> | null = null;
let loaded: Sandbox | null = null;

export function loadSandbox(): Promise<Sandbox> {
  loading ??= Promise.all([import('@site/sandbox/runner'), import('@site/sandbox/pool')]).then(([runner, pools]) => {
    loaded = {Run: runner.Run, pool: new pools.WorkerPool()};
    return loaded;
  });
  return loading;
}

/** The sandbox if it has loaded already, so a click can start a run within the click. */
export function sandboxIfLoaded(): Sandbox | null {
  return loaded;
}
