import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Copies `text()` (built at click time, with the page's real origin); shows it if the clipboard is refused. */
export default function CopyButton({label, text, action}: {label: string; text: () => string; action: string}): ReactNode {
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
      <button type="button" className="button button--sm button--secondary" onClick={copy} data-action={action}>
        {label}
      </button>
      {state === 'copied' ? (
        <span className={styles.copied} role="status">
          {translate({id: 'lab.copyLink.done', message: '已复制'})}
        </span>
      ) : null}
      {state === 'shown' ? (
        <input
          className={styles.manual}
          readOnly
          value={shown}
          aria-label={translate({id: 'lab.examples.manual', message: '无法访问剪贴板，请手动复制'})}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      ) : null}
    </>
  );
}
