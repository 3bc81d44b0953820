import {emptyReport, type Lane, type OutputLine, type RunReport, type Span} from '../report';

/**
 * What changed in a report since the last delta. The runner frame sends deltas, not whole
 * reports: a run that floods its output would otherwise copy thousands of lines across
 * processes sixty times a second.
 */
export interface ReportDelta {
  status: RunReport['status'];
  startedAt: number;
  duration?: number;
  droppedLines: number;
  droppedSpans?: number;
  error?: RunReport['error'];
  /** Lines and spans are only ever appended: these are the new ones. */
  lines: OutputLine[];
  spans: Span[];
  /** Lanes that are new since the last delta, by index: each lane (and its title) is sent once. */
  lanes: Array<{index: number; lane: Lane}>;
  /** Lanes sent earlier that have ended since, by index. */
  ended: Array<{index: number; end?: number; state: Lane['state']}>;
}

/** The frame's side: remembers what it has sent. */
export class DeltaWriter {
  private lines = 0;
  private spans = 0;
  private lanes = 0;
  /** Lanes sent while still running: they may end later. */
  private open = new Set<number>();

  next(report: RunReport): ReportDelta {
    const lanes: ReportDelta['lanes'] = [];
    const ended: ReportDelta['ended'] = [];
    for (const index of this.open) {
      const lane = report.lanes[index];
      if (lane.state === 'running') continue;
      ended.push({index, end: lane.end, state: lane.state});
      this.open.delete(index);
    }
    for (; this.lanes < report.lanes.length; this.lanes++) {
      const lane = report.lanes[this.lanes];
      lanes.push({index: this.lanes, lane: {...lane}});
      if (lane.state === 'running') this.open.add(this.lanes);
    }
    const delta: ReportDelta = {
      status: report.status,
      startedAt: report.startedAt,
      duration: report.duration,
      droppedLines: report.droppedLines,
      droppedSpans: report.droppedSpans,
      error: report.error,
      lines: report.lines.slice(this.lines),
      spans: report.spans.slice(this.spans),
      lanes,
      ended,
    };
    this.lines = report.lines.length;
    this.spans = report.spans.length;
    return delta;
  }
}

/** The page's side: a fresh report with the delta applied (the previous one is left as it was). */
export function applyDelta(previous: RunReport | null, delta: ReportDelta): RunReport {
  const base = previous ?? emptyReport(delta.startedAt);
  const lanes = base.lanes.slice();
  for (const {index, lane} of delta.lanes) lanes[index] = lane;
  for (const {index, end, state} of delta.ended ?? []) if (lanes[index]) lanes[index] = {...lanes[index], end, state};
  return {
    status: delta.status,
    startedAt: delta.startedAt,
    duration: delta.duration,
    droppedLines: delta.droppedLines,
    droppedSpans: delta.droppedSpans,
    error: delta.error,
    lines: delta.lines.length ? base.lines.concat(delta.lines) : base.lines,
    spans: delta.spans.length ? base.spans.concat(delta.spans) : base.spans,
    lanes,
  };
}
