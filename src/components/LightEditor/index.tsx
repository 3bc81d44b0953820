/**
 * The editable code of one example on phones and tablets: CodeMirror 6, a fraction of
 * Monaco's weight, with the browser's own touch selection and on-screen keyboard. Same props
 * as ../CodeEditor. Load it lazily (React.lazy): it must not be part of the page bundle.
 */
import React, {useId, useLayoutEffect, useRef, type JSX} from 'react';
import {translate} from '@docusaurus/Translate';
import {minimalSetup} from 'codemirror';
import {EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers} from '@codemirror/view';
import {EditorState, Prec} from '@codemirror/state';
import {typescriptLanguage} from '@codemirror/lang-javascript';
import {LanguageSupport, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting} from '@codemirror/language';
import {classHighlighter} from '@lezer/highlight';
import type {CodeEditorProps} from '../CodeEditor';
import {isMac} from '../CodeEditor/font';
import {siteTheme} from './theme';
import styles from './styles.module.css';

export default function LightEditor({
  id,
  value,
  onChange,
  onRun,
  initialHeight,
  ariaLabel,
  autoFocus = false,
}: CodeEditorProps): JSX.Element {
  const hintId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // Latest props for the editor's callbacks, which are registered once.
  const latest = useRef({onChange, onRun, value});
  latest.current = {onChange, onRun, value};
  /** The last text this editor reported through onChange (to recognise our own echo). */
  const emittedRef = useRef(value);
  /** True while an outside value is being written into the editor. */
  const applyingRef = useRef(false);
  /** A Ctrl/Cmd+Enter waiting for the parent to render the latest text (a timer id). */
  const pendingRunRef = useRef<number | null>(null);
  const runPending = (): void => {
    if (pendingRunRef.current !== null) {
      window.clearTimeout(pendingRunRef.current);
      pendingRunRef.current = null;
      latest.current.onRun();
    }
  };

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const runKey = Prec.highest(
      keymap.of([
        {
          key: 'Mod-Enter',
          preventDefault: true,
          run: (view) => {
            // As in ../CodeEditor: typing reaches the parent as a React update that may not
            // have rendered yet; run once it has, so onRun sees the text on screen.
            if (latest.current.value === view.state.doc.toString()) latest.current.onRun();
            else if (pendingRunRef.current === null) pendingRunRef.current = window.setTimeout(runPending, 250);
            return true;
          },
        },
      ]),
    );
    const view = new EditorView({
      parent: box,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          runKey,
          // Undo history, the default keys (no Tab binding: Tab leaves the editor), selection.
          minimalSetup,
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          EditorState.tabSize.of(2),
          indentUnit.of('  '),
          // The grammar alone: javascript() also adds completion sources, which go unused
          // here (a completion popup would cover a phone's small screen).
          new LanguageSupport(typescriptLanguage),
          // tok-* classes, coloured in styles.module.css for the light and the dark site theme.
          syntaxHighlighting(classHighlighter),
          siteTheme,
          // A phone is ~35 characters wide at 16 px: wrap rather than pan sideways while typing.
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': ariaLabel,
            'aria-describedby': hintId,
            autocapitalize: 'off',
            autocorrect: 'off',
            spellcheck: 'false',
          }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || applyingRef.current) return;
            const text = update.state.doc.toString();
            emittedRef.current = text;
            latest.current.onChange(text);
          }),
        ],
      }),
    });
    viewRef.current = view;
    emittedRef.current = latest.current.value;
    if (autoFocus) view.focus();
    return () => {
      if (pendingRunRef.current !== null) window.clearTimeout(pendingRunRef.current);
      pendingRunRef.current = null;
      view.destroy();
      viewRef.current = null;
    };
    // ariaLabel and autoFocus are read once at creation.
  }, [id, hintId]);

  // A value from outside (Reset, a shared link): replace the text as one undoable change.
  // A layout effect, so no keystroke can reach the editor between the render and this check.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const current = view.state.doc.toString();
    if (value === emittedRef.current || value === current) {
      if (value === current) runPending();
      return;
    }
    applyingRef.current = true;
    try {
      view.dispatch({changes: {from: 0, to: current.length, insert: value}});
    } finally {
      applyingRef.current = false;
    }
    emittedRef.current = value;
  }, [value]);

  const runKeys = isMac() ? '⌘+Enter' : 'Ctrl+Enter';
  return (
    <div className={styles.wrapper}>
      <div ref={boxRef} className={styles.editor} style={{minHeight: initialHeight}} data-editor="light" />
      <p id={hintId} className={styles.hint}>
        {translate({id: 'lab.lightEditor.hint.tab', message: 'Tab 键离开编辑器（缩进用 {indent}）'}, {indent: isMac() ? '⌘+]' : 'Ctrl+]'})}
        <span className={styles.sep} aria-hidden="true">
          ·
        </span>
        {translate({id: 'lab.editor.hint.run', message: '{keys} 运行'}, {keys: runKeys})}
      </p>
    </div>
  );
}
