import {useEffect, useRef, useState} from 'react';
import {isFinished, type RunReport} from '@site/sandbox/contract/report';

/** How often a running timeline is redrawn at most. */
const REDRAW_EVERY_MS = 250;

/**
 * The report the timeline draws: while a run goes on, at most every REDRAW_EVERY_MS. Each redraw
 * moves every span (the time axis grows), and a program that floods spans would otherwise have
 * the page lay out a thousand elements every frame. A new run and the end of one are drawn at once.
 */
export function useSteadyReport(report: RunReport): RunReport {
  const [shown, setShown] = useState(report);
  const last = useRef(0);
  const current = isFinished(report.status) || shown.startedAt !== report.startedAt;
  useEffect(() => {
    if (shown === report) return;
    const wait = current ? 0 : last.current + REDRAW_EVERY_MS - performance.now();
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(report);
    }, Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [report, shown, current]);
  return current ? report : shown;
}
