import React, {useState, type ReactNode} from 'react';
import styles from './styles.module.css';

export interface CopyButtonProps {
  /** What to copy, built at click time (with the page's real origin). */
  text: () => string;
  label: string;
  /** `data-action` of the button, for tests and teachers' scripts. */
  action: string;
  title?: string;
  /** Said (politely) once the text is on the clipboard. */
  done: string;
  /** Label of the field that shows the text when the clipboard is refused. */
  manualLabel: string;
  /** Layout of that field in the caller's toolbar. */
  fieldClassName?: string;
}

/** Copies text to the clipboard, says so, and shows the text to copy by hand if that is refused. */
export default function CopyButton({text, label, action, title, done, manualLabel, fieldClassName}: CopyButtonProps): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const [shown, setShown] = useState('');
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      setTimeout(() => setState('idle'), 2000);
    } catch {
      setShown(value);
      setState('shown');
    }
  };
  return (
    <>
      <button type="button" className="button button--sm button--secondary" onClick={copy} data-action={action} title={title}>
        {label}
      </button>
      {state === 'copied' ? (
        <span className={styles.copied} role="status">
          {done}
        </span>
      ) : null}
      {state === 'shown' ? (
        <input
          className={`${styles.field} ${fieldClassName ?? ''}`}
          readOnly
          value={shown}
          aria-label={manualLabel}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      ) : null}
    </>
  );
}
