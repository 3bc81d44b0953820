import React, {Suspense, useState, type KeyboardEvent, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {languageOfLocale} from '@site/sandbox/contract/language';
import type {ExerciseCheck} from '@site/src/lib/exercise';
import EditableCode from '../Example/EditableCode';
import {useEditing} from '../Example/StaticCode';
import Notices from '../Example/Notices';
import CopyLinkButton from '../Example/CopyLinkButton';
import EmbedButton from '../Example/EmbedButton';
import IsolationNote from '../Example/IsolationNote';
import {EXERCISE_TASK_HEIGHT} from '@site/src/lib/embed-link';
import {useIsolation} from '@site/src/lib/use-isolation';
import {useExampleCode} from '../Example/useExampleCode';
import {useRun} from '../Example/useRun';
import {loadRunResult, RunResult} from '../Example/lazyRunResult';
import {useCheck} from './useCheck';
import VerdictBox from './VerdictBox';
import type {ExerciseProps} from '.';
import exampleStyles from '../Example/styles.module.css';
import styles from './styles.module.css';

/** The shell's props, with the check loaded. */
export type InteractiveProps = Omit<ExerciseProps, 'check'> & {check: ExerciseCheck};

/**
 * The working part of an exercise (loaded when the reader comes near it; see index.tsx): the reader edits the starting code and clicks Check. The code runs
 * in the examples' runner (real workers), as many times as the check asks, after the starting code
 * as a baseline where the check compares against it; then the check reads what those runs
 * printed and drew, and the page says which property failed and why, with a hint (the Check
 * itself is in useCheck.ts).
 */
export default function Interactive({id, start, solution, check, needsSharedMemory, fullPageHref, children}: InteractiveProps): ReactNode {
  const anchor = `exercise-${id}`;
  const original = start.trimEnd();
  const {i18n} = useDocusaurusContext();
  const lang = languageOfLocale(i18n.currentLocale);
  const {code, edited, notice, dismissNotice, edit, reset, undoReset} = useExampleCode(anchor, original);
  const {report, running, run, stop, prewarm} = useRun(check.timeLimit);
  const editable = useEditing();
  const {editing, startEditing} = editable;
  const [awake, setAwake] = useState(false);
  const {phase, progress, runCode, runCheck, stopAll} = useCheck(id, original, check, {run, stop});
  const [showSolution, setShowSolution] = useState(false);
  const isolated = useIsolation();

  const wake = () => {
    setAwake(true);
    loadRunResult();
    prewarm(code);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return; // the editor handled it already
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void runCheck(code);
    }
  };

  const checking = phase.kind === 'checking';
  const shown = (phase.kind === 'verdict' ? phase.shown : null) ?? report;

  return (
    <section
      id={anchor}
      data-exercise={id}
      data-ready={isolated !== null ? 'true' : undefined}
      data-passed={progress.passed ? 'true' : 'false'}
      className={`${exampleStyles.example} ${styles.exercise}`}
      onKeyDown={onKeyDown}
      onPointerEnter={wake}
      onFocus={wake}
      aria-label={translate({id: 'lab.exercise.label', message: '练习 {id}'}, {id})}>
      <div className={styles.title}>
        {translate({id: 'lab.exercise.title', message: '练习'})}
        {progress.passed ? (
          <span className={styles.passedBadge} data-progress="passed">
            {translate({id: 'lab.exercise.passedBadge', message: '✓ 已通过'})}
          </span>
        ) : null}
      </div>
      <div className={styles.task}>{children}</div>
      <Notices notice={notice} code={code} original={original} onUndoReset={undoReset} onDismiss={dismissNotice} />
      <EditableCode id={anchor} code={code} original={original} awake={awake} editing={editable} onChange={edit} onRun={() => void runCheck(code)}
        ariaLabel={translate({id: 'lab.exercise.editor', message: '练习 {id} 的代码'}, {id})} />
      <div className={`${exampleStyles.toolbar} lab-no-print`}>
        <button type="button" className="button button--sm button--primary" onClick={() => void runCheck(code)} data-action="check"
          disabled={isolated === null || checking}
          title={translate({id: 'lab.exercise.check.title', message: '运行你的代码并检查结果（Ctrl/⌘ + Enter）'})}>
          {translate({id: 'lab.exercise.check', message: '检查'})}
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => runCode(code)} data-action="run" disabled={isolated === null}>
          {translate({id: 'lab.button.run', message: '运行'})}
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={stopAll} disabled={!running && !checking} data-action="stop">
          {translate({id: 'lab.button.stop', message: '停止'})}
        </button>
        {!editing ? (
          <button type="button" className="button button--sm button--secondary" onClick={startEditing} data-action="edit">
            {translate({id: 'lab.button.edit', message: '编辑'})}
          </button>
        ) : null}
        <button type="button" className="button button--sm button--secondary" onClick={reset} disabled={!edited} data-action="reset">
          {translate({id: 'lab.button.reset', message: '重置'})}
        </button>
        <button type="button" className="button button--sm button--secondary" data-action="solution"
          onClick={() => setShowSolution((s) => !s)}
          disabled={!progress.checked}
          aria-expanded={showSolution}
          title={progress.checked ? undefined : translate({id: 'lab.exercise.solution.locked', message: '至少检查一次之后才能看答案'})}>
          {showSolution
            ? translate({id: 'lab.exercise.solution.hide', message: '收起答案'})
            : translate({id: 'lab.exercise.solution.show', message: '看答案'})}
        </button>
        <CopyLinkButton id={anchor} code={code} edited={edited} />
        <EmbedButton id={anchor} code={code} edited={edited} extraHeight={EXERCISE_TASK_HEIGHT} />
        {needsSharedMemory && isolated === false ? <IsolationNote id={anchor} code={code} edited={edited} fullPageHref={fullPageHref} /> : null}
      </div>
      <VerdictBox phase={phase} lang={lang} />
      {showSolution && progress.checked ? (
        <div className={styles.solution} data-solution={id}>
          <div className={styles.solutionHead}>
            <strong>{translate({id: 'lab.exercise.solution.title', message: '一种答案'})}</strong>
            <button type="button" className="button button--sm button--secondary" data-action="use-solution"
              onClick={() => {
                edit(solution.trimEnd());
              }}>
              {translate({id: 'lab.exercise.solution.use', message: '放进编辑器'})}
            </button>
          </div>
          <CodeBlock language="ts">{solution.trimEnd()}</CodeBlock>
        </div>
      ) : null}
      {shown ? (
        <Suspense fallback={null}>
          <RunResult report={shown} />
        </Suspense>
      ) : null}
    </section>
  );
}
