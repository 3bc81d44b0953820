import type {RunReport, Span} from '@site/sandbox/contract/report';

/**
 * What an exercise's check is made of. A check is a pure function of finished run reports (what
 * the reader's code really printed and really did on the timeline), so it is tested in Node with
 * hand-built reports and runs in the page unchanged. Nothing here knows React or the runner.
 */

/** A text in both of the site's languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Verdict =
  /** `run`: the run the message speaks of (index into the reader's runs); the page shows that one. */
  | {ok: true; message?: Bilingual; run?: number}
  | {
      ok: false;
      /** Which property of the run failed: a stable word, for tests and the page's markup. */
      property: string;
      /** What happened, with the numbers of this run. */
      message: Bilingual;
      /** What to look at next. */
      hint: Bilingual;
      /** The run (index into the reader's runs) that shows the failure: the page shows that one. */
      run?: number;
    };

export interface CheckContext {
  /** Logical cores the reader's browser reports (`navigator.hardwareConcurrency`). */
  cores: number;
  /** Runs of the exercise's starting code, made in the same Check (see `ExerciseCheck.baseline`). */
  baseline: RunReport[];
}

export interface ExerciseCheck {
  /** How many times the reader's code runs for one Check (more where a race could hide). */
  runs: number;
  /**
   * Runs of the starting code to compare with, made in the same Check so that both see the same
   * machine: `once` before the reader's runs, or `each`, one just before each of the reader's runs
   * (`baseline[i]` pairs with `runs[i]`: a busy moment slows both of a pair alike).
   */
  baseline?: 'once' | 'each';
  /** Wall-clock limit of one run, in ms (the runner's default if absent). */
  timeLimit?: number;
  check(runs: RunReport[], context: CheckContext): Verdict;
}

/** The first run that did not end well, as a failed verdict; null if every run ended well. */
export function unfinished(runs: RunReport[]): Verdict | null {
  const i = runs.findIndex((r) => r.status !== 'done');
  if (i < 0) return null;
  const r = runs[i];
  const why = r.error?.message ?? r.status;
  return {
    ok: false,
    property: 'finished',
    run: i,
    message: {
      zh: `第 ${i + 1} 次运行没有正常结束（${statusZh(r.status)}）：${why}`,
      en: `Run ${i + 1} did not end well (${r.status}): ${why}`,
    },
    hint: {
      zh: '先点“运行”看看这段代码报了什么错，改好之后再检查。',
      en: 'Click Run first to see what the code reports, fix that, then check again.',
    },
  };
}

function statusZh(status: RunReport['status']): string {
  switch (status) {
    case 'failed':
      return '出错';
    case 'stopped':
      return '被停止';
    case 'timeout':
      return '超时';
    default:
      return '未结束';
  }
}

/** The integer after `pattern` on the last printed line that has one (commas, spaces and `_` allowed). */
export function printedNumber(report: RunReport, pattern: RegExp): number | null {
  const re = new RegExp(`${pattern.source}\\D{0,12}?(\\d[\\d,_ ]*\\d|\\d)`, pattern.flags.replace('g', ''));
  for (let i = report.lines.length - 1; i >= 0; i--) {
    const line = report.lines[i];
    if (line.level === 'system') continue;
    const m = re.exec(line.text);
    if (m) return Number(m[m.length - 1].replace(/[,_ ]/g, ''));
  }
  return null;
}

/** Spans of the given kinds, on any lane but the page. */
export function spansOf(report: RunReport, kinds: Span['kind'][]): Span[] {
  return report.spans.filter((s) => s.lane !== 'page' && kinds.includes(s.kind) && s.end > s.start);
}

/** The lanes that have at least one of these spans. */
export function lanesOf(spans: Span[]): string[] {
  return [...new Set(spans.map((s) => s.lane))];
}

/** The most lanes that had one of these spans open at the same instant. */
export function mostLanesAtOnce(spans: Span[]): number {
  const events: Array<[number, string, 1 | -1]> = [];
  for (const s of spans) {
    events.push([s.start, s.lane, 1], [s.end, s.lane, -1]);
  }
  // Ends before starts at the same instant: touching spans do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  const open = new Map<string, number>();
  let most = 0;
  for (const [, lane, step] of events) {
    const n = (open.get(lane) ?? 0) + step;
    if (n > 0) open.set(lane, n);
    else open.delete(lane);
    most = Math.max(most, open.size);
  }
  return most;
}

/** From the first of these spans' start to the last one's end, in ms. */
export function stretch(spans: Span[]): number {
  if (!spans.length) return 0;
  return Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start));
}

/** The ms of computation the CPU spans needed alone (their `work`, else their length). */
export function workDone(spans: Span[]): number {
  return spans.reduce((sum, s) => sum + (s.kind === 'cpu' ? (s.work ?? s.end - s.start) : 0), 0);
}

/** 6000000 → "6,000,000". */
export function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** The most of these spans open at the same instant, on whatever lanes (several on one lane count). */
export function mostAtOnce(spans: Span[]): number {
  const events: Array<[number, 1 | -1]> = [];
  for (const s of spans) events.push([s.start, 1], [s.end, -1]);
  // Ends before starts at the same instant: touching spans do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, step] of events) {
    open += step;
    most = Math.max(most, open);
  }
  return most;
}
