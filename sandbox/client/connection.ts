/**
 * The page's connection to the runner frame (sandbox/host/frame/main.ts): opens the frame,
 * hands it runs (each a RemoteRun, ./remote-run.ts), passes each run the frame's batches of
 * events, and notices when the frame's process is gone, which is how a program that exhausted
 * memory shows up from here.
 */
import {CONNECT, HELLO, type FromRunner, type ToRunner} from '../contract/frame-messages';
import {RemoteRun, type RemoteRunOptions} from './remote-run';

const PING_EVERY_MS = 500;
/** Silence after which the frame counts as gone. Generous: a loaded machine delays answers. */
const SILENCE_MS = 2000;
/** A process that ran out of memory may die just after its run was stopped: keep listening a while. */
const WATCH_AFTER_RUNS_MS = 15_000;
/** How long a frame may take to say hello before the next place is tried. */
const HELLO_TIMEOUT_MS = 8000;
/** A frame that has loaded but not said hello within this is an error page (server down, offline). */
const AFTER_LOAD_MS = 1500;

/** Why a connection ended its runs: the frame's process died, or the page around it removed or reloaded the frame. */
export type LossCause = 'crashed' | 'interrupted';

export class RunnerConnection {
  private readonly runs = new Map<number, RemoteRun>();
  /** The frame's echo worker (host/frame/heartbeat.ts), answering pings off the frame's main thread. */
  private heartbeat: MessagePort | null = null;
  private nextId = 1;
  private lastPong = 0;
  private suspectSince = 0;
  private pinger: ReturnType<typeof setInterval> | undefined;
  private pings = 0;
  private idleSince = 0;
  private closed = false;
  /** Called once when the frame is gone; the next run needs a new connection. */
  onLost: (() => void) | null = null;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly port: MessagePort,
    /** Whether the runner lives on another site (its own process) or on the page's origin. */
    readonly crossSite: boolean,
    /** Whether the frame's load event has fired already: any later one is a navigation. */
    loaded = true,
  ) {
    port.onmessage = (event) => this.receive(event.data as FromRunner);
    let loads = loaded ? 1 : 0;
    // The frame loads again only if someone navigated it (the page around an embed, say).
    frame.addEventListener('load', () => {
      if (++loads > 1) this.discard('interrupted');
    });
  }

  start(code: string, options: RemoteRunOptions = {}): RemoteRun {
    const run = new RemoteRun(this.nextId++, code, options, this);
    run.start();
    return run;
  }

  prewarm(code?: string): void {
    this.send({type: 'prewarm', code});
  }

  /** @internal */
  send(message: ToRunner): void {
    if (!this.closed) this.port.postMessage(message);
  }

  /** @internal */
  watch(run: RemoteRun): void {
    this.runs.set(run.id, run);
    if (this.pinger) return;
    this.lastPong = performance.now();
    this.suspectSince = 0;
    this.pinger = setInterval(() => this.checkAlive(), PING_EVERY_MS);
  }

  /** @internal */
  unwatch(run: RemoteRun): void {
    this.runs.delete(run.id);
    if (this.runs.size > 0) return;
    this.idleSince = performance.now();
    // A run that hit its time limit may have been filling memory; its process can still die
    // after the worker was terminated. A fresh frame for the next run is cheaper than a
    // reader's next, innocent run failing in a dying one.
    if (run.snapshot().status === 'timeout') this.discard();
  }

  private checkAlive(): void {
    if (!this.frame.isConnected) {
      this.discard('interrupted');
      return;
    }
    const now = performance.now();
    if (this.runs.size === 0 && now - this.idleSince > WATCH_AFTER_RUNS_MS) {
      clearInterval(this.pinger);
      this.pinger = undefined;
      return;
    }
    if (now - this.lastPong < SILENCE_MS) {
      this.suspectSince = 0;
    } else if (!this.suspectSince) {
      // This page may have been busy itself: give answers already queued one more ping to land.
      this.suspectSince = now;
    } else if (this.lastPong < this.suspectSince) {
      this.discard('crashed');
      return;
    }
    // Pinged where the frame's own work cannot hold the answer back (see host/frame/heartbeat.ts).
    if (this.heartbeat) this.heartbeat.postMessage(++this.pings);
    else this.send({type: 'ping', n: ++this.pings});
  }

  private receive(message: FromRunner): void {
    if (message?.type === 'pong') this.lastPong = performance.now();
    else if (message?.type === 'events') this.runs.get(message.id)?.receive(message.events);
    else if (message?.type === 'heartbeat' && message.port instanceof MessagePort && !this.heartbeat) {
      this.heartbeat = message.port;
      this.heartbeat.onmessage = () => (this.lastPong = performance.now());
    }
  }

  /** Drops this frame (and its process): the next run opens a new one. */
  private discard(cause: LossCause = 'crashed'): void {
    this.close(cause);
    this.onLost?.();
  }

  /** Whether the frame is gone: closed here, or removed from the page by someone else. */
  get lost(): boolean {
    return this.closed || !this.frame.isConnected;
  }

  /** Ends every run of this connection and removes the frame (its workers die with it). */
  close(cause: LossCause = 'crashed'): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pinger);
    for (const run of [...this.runs.values()]) run.crashed(cause);
    this.port.close();
    this.heartbeat?.close();
    this.frame.remove();
  }
}

/** Opens a runner frame at the first place that answers. */
export async function connectRunner(places: string[]): Promise<RunnerConnection> {
  let lastError: unknown = new Error('No place to run examples from');
  for (const url of places) {
    try {
      return await openFrame(url);
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

function openFrame(url: string): Promise<RunnerConnection> {
  const origin = new URL(url, location.href).origin;
  const frame = document.createElement('iframe');
  return new Promise<RunnerConnection>((resolve, reject) => {
    let timer = setTimeout(() => fail('did not answer'), HELLO_TIMEOUT_MS);
    let loaded = false;
    const cleanup = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.removeEventListener('load', onLoad);
    };
    const fail = (why: string) => {
      cleanup();
      frame.remove();
      reject(new Error(`The runner at ${url} ${why}`));
    };
    const onLoad = () => {
      loaded = true;
      clearTimeout(timer);
      timer = setTimeout(() => fail('did not load (offline, or the server is down)'), AFTER_LOAD_MS);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.origin !== origin || event.data !== HELLO) return;
      cleanup();
      const channel = new MessageChannel();
      frame.contentWindow!.postMessage(CONNECT, origin, [channel.port2]);
      resolve(new RunnerConnection(frame, channel.port1, origin !== location.origin, loaded));
    };
    window.addEventListener('message', onMessage);
    frame.addEventListener('load', onLoad);
    frame.src = url;
    frame.allow = 'cross-origin-isolated';
    frame.title = 'Concurrency Lab runner';
    // Never a stop for Tab or for a screen reader.
    frame.tabIndex = -1;
    frame.inert = true;
    frame.setAttribute('aria-hidden', 'true');
    frame.dataset.labRunner = origin === location.origin ? 'same-origin' : 'cross-site';
    // Rendered (1 px, invisible) rather than display:none, so the browser treats its process as
    // a visible one and does not lower its priority.
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
    document.body.appendChild(frame);
  });
}
