import {useLayoutEffect, useRef, type RefObject} from 'react';

/** What the sync needs of an editor (Monaco or CodeMirror) once it exists. */
export interface EditorText {
  read(): string;
  /** Replaces the whole text as one undoable edit. */
  write(text: string): void;
}

/**
 * Keeps an editor and its parent's `value` in step, for both editors: the reader's typing goes
 * up through onChange, a value from outside (Reset, a shared link) comes down as one undoable
 * edit, and the parent handing back what the editor reported (its echo) never touches the
 * cursor. Ctrl/Cmd+Enter runs the text on screen: typing reaches the parent as a React update
 * that may not have rendered yet when keys come fast, so a run waits for it (the timer is only
 * a safety net).
 */
export function useEditorSync(
  value: string,
  onChange: (text: string) => void,
  onRun: () => void,
  editor: RefObject<EditorText | null>,
  normalize: (text: string) => string = (text) => text,
) {
  const latest = useRef({onChange, onRun, value});
  latest.current = {onChange, onRun, value};
  /** The last text this editor reported through onChange (to recognise our own echo). */
  const emitted = useRef(value);
  /** True while an outside value is being written into the editor. */
  const applying = useRef(false);
  /** A run waiting for the parent to render the latest text (a timer id). */
  const pending = useRef<number | null>(null);

  const cancelRun = () => {
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = null;
  };
  const runPending = () => {
    if (pending.current === null) return;
    cancelRun();
    latest.current.onRun();
  };

  // A layout effect, not a passive one: it runs in the same task as the render, so no keystroke
  // can reach the editor between the render and this check. (Chromium delivers Monaco's typing
  // as EditContext events that React does not treat as discrete; a passive effect could run
  // after the next keystroke and write the previous text over it.)
  useLayoutEffect(() => {
    const ed = editor.current;
    if (!ed) return;
    const text = normalize(value);
    const current = ed.read();
    if (value === emitted.current || text === current) {
      if (text === current) runPending();
      return;
    }
    applying.current = true;
    try {
      ed.write(text);
    } finally {
      applying.current = false;
    }
    emitted.current = value;
  }, [value]); // only a new value from the parent is news; the rest is read through refs

  return {
    /** The parent's latest value (for an editor being created). */
    value: () => latest.current.value,
    /** The editor was created with the parent's latest value. */
    created: () => {
      emitted.current = latest.current.value;
    },
    /** The reader changed the text (ignored while an outside value is written). */
    changed: (text: string) => {
      if (applying.current) return;
      emitted.current = text;
      latest.current.onChange(text);
    },
    /** Ctrl/Cmd+Enter, with the editor's text now. */
    run: (textOnScreen: string) => {
      if (normalize(latest.current.value) === textOnScreen) latest.current.onRun();
      else if (pending.current === null) pending.current = window.setTimeout(runPending, 250);
    },
    /** The editor is going away. */
    cancelRun,
  };
}
