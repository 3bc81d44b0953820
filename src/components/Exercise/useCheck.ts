import {useEffect, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {RunReport} from '@site/sandbox/contract/report';
import type {ExerciseCheck, Verdict} from '@site/src/lib/exercise';
import type {RunControls} from '../Example/useRun';
import {loadRunResult} from '../Example/lazyRunResult';
import {loadProgress, NO_PROGRESS, saveProgress, type Progress} from './progress';

export type Phase =
  | {kind: 'idle'}
  | {kind: 'checking'; step: number; total: number; baseline: boolean}
  /** `shown`: the run whose output and timeline the page shows with the verdict (`which` of the reader's). */
  | {kind: 'verdict'; verdict: Verdict; shown?: RunReport; which?: {n: number; of: number}}
  | {kind: 'stopped'};

function baselineFailed(r: RunReport): Verdict {
  const why = r.error?.message ?? r.status;
  return {
    ok: false,
    property: 'baseline',
    message: {
      zh: `起始代码没能正常运行，无法拿来对比：${why}`,
      en: `The starting code did not run to the end, so there is nothing to compare with: ${why}`,
    },
    hint: {
      zh: '这通常是页面或浏览器的问题（比如没有跨源隔离）。刷新页面后再试一次。',
      en: 'This is usually the page or the browser (no cross-origin isolation, say). Reload the page and try again.',
    },
  };
}

/**
 * An exercise's Check: runs the reader's code as many times as the check asks (after the starting
 * code as a baseline where the check compares against it), has the check judge those runs, and
 * remembers in this browser that the exercise was checked, and passed.
 */
export function useCheck(id: string, original: string, check: ExerciseCheck, {run, stop}: Pick<RunControls, 'run' | 'stop'>) {
  const {i18n} = useDocusaurusContext();
  const [phase, setPhase] = useState<Phase>({kind: 'idle'});
  const [progress, setProgress] = useState<Progress>(NO_PROGRESS);
  /** Counts Checks, so a stopped or replaced one never writes its verdict. */
  const checks = useRef(0);

  useEffect(() => setProgress(loadProgress(id, i18n.currentLocale)), [id, i18n.currentLocale]);
  useEffect(
    () => () => {
      checks.current++;
    },
    [],
  );

  /** A plain run of `code`: it ends any Check under way. */
  const runCode = (code: string) => {
    checks.current++;
    setPhase({kind: 'idle'});
    loadRunResult();
    void run(code);
  };

  const runCheck = async (yours: string) => {
    const token = ++checks.current;
    loadRunResult();
    const mode = check.baseline;
    const total = check.runs * (mode === 'each' ? 2 : 1) + (mode === 'once' ? 1 : 0);
    const baseline: RunReport[] = [];
    const runs: RunReport[] = [];
    let step = 0;
    /** One run of the starting code; false if the Check cannot go on. */
    const runStart = async () => {
      setPhase({kind: 'checking', step: ++step, total, baseline: true});
      const r = await run(original);
      if (!r || token !== checks.current) return false;
      if (r.status !== 'done') {
        finish(token, baselineFailed(r), r);
        return false;
      }
      baseline.push(r);
      return true;
    };
    if (mode === 'once' && !(await runStart())) return;
    for (let i = 0; i < check.runs; i++) {
      if (mode === 'each' && !(await runStart())) return;
      setPhase({kind: 'checking', step: ++step, total, baseline: false});
      const r = await run(yours);
      if (!r || token !== checks.current) return;
      runs.push(r);
      if (r.status !== 'done') break; // the check says why; more runs would not help
    }
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1;
    const verdict = check.check(runs, {cores, baseline});
    const at = Math.min(verdict.run ?? runs.length - 1, runs.length - 1);
    finish(token, verdict, runs[at], runs.length > 1 ? {n: at + 1, of: runs.length} : undefined);
  };

  const finish = (token: number, verdict: Verdict, shown: RunReport | undefined, which?: {n: number; of: number}) => {
    if (token !== checks.current) return;
    setPhase({kind: 'verdict', verdict, shown, which});
    setProgress((prev) => {
      const next = {checked: true, passed: prev.passed || verdict.ok};
      saveProgress(id, i18n.currentLocale, next);
      return next;
    });
  };

  /** Stops the run under way, and with it the Check. */
  const stopAll = () => {
    if (phase.kind === 'checking') setPhase({kind: 'stopped'});
    checks.current++;
    stop();
  };

  return {phase, progress, runCode, runCheck, stopAll};
}
