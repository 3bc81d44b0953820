/**
 * The editable code of one example: a Monaco editor with TypeScript diagnostics and the `lab`
 * types. Load it lazily (React.lazy): this module pulls in Monaco and must not be part of the
 * page bundle. It is only rendered in the browser.
 */
import React, {useEffect, useId, useLayoutEffect, useRef, useState, type JSX} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import {translate} from '@docusaurus/Translate';
import {DARK_THEME, monaco, setupMonaco} from './monaco';
import {codeBlockFont, isMac} from './font';
import {useEditorSync, type EditorText} from './useEditorSync';
import styles from './styles.module.css';

export interface CodeEditorProps {
  /** Example id, unique on the page: used for the model URI, file:///examples/<id>.ts */
  id: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun(): void;
  /** Starting height in px (the height of the static code block it replaces, so nothing jumps). */
  initialHeight: number;
  ariaLabel: string;
  autoFocus?: boolean;
}

/** The editor grows with its content up to this share of the viewport, then scrolls. */
const MAX_VIEWPORT_SHARE = 0.7;
/** Vertical padding inside the editor, like a Docusaurus code block (--ifm-pre-padding). */
const PADDING_PX = 16;

type Editor = ReturnType<typeof monaco.editor.create>;

const themeFor = (colorMode: string): string => (colorMode === 'dark' ? DARK_THEME : 'vs');
const normalizeEol = (text: string): string => text.replace(/\r\n?/g, '\n');

