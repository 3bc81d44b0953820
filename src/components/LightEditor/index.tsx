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
import {useEditorSync, type EditorText} from '../CodeEditor/useEditorSync';
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
  const text = useRef<EditorText | null>(null);
  const sync = useEditorSync(value, onChange, onRun, text);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const runKey = Prec.highest(
      keymap.of([
        {
          key: 'Mod-Enter',
          preventDefault: true,
          run: (view) => {
            sync.run(view.state.doc.toString());
            return true;
          },
        },
      ]),
    );
    const view = new EditorView({
      parent: box,
      state: EditorState.create({
        doc: sync.value(),
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
            if (update.docChanged) sync.changed(update.state.doc.toString());
          }),
        ],
      }),
    });
    text.current = {
      read: () => view.state.doc.toString(),
      write: (next) => view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: next}}),
    };
    sync.created();
    if (autoFocus) view.focus();
    return () => {
      sync.cancelRun();
      text.current = null;
      view.destroy();
    };
    // ariaLabel and autoFocus are read once at creation.
  }, [id, hintId]);

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
