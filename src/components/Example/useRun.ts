import {useCallback, useEffect, useRef, useState} from 'react';
import {Run} from '@site/sandbox/runner';
import {WorkerPool} from '@site/sandbox/pool';
import type {RunReport} from '@site/sandbox/report';

let pool: WorkerPool | null = null;

/** One pool per page: a spare worker, started when a reader shows intent to run. */
function sharedPool(): WorkerPool {
  pool ??= new WorkerPool();
  return pool;
}

export interface RunControls {
  report: RunReport | null;
  running: boolean;
  run(code: string): void;
  stop(): void;
  /** Starts a worker ahead of a likely click (pointer over the example, focus inside it),
   * and has it compile `code` already. */
  prewarm(code: string): void;
}

/**
 * Runs code with the sandbox and keeps the latest report. A new run stops the previous one
 * first, and nothing from an older run reaches the state afterwards.
 */
export function useRun(timeLimitMs: number | undefined): RunControls {
  const [report, setReport] = useState<RunReport | null>(null);
  const current = useRef<Run | null>(null);

  const stop = useCallback(() => current.current?.stop(), []);

  const run = useCallback(
    (code: string) => {
      current.current?.stop();
      const r = new Run(code, {
        timeLimitMs,
        pool: sharedPool(),
        schedule: (fn) => requestAnimationFrame(fn),
        onUpdate: (snapshot) => {
          if (current.current === r) setReport(snapshot);
        },
      });
      current.current = r;
      // Start first: a ready worker gets the code inside this click, before React renders.
      const done = r.start();
      setReport(r.snapshot());
      void done.then(() => {
        if (current.current === r) sharedPool().prewarm(code);
      });
    },
    [timeLimitMs],
  );

  // Leaving the page (route change, language switch) ends the run and its workers.
  useEffect(() => () => current.current?.stop(), []);

  return {
    report,
    running: report !== null && (report.status === 'running' || report.status === 'starting'),
    run,
    stop,
    prewarm: (code: string) => sharedPool().prewarm(code),
  };
}
