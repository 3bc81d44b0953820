import {startTransition, useCallback, useEffect, useRef, useState} from 'react';
import type {RunnerConnection} from '@site/sandbox/client/connection';
import type {RemoteRun} from '@site/sandbox/client/remote-run';
import {emptyReport, type RunReport} from '@site/sandbox/contract/report';
import {languageOfLocale} from '@site/sandbox/contract/language';
import {say, setLanguage} from '@site/sandbox/shared/messages';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {loadSandbox, sandboxIfLoaded} from './sandbox';
import {useRunnerAddress} from './useRunnerAddress';

export interface RunControls {
  report: RunReport | null;
  running: boolean;
  /** Runs `code`; settles with its final report, or with null if a newer run or Stop replaced it. */
  run(code: string): Promise<RunReport | null>;
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
  const current = useRef<RemoteRun | null>(null);
  const address = useRunnerAddress();
  const language = languageOfLocale(useDocusaurusContext().i18n.currentLocale);

  const stop = useCallback(() => {
    requests.current++;
    if (current.current) {
      current.current.stop();
      return;
    }
    // Stopped while a fresh runner was still starting: nothing ran.
    setLanguage(language);
    const stopped = {name: 'Stopped', message: say('stopped'), phase: 'runtime' as const, lane: 'page'};
    setReport((r) => (r?.status === 'starting' ? {...r, status: 'stopped', duration: 0, error: stopped} : r));
  }, [language]);

  /** Counts requests, so a run that waited for the sandbox to load never starts after a newer one. */
  const requests = useRef(0);

  const start = useCallback(
    (runner: RunnerConnection, code: string): RemoteRun => {
      current.current?.stop();
      const r = runner.start(code, {
        timeLimitMs,
        language,
        schedule: (fn) => requestAnimationFrame(fn),
        onUpdate: (snapshot, {urgent}) => {
          if (current.current !== r) return;
          // New output and the end of a run are drawn at once; anything else (a span, a lane)
          // as a transition, which React can interrupt: a render of the timeline must not hold
          // back the next line.
          if (urgent) setReport(snapshot);
          else startTransition(() => setReport(snapshot));
        },
      });
      current.current = r;
      // Drawn within the click: until it is, the page would still show the last run's status.
      setReport(r.snapshot());
      void r.done.then(() => {
        if (current.current === r) runner.prewarm(code);
      });
      return r;
    },
    [timeLimitMs, language],
  );

  const run = useCallback(
    (code: string): Promise<RunReport | null> => {
      const request = ++requests.current;
      const latest = (report: RunReport) => (request === requests.current ? report : null);
      const ready = sandboxIfLoaded();
      if (ready) return start(ready, code).done.then(latest);
      // A fresh runner takes a moment (after a crash or a time limit, say): say so at once,
      // instead of leaving the last run's status and output on screen.
      current.current?.stop();
      current.current = null;
      setReport(emptyReport(Date.now()));
      return loadSandbox(address).then(
        (runner) => (request === requests.current ? start(runner, code).done.then(latest) : null),
        (err: unknown) => {
          if (request !== requests.current) return null;
          const missing = runnerMissing(err);
          setReport(missing);
          return missing;
        },
      );
    },
    [start, address.path, address.secondOrigin],
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
    prewarm: (code: string) => void loadSandbox(address).then((runner) => runner.prewarm(code), () => {}),
  };
}

function runnerMissing(err: unknown): RunReport {
  return {
    ...emptyReport(Date.now()),
    status: 'failed',
    duration: 0,
    error: {name: 'RunnerMissing', message: String((err as Error)?.message ?? err), phase: 'spawn', lane: 'page'},
  };
}
