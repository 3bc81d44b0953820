import {closeLanes, isFinished, type RunReport} from '../contract/report';
import type {RunEvent} from '../contract/run-events';

/** Applies one event to a report in place. Nothing changes a report once it has ended. */
export function applyEvent(report: RunReport, event: RunEvent): void {
  if (isFinished(report.status)) return;
  switch (event.type) {
    case 'start':
      report.startedAt = event.startedAt;
      report.status = 'running';
      break;
    case 'line':
      report.lines.push(event.line);
      break;
    case 'span':
      report.spans.push(event.span);
      break;
    case 'lane-start':
      report.lanes.push({...event.lane});
      break;
    case 'lane-end': {
      const lane = report.lanes.find((l) => l.name === event.name);
      if (lane && lane.end === undefined) {
        lane.end = event.end;
        lane.state = event.state;
      }
      break;
    }
    case 'dropped':
      report.droppedLines += event.lines ?? 0;
      if (event.spans) report.droppedSpans = (report.droppedSpans ?? 0) + event.spans;
      break;
    case 'end':
      report.status = event.status;
      report.error = event.error;
      report.duration = event.duration;
      closeLanes(report.lanes, event.duration, event.status === 'done' ? 'done' : event.status === 'failed' ? 'failed' : 'killed');
      break;
  }
}

/**
 * A new report with the events applied; the one given is left as it was (React keeps it). Only
 * what the events touch is copied: output and timeline that did not change keep their identity,
 * so the components drawing them do not render again.
 */
export function reduce(report: RunReport, events: readonly RunEvent[]): RunReport {
  if (!events.length) return report;
  const touches = (types: RunEvent['type'][]) => events.some((e) => types.includes(e.type));
  const next: RunReport = {
    ...report,
    lines: touches(['line']) ? report.lines.slice() : report.lines,
    spans: touches(['span']) ? report.spans.slice() : report.spans,
    lanes: touches(['lane-start', 'lane-end', 'end']) ? report.lanes.map((l) => ({...l})) : report.lanes,
  };
  for (const event of events) applyEvent(next, event);
  return next;
}
