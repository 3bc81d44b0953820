import {closeLanes, isFinished, type RunReport} from './report';
import type {RunEvent} from './run-events';

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

/** A new report with the events applied; the one given is left as it was (React keeps it). */
export function reduce(report: RunReport, events: readonly RunEvent[]): RunReport {
  const next: RunReport = {...report, lines: report.lines.slice(), spans: report.spans.slice(), lanes: report.lanes.map((l) => ({...l}))};
  for (const event of events) applyEvent(next, event);
  return next;
}
