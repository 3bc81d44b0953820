import {expose, transfer} from 'comlink';
import {absoluteNow} from './clock';
import {DEFAULT_TIME_LIMIT_MS, MAX_LIVE_WORKERS, MAX_OUTPUT_LINES, MAX_SPANS} from './limits';
import {createRuntimeWorker, disposeWorker, startWorker, WorkerPool, type ReadyWorker, type WorkerFactory} from './pool';
import type {HostApi, ReportedError, RunOutcome, SpawnRequest, WorkerEvent} from './protocol';
import {closeLanes, emptyReport, isFinished, type Lane, type RunReport, type RunStatus} from './report';

export interface RunOptions {
  timeLimitMs?: number;
  /** Called (at most once a frame in the page) with a fresh snapshot of the report. */
  onUpdate?: (report: RunReport) => void;
  pool?: WorkerPool;
  factory?: WorkerFactory;
  /** Schedules a coalesced update; the page passes requestAnimationFrame. */
  schedule?: (fn: () => void) => void;
}

interface LiveWorker {
  ready: ReadyWorker | null;
  /** The page's end of the channel this worker calls HostApi on. */
  hostPort: MessagePort | null;
  /** Settles the lane's outcome from outside (kill, crash, stop). */
  settle: (outcome: RunOutcome) => void;
}

const defaultSchedule = (fn: () => void) => setTimeout(fn, 16);

/**
 * One run of one example: fresh workers, every event gathered into a report, and a hard
 * stop (terminate) by the reader, the time limit, or the end of the run.
 */
export class Run {
  readonly report: RunReport;
  private readonly live = new Map<string, LiveWorker>();
  private readonly timeLimitMs: number;
  private readonly factory: WorkerFactory;
  private readonly pool: WorkerPool | undefined;
  private readonly schedule: (fn: () => void) => void;
  private updateQueued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resolveDone!: (report: RunReport) => void;
  /** Settles with the final report, whatever happens: it never hangs. */
  readonly done = new Promise<RunReport>((resolve) => {
    this.resolveDone = resolve;
  });

  constructor(private readonly code: string, private readonly options: RunOptions = {}) {
    this.report = emptyReport(absoluteNow());
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.factory = options.factory ?? createRuntimeWorker;
    this.pool = options.pool;
    this.schedule = options.schedule ?? defaultSchedule;
  }

  get finished(): boolean {
    return isFinished(this.report.status);
  }

  start(): Promise<RunReport> {
    this.timer = setTimeout(() => this.end('timeout', this.timeLimitError()), this.timeLimitMs);
    this.addLane('page', 'page', 0);
    this.report.status = 'running';
    const starting = this.pool ? this.pool.take() : startWorker(this.factory, 'main', true);
    void this.runLane('main', 'main', starting, (w, host) =>
      w.api.runModule(this.code, this.settings('main'), host),
    ).then((outcome) => {
      if (outcome.ok) this.end('done');
      else this.end('failed', {...outcome.error, lane: 'main'});
    });
    return this.done;
  }

  /** The reader's Stop: every worker of this run is terminated at once. */
  stop(): void {
    this.end('stopped', {name: 'Stopped', message: 'Stopped: every worker of this run was terminated.', phase: 'runtime', lane: 'page'});
  }

  private timeLimitError() {
    const seconds = Math.round(this.timeLimitMs / 100) / 10;
    return {
      name: 'TimeLimit',
      message: `Stopped after ${seconds} s, the time limit of this example: every worker was terminated. An endless loop or a promise that never settles keeps a run going.`,
      phase: 'runtime' as const,
      lane: 'page',
    };
  }

  private settings(lane: string) {
    return {runStart: this.report.startedAt, lane, maxLines: MAX_OUTPUT_LINES};
  }

  private rel(t: number): number {
    return t - this.report.startedAt;
  }

  /** Starts (or takes) a worker for `lane`, runs it, and settles however it ends. */
  private async runLane(
    lane: string,
    title: string,
    starting: ReadyWorker | Promise<ReadyWorker>,
    run: (w: ReadyWorker, host: MessagePort) => Promise<RunOutcome>,
  ): Promise<RunOutcome> {
    const setupStart = absoluteNow();
    let settle!: (o: RunOutcome) => void;
    const settled = new Promise<RunOutcome>((resolve) => (settle = resolve));
    const entry: LiveWorker = {ready: null, hostPort: null, settle};
    this.live.set(lane, entry);
    const onReady = (ready: ReadyWorker) => {
      if (this.finished || !this.live.has(lane)) {
        disposeWorker(ready);
        return;
      }
      entry.ready = ready;
      this.addSpan({lane: 'page', kind: 'setup', start: this.rel(setupStart), end: this.rel(absoluteNow()), label: `start ${lane}`});
      this.addLane(lane, title, this.rel(setupStart));
      ready.worker.addEventListener('error', (event) => {
        event.preventDefault();
        settle({ok: false, error: {name: 'WorkerError', message: `The worker crashed${event.message ? `: ${event.message}` : ''}`, phase: 'runtime'}});
      });
      // A channel of our own (not comlink's proxy()), so it can be closed when the lane ends:
      // a port left open keeps this whole run reachable.
      const channel = new MessageChannel();
      expose(this.host, channel.port1);
      entry.hostPort = channel.port1;
      run(ready, transfer(channel.port2, [channel.port2])).then(settle, (err: unknown) =>
        settle({ok: false, error: {name: 'Error', message: String((err as Error)?.message ?? err), phase: 'runtime'}}),
      );
    };
    // A worker that is ready already gets its code within this very call (inside the click).
    if ('then' in starting) {
      starting.then(onReady, (err: unknown) =>
        settle({ok: false, error: {name: 'WorkerError', message: String((err as Error)?.message ?? err), phase: 'spawn'}}),
      );
    } else onReady(starting);
    const outcome = await settled;
    this.finishLane(lane, outcome);
    return outcome;
  }

