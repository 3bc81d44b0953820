import {expose, transfer} from 'comlink';
import {absoluteNow} from '../shared/clock';
import {checkedCount, checkedError, checkedLine, checkedSpan, checkedTitle, firstRows, outputRows, type RunClock} from './checked';
import {DEFAULT_TIME_LIMIT_MS, MAX_LIVE_WORKERS, MAX_OUTPUT_LINES, MAX_SPANS} from '../contract/limits';
import {createRuntimeWorker, disposeWorker, startWorker, WorkerPool, type ReadyWorker, type WorkerFactory} from './pool';
import type {HostApi, RunOutcome, SpawnRequest, WorkerEvent} from '../contract/protocol';
import {workRate} from './calibration';
import {emptyReport, isFinished, type Lane, type RunError, type RunReport} from '../contract/report';
import {applyEvent} from '../shared/reduce';
import type {FinalStatus, RunEvent} from '../contract/run-events';
import {language, say, setLanguage, type Language} from '../shared/messages';

export interface RunOptions {
  timeLimitMs?: number;
  /** The page's language, for the runtime's own messages (this context's and its workers'). */
  language?: Language;
  /** Called with what happened since the last call (coalesced per `schedule`), in order. */
  onEvents?: (events: RunEvent[]) => void;
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
  /** Events not yet sent on. */
  private outbox: RunEvent[] = [];
  /** Output lines kept so far, counted as a reader sees them (see outputRows). */
  private rows = 0;
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
    if (options.language) setLanguage(options.language);
  }

  get finished(): boolean {
    return isFinished(this.report.status);
  }

  start(): Promise<RunReport> {
    this.timer = setTimeout(() => this.end('timeout', this.timeLimitError()), this.timeLimitMs);
    this.emit({type: 'start', startedAt: this.report.startedAt});
    this.addLane('page', 'page', 0);
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
    this.end('stopped', {name: 'Stopped', message: say('stopped'), phase: 'runtime', lane: 'page'});
  }

  private timeLimitError() {
    const seconds = Math.round(this.timeLimitMs / 100) / 10;
    return {
      name: 'TimeLimit',
      message: say('timeLimit', {seconds}),
      phase: 'runtime' as const,
      lane: 'page',
    };
  }

  private settings(lane: string) {
    return {runStart: this.report.startedAt, lane, maxLines: MAX_OUTPUT_LINES, workRate: workRate(), language: language()};
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
      // The worker's start-up opens its own lane: 24 workers starting at once would otherwise
      // stack 24 rows of start-up on one lane of their own.
      this.addLane(lane, title, this.rel(setupStart));
      this.addSpan({lane, kind: 'setup', start: this.rel(setupStart), end: this.rel(absoluteNow())});
      ready.worker.addEventListener('error', (event) => {
        event.preventDefault();
        settle({ok: false, error: checkedError({name: 'WorkerError', message: say('workerCrashed', {why: event.message ?? ''}), phase: 'runtime'})});
      });
      // A channel of our own (not comlink's proxy()), so it can be closed when the lane ends:
      // a port left open keeps this whole run reachable.
      const channel = new MessageChannel();
      expose(this.hostFor(lane), channel.port1);
      entry.hostPort = channel.port1;
      run(ready, transfer(channel.port2, [channel.port2])).then(
        (outcome) => settle(checkedOutcome(outcome)),
        (err: unknown) => settle({ok: false, error: checkedError({name: 'Error', message: (err as Error)?.message ?? String(err), phase: 'runtime'})}),
      );
    };
    // A worker that is ready already gets its code within this very call (inside the click).
    if ('then' in starting) {
      starting.then(onReady, (err: unknown) =>
        settle({ok: false, error: checkedError({name: 'WorkerError', message: (err as Error)?.message ?? String(err), phase: 'spawn'})}),
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
    const state = outcome.ok ? 'done' : outcome.error.name === 'Killed' ? 'killed' : 'failed';
    this.emit({type: 'lane-end', name: lane, end: this.rel(absoluteNow()), state});
    this.changed();
  }

  /**
   * What the worker of `lane` may ask of the page, on a channel of its own: the runner knows
   * which lane every event comes from, whatever lane an event claims.
   */
  private hostFor(lane: string): HostApi {
    return {
      emit: (events) => this.take(lane, events),
      spawn: (child, request) => this.spawnChild(lane, child, request),
      kill: (target) => this.kill(lane, target),
    };
  }

  private spawnChild(parent: string, lane: string, request: SpawnRequest): Promise<RunOutcome> {
    if (this.finished) return new Promise(() => {});
    if (typeof lane !== 'string' || !isChildName(lane, parent) || this.live.has(lane) || this.report.lanes.some((l) => l.name === lane)) {
      const name = typeof lane === 'string' ? lane.slice(0, 40) : typeof lane;
      return Promise.resolve({ok: false, error: {name: 'Error', message: say('spawnBadName', {parent, name}), phase: 'spawn'}});
    }
    if (typeof request?.source !== 'string') {
      return Promise.resolve({ok: false, error: {name: 'TypeError', message: say('spawnNotAFunction'), phase: 'spawn'}});
    }
    if (this.live.size >= MAX_LIVE_WORKERS) {
      return Promise.resolve({
        ok: false,
        error: {
          name: 'TooManyWorkers',
          message: say('tooManyWorkers', {max: MAX_LIVE_WORKERS}),
          phase: 'spawn',
        },
      });
    }
    const title = functionName(request.source) ?? lane;
    return this.runLane(lane, title, startWorker(this.factory, lane), (w, host) =>
      w.api.runSpawned(request, this.settings(lane), host),
    );
  }

  /** A worker may kill the workers it started (and theirs), no other. */
  private kill(caller: string, lane: string): void {
    if (typeof lane !== 'string' || !isDescendant(lane, caller)) return;
    for (const name of [...this.live.keys()]) {
      if (name === lane || name.startsWith(`${lane}.`)) {
        this.live.get(name)?.settle({ok: false, error: {name: 'Killed', message: say('killed', {name}), phase: 'runtime'}});
      }
    }
  }

  /** Events from the worker of `lane`, each checked and bounded (see checked.ts) before it is kept. */
  private take(lane: string, events: WorkerEvent[]): void {
    // A lane that was killed or has ended may still have had a batch in flight: drop it.
    if (this.finished || !Array.isArray(events) || !this.live.has(lane)) return;
    const r = this.report;
    const clock: RunClock = {startedAt: r.startedAt, now: this.rel(absoluteNow())};
    for (const e of events as unknown[]) {
      if (typeof e !== 'object' || e === null) continue;
      const event = e as Partial<WorkerEvent> & Record<string, unknown>;
      if (event.type === 'log') this.addLine(checkedLine(event, lane, clock));
      else if (event.type === 'span') {
        const span = checkedSpan(event, lane, clock);
        if (span) this.addSpan(span);
      } else if (event.type === 'dropped') this.emit({type: 'dropped', lines: checkedCount(event.count)});
    }
    this.changed();
  }

  /** Keeps a line while the output has room for it as a reader sees it (a line with newlines
   * counts as several, so does one that would wrap); cuts the line that fills it. */
  private addLine(line: RunReport['lines'][number]): void {
    const left = MAX_OUTPUT_LINES - this.rows;
    if (left <= 0) {
      this.emit({type: 'dropped', lines: 1});
      return;
    }
    const rows = outputRows(line.text);
    if (rows > left) {
      const text = firstRows(line.text, left);
      line = {...line, text, cut: (line.cut ?? 0) + line.text.length - text.length};
    }
    this.rows += Math.min(rows, left);
    this.emit({type: 'line', line});
  }

  private addSpan(span: RunReport['spans'][number]): void {
    if (this.report.spans.length < MAX_SPANS) this.emit({type: 'span', span});
    else this.emit({type: 'dropped', spans: 1});
  }

  private addLane(name: string, title: string, start: number): void {
    const lane: Lane = {name, ...checkedTitle(title), start, state: 'running'};
    this.emit({type: 'lane-start', lane});
  }

  /** Every change to the report is an event: kept here, and sent on as it is (see contract/run-events.ts). */
  private emit(event: RunEvent): void {
    applyEvent(this.report, event);
    if (!this.options.onEvents) return;
    const last = this.outbox.at(-1);
    // A flood past the caps is one count, not an event per line.
    if (event.type === 'dropped' && last?.type === 'dropped') {
      last.lines = (last.lines ?? 0) + (event.lines ?? 0);
      if (event.spans) last.spans = (last.spans ?? 0) + event.spans;
    } else this.outbox.push(event.type === 'dropped' ? {...event} : event);
  }

  private end(status: FinalStatus, error?: RunError): void {
    if (this.finished) return;
    clearTimeout(this.timer);
    this.emit({type: 'end', status, error, duration: this.rel(absoluteNow())});
    for (const [name, entry] of this.live) {
      release(entry);
      entry.settle({ok: false, error: {name: 'Killed', message: say('terminated', {name}), phase: 'runtime'}});
    }
    this.live.clear();
    this.publish();
    this.resolveDone(this.snapshot());
  }

  private lastPublish = 0;

  /** Publishes at once when nothing was published for a frame (so the first line shows
   * without waiting), else coalesces updates into the next scheduled one. */
  private changed(): void {
    if (this.updateQueued || !this.options.onEvents) return;
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
    const events = this.outbox;
    if (!events.length) return;
    this.outbox = [];
    this.options.onEvents?.(events);
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

/** The outcome a worker reported, with its error checked and bounded; a value passes through (it goes to the parent worker, not the page). */
function checkedOutcome(outcome: unknown): RunOutcome {
  const o = (typeof outcome === 'object' && outcome !== null ? outcome : {}) as Partial<RunOutcome> & {value?: unknown; error?: unknown};
  if (o.ok === true) return {ok: true, value: o.value};
  return {ok: false, error: checkedError(o.error)};
}

/** Lane names come from the parent: "w3" for a child of main, "w3.1" for a child of w3. */
function isChildName(lane: string, parent: string): boolean {
  const number = parent === 'main' ? lane.slice(1) : lane.slice(parent.length + 1);
  const prefix = parent === 'main' ? 'w' : `${parent}.`;
  return lane.startsWith(prefix) && /^[1-9]\d{0,5}$/.test(number);
}

function isDescendant(lane: string, of: string): boolean {
  return of === 'main' ? /^w[1-9]/.test(lane) : lane.startsWith(`${of}.`);
}

function functionName(source: string): string | undefined {
  const m = /^\s*(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(source);
  return m?.[1];
}
