import React, {Suspense, useEffect, useState, type KeyboardEvent, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLinkButton from './CopyLinkButton';
import EditableCode from './EditableCode';
import {useEditing} from './StaticCode';
import EmbedButton from './EmbedButton';
import IsolationNote from './IsolationNote';
import Notices from './Notices';
import {useExampleCode} from './useExampleCode';
import {useRun} from './useRun';
import {publishRun} from './runStore';
import {loadRunResult, RunResult} from './lazyRunResult';
import {useIsolation} from '@site/src/lib/use-isolation';
import styles from './styles.module.css';

export interface ExampleProps {
  /** Stable id: the anchor (`/chapter#id`), the saved-edit key and the link target. */
  id: string;
  /** The example's TypeScript source (imported from its .ts file with `?raw`). */
  code: string;
  /** Wall-clock limit of one run, in ms (default 10 s). */
  timeLimit?: number;
  /** Uses SharedArrayBuffer: says so when the page is not cross-origin isolated. */
  needsSharedMemory?: boolean;
  /** Set on embed pages: the full chapter (`/process`), linked from the isolation note. */
  fullPageHref?: string;
}

/**
 * A runnable example: the code (a plain highlighted block until the reader edits it), Run,
 * Stop, Reset, Copy link and Embed, the output and a measured timeline of the run.
 */
export default function Example({id, code: source, timeLimit, needsSharedMemory, fullPageHref}: ExampleProps): ReactNode {
  // A code block hides the file's final newline and an editor shows it: drop it, so the two match.
  const original = source.trimEnd();
  const {code, edited, notice, dismissNotice, edit, reset, undoReset} = useExampleCode(id, original);
  const {report, running, run, stop, prewarm} = useRun(timeLimit);
  // Predict questions and charts on the page follow this example's runs from here.
  useEffect(() => publishRun(id, report), [id, report]);
  const editable = useEditing();
  const {editing, startEditing} = editable;
  const [awake, setAwake] = useState(false);
  const isolated = useIsolation();
  // Tells the build's link checker that `#<id>` exists here, so links to examples are checked too.
  useBrokenLinks().collectAnchor(id);

  const runCode = () => {
    loadRunResult();
    void run(code);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return; // the editor ran it already
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runCode();
    }
  };

  return (
    <section
      id={id}
      data-example={id}
      data-ready={isolated !== null ? 'true' : undefined}
      className={styles.example}
      onKeyDown={onKeyDown}
      onPointerEnter={() => {
        setAwake(true);
        loadRunResult();
        prewarm(code);
      }}
      onFocus={() => {
        setAwake(true);
        loadRunResult();
        prewarm(code);
      }}
      aria-label={translate({id: 'lab.example.label', message: '可运行示例 {id}'}, {id})}>
      <Notices notice={notice} code={code} original={original} onUndoReset={undoReset} onDismiss={dismissNotice} />
      <EditableCode id={id} code={code} original={original} awake={awake} editing={editable} onChange={edit} onRun={runCode}
        ariaLabel={translate({id: 'lab.editor.label', message: '示例 {id} 的代码'}, {id})} />
      <div className={`${styles.toolbar} lab-no-print`}>
        {/* Disabled until the page has hydrated and the example shows its code (a link's, a saved
            edit): a click before that would be lost, or run the original example. */}
        <button type="button" className="button button--sm button--primary" onClick={runCode} data-action="run"
          disabled={isolated === null}
          title={translate({id: 'lab.button.run.title', message: '运行（Ctrl/⌘ + Enter）'})}>
          {translate({id: 'lab.button.run', message: '运行'})}
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={stop} disabled={!running} data-action="stop">
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
        <CopyLinkButton id={id} code={code} edited={edited} />
        <EmbedButton id={id} code={code} edited={edited} />
        {needsSharedMemory && isolated === false ? <IsolationNote id={id} code={code} edited={edited} fullPageHref={fullPageHref} /> : null}
      </div>
      {report ? (
        <Suspense fallback={null}>
          <RunResult report={report} />
        </Suspense>
      ) : null}
    </section>
  );
}
