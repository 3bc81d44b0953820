import {useCallback, useEffect, useRef, useState} from 'react';
import type {Run} from '@site/sandbox/runner';
import type {RunReport} from '@site/sandbox/report';
import {loadSandbox, sandboxIfLoaded, type Sandbox} from './sandbox';

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

  const stop = useCallback(() => {
    requests.current++;
    current.current?.stop();
  }, []);

  /** Counts requests, so a run that waited for the sandbox to load never starts after a newer one. */
  const requests = useRef(0);

  const start = useCallback(
    ({Run, pool}: Sandbox, code: string) => {
      current.current?.stop();
      const r = new Run(code, {
        timeLimitMs,
        pool,
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
        if (current.current === r) pool.prewarm(code);
      });
    },
    [timeLimitMs],
  );

  const run = useCallback(
    (code: string) => {
      const request = ++requests.current;
      const ready = sandboxIfLoaded();
      if (ready) start(ready, code);
      else void loadSandbox().then((s) => request === requests.current && start(s, code));
    },
    [start],
  );

  // Leaving the page (route change, language switch) ends the run and its workers.
  useEffect(
    () => () => {
      requests.current++;
      current.current?.stop();
    },
    [],
  );

  return {
    report,
    running: report !== null && (report.status === 'running' || report.status === 'starting'),
    run,
    stop,
    prewarm: (code: string) => void loadSandbox().then(({pool}) => pool.prewarm(code)),
  };
}
