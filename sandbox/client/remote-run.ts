/**
 * One run as the page sees it (started by RunnerConnection, ./connection.ts): rebuilds the
 * run's report from the frame's batches of events, ends the run itself on Stop, a lost frame or
 * its watchdog, and hands the report on at most once per `schedule`.
 */
import type {Language} from '../contract/language';
import {absoluteNow} from '../shared/clock';
import {reduce} from '../shared/reduce';
import type {FinalStatus, RunEvent} from '../contract/run-events';
import {DEFAULT_TIME_LIMIT_MS} from '../contract/limits';
import {say, setLanguage} from '../shared/messages';
import {emptyReport, isFinished, type RunError, type RunReport} from '../contract/report';
import type {LossCause, RunnerConnection} from './connection';
import {markFirstLine, markSent} from './run-marks';

/** The page's own deadline for a run, past the frame's time limit, in case the frame never answers. */
const WATCHDOG_SLACK_MS = 5000;

export interface RemoteRunOptions {
  timeLimitMs?: number;
  /** The page's language, for the runtime's own messages. */
  language?: Language;
  /** Called (at most once per `schedule`) with the run's latest report. `urgent`: it carries
   * new output or the end of the run, which the reader should see in this frame; anything else
   * (a span, a lane) may be drawn later. */
  onUpdate?: (report: RunReport, update: {urgent: boolean}) => void;
  schedule?: (fn: () => void) => void;
}

/** One run as the page sees it: the same report, status and Stop as a run in this page. */
export class RemoteRun {
  private current: RunReport = emptyReport(absoluteNow());
  private ended = false;
  private updateQueued = false;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private resolveDone!: (report: RunReport) => void;
  /** Settles with the final report, whatever happens: it never hangs. */
  readonly done = new Promise<RunReport>((resolve) => {
    this.resolveDone = resolve;
  });

  constructor(
    readonly id: number,
    private readonly code: string,
    private readonly options: RemoteRunOptions,
    private readonly connection: RunnerConnection,
  ) {}

  get finished(): boolean {
    return isFinished(this.current.status);
  }

  /** @internal Sends the run within the caller's task, so a click reaches a ready worker at once. */
  start(): void {
    const limit = this.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    if (this.options.language) setLanguage(this.options.language);
    this.current = {...this.current, status: 'running'};
    if (this.connection.lost) {
      this.crashed('interrupted');
      return;
    }
    this.connection.watch(this);
    this.connection.send({type: 'run', id: this.id, code: this.code, timeLimitMs: this.options.timeLimitMs, language: this.options.language});
    markSent(this.id);
    this.watchdog = setTimeout(
      () => this.end('timeout', {name: 'TimeLimit', message: say('runnerAbandoned'), phase: 'runtime', lane: 'page'}),
      limit + WATCHDOG_SLACK_MS,
    );
  }

  /** The reader's Stop: ends the run here at once; the frame terminates its workers. */
  stop(): void {
    if (this.ended) return;
    this.connection.send({type: 'stop', id: this.id});
    this.end('stopped', {name: 'Stopped', message: say('stopped'), phase: 'runtime', lane: 'page'});
  }

  snapshot(): RunReport {
    return this.current;
  }

  /** @internal */
  receive(events: RunEvent[]): void {
    if (this.ended || !Array.isArray(events)) return;
    const hadOutput = this.current.lines.length > 0;
    this.current = reduce(this.current, events);
    if (!hadOutput && this.current.lines.length > 0) markFirstLine(this.id, this.current.startedAt, this.current.lines[0].t);
    if (this.finished) this.finish();
    else this.changed(events.some((e) => e.type === 'line'));
  }

  /** @internal The frame's process is gone, or the frame itself, and every worker of this run with it. */
  crashed(cause: LossCause = 'crashed'): void {
    if (cause === 'interrupted') {
      this.end('failed', {
        name: 'RunnerInterrupted',
        message: say('runnerInterrupted'),
        phase: 'runtime',
        lane: 'page',
      });
      return;
    }
    this.end('failed', {
      name: 'RunnerCrashed',
      message: say('runnerCrashed'),
      phase: 'runtime',
      lane: 'page',
    });
  }

  private end(status: FinalStatus, error: RunError): void {
    if (this.ended) return;
    this.current = reduce(this.current, [{type: 'end', status, error, duration: absoluteNow() - this.current.startedAt}]);
    this.finish();
  }

  private finish(): void {
    this.ended = true;
    clearTimeout(this.watchdog);
    this.connection.unwatch(this);
    this.publish();
    this.resolveDone(this.current);
  }

  private lastPublish = 0;
  private lastPublished: RunReport | null = null;
  private outputPending = false;

  /** Publishes new output at once when nothing was published for a frame (so the first line
   * shows without waiting, even with an update of spans and lanes already queued); anything
   * else (spans, lanes) waits for the next scheduled update. */
  private changed(output: boolean): void {
    const {onUpdate, schedule} = this.options;
    if (!onUpdate) return;
    if (output) this.outputPending = true;
    if (!schedule || (output && performance.now() - this.lastPublish > 16)) {
      this.publish();
      return;
    }
    if (this.updateQueued) return;
    this.updateQueued = true;
    schedule(() => {
      this.updateQueued = false;
      if (!this.ended && this.current !== this.lastPublished) this.publish();
    });
  }

  private publish(): void {
    this.lastPublish = performance.now();
    this.lastPublished = this.current;
    const urgent = this.outputPending || this.ended;
    this.outputPending = false;
    this.options.onUpdate?.(this.current, {urgent});
  }
}