  private finishLane(lane: string, outcome: RunOutcome): void {
    const entry = this.live.get(lane);
    if (!entry) return;
    this.live.delete(lane);
    release(entry);
    const info = this.report.lanes.find((l) => l.name === lane);
    if (info && info.end === undefined) {
      info.end = this.rel(absoluteNow());
      info.state = outcome.ok ? 'done' : outcome.error.name === 'Killed' ? 'killed' : 'failed';
    }
    this.changed();
  }

  /** What workers may ask of the page. Bound once, handed to every worker of this run. */
  private readonly host: HostApi = {
    emit: (events) => this.take(events),
    spawn: (lane, request) => this.spawnChild(lane, request),
    kill: (lane) => this.kill(lane),
  };

  private spawnChild(lane: string, request: SpawnRequest): Promise<RunOutcome> {
    if (this.finished) return new Promise(() => {});
    if (this.live.has(lane)) {
      return Promise.resolve({ok: false, error: {name: 'Error', message: `A worker named ${lane} already runs`, phase: 'spawn'}});
    }
    if (this.live.size >= MAX_LIVE_WORKERS) {
      return Promise.resolve({
        ok: false,
        error: {
          name: 'TooManyWorkers',
          message: `spawn(): at most ${MAX_LIVE_WORKERS} workers may run at once in one example; wait for some to finish (await their result) before starting more.`,
          phase: 'spawn',
        },
      });
    }
    const title = functionName(request.source) ?? lane;
    return this.runLane(lane, title, startWorker(this.factory, lane), (w, host) =>
      w.api.runSpawned(request, this.settings(lane), host),
    );
  }

  private kill(lane: string): void {
    for (const name of [...this.live.keys()]) {
      if (name === lane || name.startsWith(`${lane}.`)) {
        this.live.get(name)?.settle({ok: false, error: {name: 'Killed', message: `${name} was killed`, phase: 'runtime'}});
      }
    }
  }

  private take(events: WorkerEvent[]): void {
    if (this.finished || !Array.isArray(events)) return;
    const r = this.report;
    for (const e of events) {
      // A lane that was killed or has ended may still have had a batch in flight: drop it.
      if (!this.live.has(e.lane)) continue;
      if (e.type === 'log') {
        if (r.lines.length < MAX_OUTPUT_LINES) r.lines.push({lane: e.lane, level: e.level, t: this.rel(e.t), text: String(e.text)});
        else r.droppedLines++;
      } else if (e.type === 'span') {
        this.addSpan({lane: e.lane, kind: e.kind, start: this.rel(e.start), end: this.rel(e.end), label: e.label});
      } else if (e.type === 'dropped') {
        r.droppedLines += Number(e.count) || 0;
      }
    }
    this.changed();
  }

  private addSpan(span: RunReport['spans'][number]): void {
    if (this.report.spans.length < MAX_SPANS) this.report.spans.push(span);
  }

  private addLane(name: string, title: string, start: number): void {
    const lane: Lane = {name, title, start, state: 'running'};
    this.report.lanes.push(lane);
  }

  private end(status: Exclude<RunStatus, 'starting' | 'running'>, error?: ReportedError & {lane: string}): void {
    if (this.finished) return;
    clearTimeout(this.timer);
    const r = this.report;
    r.status = status;
    r.error = error;
    r.duration = this.rel(absoluteNow());
    const how: Lane['state'] = status === 'done' ? 'done' : status === 'failed' ? 'failed' : 'killed';
    for (const [name, entry] of this.live) {
      release(entry);
      entry.settle({ok: false, error: {name: 'Killed', message: `${name} was terminated`, phase: 'runtime'}});
    }
    this.live.clear();
    closeLanes(r.lanes, r.duration, how);
    this.publish();
    this.resolveDone(this.snapshot());
  }

  private lastPublish = 0;

  /** Publishes at once when nothing was published for a frame (so the first line shows
   * without waiting), else coalesces updates into the next scheduled one. */
  private changed(): void {
    if (this.updateQueued || !this.options.onUpdate) return;
    if (performance.now() - this.lastPublish > 16) {
      this.publish();
      return;
    }
    this.updateQueued = true;
    this.schedule(() => {
      this.updateQueued = false;
      if (!this.finished) this.publish();
    });
  }

  private publish(): void {
    this.lastPublish = performance.now();
    this.options.onUpdate?.(this.snapshot());
  }

  /** A copy the page may keep: later events never change a snapshot already handed out. */
  snapshot(): RunReport {
    const r = this.report;
    return {
      ...r,
      lines: r.lines.slice(),
      spans: r.spans.slice(),
      lanes: r.lanes.map((l) => ({...l})),
    };
  }
}

function release(entry: LiveWorker): void {
  if (entry.ready) disposeWorker(entry.ready);
  entry.ready = null;
  entry.hostPort?.close();
}

function functionName(source: string): string | undefined {
  const m = /^\s*(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(source);
  return m?.[1];
}
