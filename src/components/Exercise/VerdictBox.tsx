import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Phase} from './useCheck';
import styles from './styles.module.css';

/** What the Check is doing, or what it found: the verdict, the failed property's hint, the run shown. */
export default function VerdictBox({phase, lang}: {phase: Phase; lang: 'zh' | 'en'}): ReactNode {
  let body: ReactNode = null;
  let state: string | undefined;
  if (phase.kind === 'checking') {
    state = 'checking';
    body = phase.baseline
      ? translate(
          {id: 'lab.exercise.checking.baseline', message: '正在检查：运行起始代码作为对比（{step}/{total}）…'},
          {step: phase.step, total: phase.total},
        )
      : translate({id: 'lab.exercise.checking', message: '正在检查：运行你的代码（{step}/{total}）…'}, {step: phase.step, total: phase.total});
  } else if (phase.kind === 'stopped') {
    state = 'stopped';
    body = translate({id: 'lab.exercise.stopped', message: '检查已停止。'});
  } else if (phase.kind === 'verdict') {
    const v = phase.verdict;
    state = v.ok ? 'pass' : 'fail';
    body = v.ok ? (
      <>
        <strong>{translate({id: 'lab.exercise.pass', message: '通过！'})}</strong> {v.message?.[lang]}
      </>
    ) : (
      <>
        <strong>{translate({id: 'lab.exercise.fail', message: '没有通过：'})}</strong> <span data-message>{v.message[lang]}</span>
        <span className={styles.hint} data-hint>
          <strong>{translate({id: 'lab.exercise.hint', message: '提示：'})}</strong> {v.hint[lang]}
        </span>
      </>
    );
  }
  const which =
    phase.kind === 'verdict' && phase.which ? (
      <span className={styles.which} data-shown-run={phase.which.n}>
        {translate({id: 'lab.exercise.shownRun', message: '下面是第 {n} 次运行（共 {of} 次）的输出和时间线。'}, {n: phase.which.n, of: phase.which.of})}
      </span>
    ) : null;
  return (
    <div
      className={`${styles.verdict} ${state ? styles[state] : ''}`}
      role="status"
      aria-live="polite"
      data-verdict={state}
      data-property={phase.kind === 'verdict' && !phase.verdict.ok ? phase.verdict.property : undefined}
      hidden={!state}>
      {body}
      {which}
    </div>
  );
}