export default function CodeEditor({
  id,
  value,
  onChange,
  onRun,
  initialHeight,
  ariaLabel,
  autoFocus = false,
}: CodeEditorProps): JSX.Element {
  const {colorMode} = useColorMode();
  const hintId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const initialHeightRef = useRef(initialHeight);
  initialHeightRef.current = initialHeight;
  const text = useRef<EditorText | null>(null);
  const sync = useEditorSync(value, onChange, onRun, text, normalizeEol);
  /** Esc was pressed: the next Tab leaves the editor instead of indenting. */
  const [leaving, setLeaving] = useState(false);

  /** Fits the editor's height to its content; set while the editor exists. */
  const fitRef = useRef<() => void>(() => {});

  // Create the editor and its model once per mounted component (and per id), before the
  // first paint so the box never shows empty.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) {
      return undefined;
    }
    setupMonaco();
    const font = codeBlockFont(box);
    const uri = monaco.Uri.parse(`file:///examples/${encodeURIComponent(id)}.ts`);
    // A model left by an editor that did not unmount cleanly would make createModel throw.
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(normalizeEol(sync.value()), 'typescript', uri);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    model.updateOptions({tabSize: 2, indentSize: 2, insertSpaces: true});
    sync.created();

    const editor = monaco.editor.create(box, {
      model,
      theme: themeFor(document.documentElement.dataset.theme ?? 'light'),
      ariaLabel,
      fontFamily: font.fontFamily,
      fontSize: font.fontSize,
      lineHeight: font.lineHeight,
      fontLigatures: false,
      tabSize: 2,
      insertSpaces: true,
      detectIndentation: false,
      minimap: {enabled: false},
      scrollBeyondLastLine: false,
      automaticLayout: true,
      fixedOverflowWidgets: true,
      padding: {top: PADDING_PX, bottom: PADDING_PX},
      lineNumbers: 'on',
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 10,
      glyphMargin: false,
      folding: false,
      renderLineHighlight: 'line',
      renderLineHighlightOnlyWhenFocus: true,
      overviewRulerLanes: 0,
      overviewRulerBorder: false,
      hideCursorInOverviewRuler: true,
      stickyScroll: {enabled: false},
      // Let the page scroll when the wheel turns over an editor that has nothing to scroll.
      scrollbar: {alwaysConsumeMouseWheel: false, useShadows: false},
      wordWrap: 'on',
      wrappingIndent: 'indent',
      tabFocusMode: false,
    });
    editorRef.current = editor;
    text.current = {
      read: () => model.getValue(),
      write: (next) => {
        editor.pushUndoStop();
        editor.executeEdits('lab.setValue', [{range: model.getFullModelRange(), text: next, forceMoveMarkers: true}]);
        editor.pushUndoStop();
      },
    };

    // Tell screen readers about the hint under the editor (the focusable text box is a
    // textarea, or a div when Monaco uses the browser's EditContext).
    editor
      .getDomNode()
      ?.querySelectorAll('[role="textbox"]')
      .forEach((node) => node.setAttribute('aria-describedby', hintId));

    // Grow with the content between the starting height and 70% of the viewport.
    const fitHeight = (): void => {
      const min = initialHeightRef.current;
      const max = Math.max(min, Math.round(window.innerHeight * MAX_VIEWPORT_SHARE));
      const border = box.offsetHeight - box.clientHeight;
      const content = Math.ceil(editor.getContentHeight()) + border;
      const height = Math.min(max, Math.max(min, content));
      if (box.style.height !== `${height}px`) {
        box.style.height = `${height}px`;
        editor.layout();
      }
    };
    fitRef.current = fitHeight;
    fitHeight();

    // Ctrl/Cmd+Enter runs. addAction, not addCommand: a standalone addCommand keybinding is
    // global, so with several editors on a page the last one created would win.
    const runAction = editor.addAction({
      id: 'lab.run',
      label: translate({id: 'lab.editor.runAction', message: '运行示例'}),
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => sync.run(model.getValue()),
    });

    // Esc, then Tab: leave the editor (Tab alone indents). Esc turns on Monaco's tab-focus
    // mode for the next key only; the browser then moves focus as usual (Shift+Tab too).
    let tabMovesFocus = false;
    const setTabMovesFocus = (on: boolean): void => {
      if (tabMovesFocus !== on) {
        tabMovesFocus = on;
        editor.updateOptions({tabFocusMode: on});
        setLeaving(on);
      }
    };
    const modifierKeys = new Set([
      monaco.KeyCode.Shift,
      monaco.KeyCode.Ctrl,
      monaco.KeyCode.Alt,
      monaco.KeyCode.Meta,
    ]);
    const disposables = [
      runAction,
      editor.onKeyDown((e) => {
        if (e.keyCode === monaco.KeyCode.Escape) {
          setTabMovesFocus(true);
        } else if (e.keyCode !== monaco.KeyCode.Tab && !modifierKeys.has(e.keyCode)) {
          setTabMovesFocus(false);
        }
      }),
      editor.onMouseDown(() => setTabMovesFocus(false)),
      editor.onDidBlurEditorText(() => setTabMovesFocus(false)),
      editor.onDidContentSizeChange((e) => {
        if (e.contentHeightChanged) {
          fitHeight();
        }
      }),
      model.onDidChangeContent(() => sync.changed(model.getValue())),
    ];
    window.addEventListener('resize', fitHeight);

    if (autoFocus) {
      editor.focus();
    }

    return () => {
      window.removeEventListener('resize', fitHeight);
      sync.cancelRun();
      text.current = null;
      disposables.forEach((d) => d.dispose());
      editor.dispose();
      model.dispose();
      editorRef.current = null;
      fitRef.current = () => {};
    };
    // ariaLabel and autoFocus are read once at creation (ariaLabel updates below).
  }, [id, hintId]);

  useEffect(() => {
    editorRef.current?.updateOptions({ariaLabel});
  }, [ariaLabel]);

  useEffect(() => {
    fitRef.current();
  }, [initialHeight]);

  // The theme is global to Monaco: every editor on the page follows the site.
  useEffect(() => {
    monaco.editor.setTheme(themeFor(colorMode));
  }, [colorMode]);

  const runKeys = isMac() ? '⌘+Enter' : 'Ctrl+Enter';
  return (
    <div className={styles.wrapper}>
      <div ref={boxRef} className={styles.editor} style={{height: initialHeight}} />
      <p id={hintId} className={styles.hint} data-leaving={leaving || undefined}>
        {leaving
          ? translate({id: 'lab.editor.hint.tabNow', message: '现在按 Tab 离开编辑器'})
          : translate({id: 'lab.editor.hint.leave', message: '按 Esc 然后 Tab 离开编辑器'})}
        <span className={styles.sep} aria-hidden="true">
          ·
        </span>
        {translate(
          {id: 'lab.editor.hint.run', message: '{keys} 运行'},
          {keys: runKeys},
        )}
      </p>
    </div>
  );
}
