/// <reference lib="webworker" />
/**
 * The worker side of a run (the entry the run session starts, host/pool.ts). The page hands it
 * a private MessagePort; everything else this worker hears is ignored, so reader code cannot
 * pose as the runtime. The run itself is ./run.ts.
 */
import {expose} from 'comlink';
import {state} from './lab/state';
import {calibrate} from './lab/compute';
import {labUrl} from './modules';
import {api, loadCompiler} from './run';

declare const self: DedicatedWorkerGlobalScope;

/** Compiles and links a tiny module once, so the first real run finds the compiler warm. */
async function warmUp(): Promise<void> {
  try {
    const {compile} = await loadCompiler();
    compile("import {now} from 'lab';\nconst t: number = now();", labUrl);
    await import(/* webpackIgnore: true */ labUrl);
  } catch {
    // a warm-up that fails costs nothing but speed
  }
}

function handshake(event: MessageEvent): void {
  const port = event.data?.port;
  if (!(port instanceof MessagePort)) return;
  self.removeEventListener('message', handshake);
  expose(api, port);
  // Spare workers warm the compiler up before they say they are ready; spawned ones need none.
  // The runner's first worker also measures how fast work()'s kernel runs on an idle core.
  const ready = event.data?.warm === true ? warmUp() : Promise.resolve();
  void ready.then(() => {
    if (event.data?.calibrate === true) state.workRate = calibrate();
    port.postMessage({ready: true, workRate: state.workRate || undefined});
  });
}
self.addEventListener('message', handshake);
