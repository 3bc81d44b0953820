import {absoluteNow} from '../shared/clock';
import {checkedCount, checkedError, checkedLine, checkedSpan, checkedTitle, firstRows, outputRows, type RunClock} from './checked';
import {DEFAULT_TIME_LIMIT_MS, MAX_OUTPUT_LINES, MAX_SPANS} from '../contract/limits';
import {createRuntimeWorker, disposeWorker, startWorker, WorkerPool, type ReadyWorker, type WorkerFactory} from './pool';
import type {HostApi, RunOutcome, SpawnRequest, WorkerEvent} from '../contract/protocol';
import {workRate} from './calibration';
import {emptyReport, isFinished, type Lane, type RunError, type RunReport} from '../contract/report';
import {applyEvent} from '../shared/reduce';
import type {FinalStatus, RunEvent} from '../contract/run-events';
import {language, say, setLanguage, type Language} from '../shared/messages';
import {connectLane, functionName, lanesToKill, release, spawnRefusal, type LiveWorker} from './lanes';
import {EventOutbox} from './outbox';

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
  /** Events not yet sent on. */
  private readonly outbox: EventOutbox;
  /** Output lines kept so far, counted as a reader sees them (see outputRows). */
  private rows = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resolveDone!: (report: RunReport) => void;
  /** Settles with the final report, whatever happens: it never hangs. */
  readonly done = new Promise<RunReport>((resolve) => {
    this.resolveDone = resolve;
  });

  constructor(private readonly code: string, options: RunOptions = {}) {
    this.report = emptyReport(absoluteNow());
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.factory = options.factory ?? createRuntimeWorker;
    this.pool = options.pool;
    this.outbox = new EventOutbox(options.onEvents, options.schedule ?? defaultSchedule, () => this.finished);
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
      connectLane(ready, entry, this.hostFor(lane), run);
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
    this.outbox.changed();
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
    const taken = (name: string) => this.live.has(name) || this.report.lanes.some((l) => l.name === name);
    const refusal = spawnRefusal(parent, lane, request, taken, this.live.size);
    if (refusal) return Promise.resolve(refusal);
    const title = functionName(request.source) ?? lane;
    return this.runLane(lane, title, startWorker(this.factory, lane), (w, host) =>
      w.api.runSpawned(request, this.settings(lane), host),
    );
  }

  /** A worker may kill the workers it started (and theirs), no other. */
  private kill(caller: string, lane: string): void {
    for (const name of lanesToKill(caller, lane, this.live.keys())) {
      this.live.get(name)?.settle({ok: false, error: {name: 'Killed', message: say('killed', {name}), phase: 'runtime'}});
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
    this.outbox.changed();
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
    this.outbox.add(event);
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
    this.outbox.flush();
    this.resolveDone(this.snapshot());
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
