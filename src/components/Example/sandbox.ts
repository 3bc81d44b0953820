import type {RunnerConnection} from '@site/sandbox/client/connection';

/**
 * The runtime's page side loads on the first sign that a reader may run something, not with
 * the page: a reader who only reads never downloads it. It opens the runner frame, on a second
 * site when there is one (see sandbox/shared/places.ts), and once per page: a frame whose
 * process crashed is replaced on the next run.
 */
export interface RunnerAddress {
  /** The runner page's path on this site, e.g. `/runner`. */
  path: string;
  /** An origin that serves the same build (a second site), if the deployment has one. */
  secondOrigin?: string;
}

let loading: Promise<RunnerConnection> | null = null;
let loaded: RunnerConnection | null = null;

export function loadSandbox(address: RunnerAddress): Promise<RunnerConnection> {
  // A frame the page around an embed removed is gone without a word: open a new one.
  if (loaded?.lost) loaded = loading = null;
  loading ??= Promise.all([import('@site/sandbox/client/connection'), import('@site/sandbox/shared/places')]).then(async ([{connectRunner}, {runnerPlaces}]) => {
    const connection = await connectRunner(runnerPlaces(address.path, location, navigator.onLine, address.secondOrigin));
    connection.onLost = () => {
      if (loaded === connection) loaded = loading = null;
    };
    loaded = connection;
    return connection;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The runner if it is connected already, so a click can start a run within the click. */
export function sandboxIfLoaded(): RunnerConnection | null {
  return loaded?.lost ? null : loaded;
}
