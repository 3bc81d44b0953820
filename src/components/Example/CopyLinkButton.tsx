import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {codeHash} from '@site/src/lib/share-link';
import styles from './styles.module.css';

/** Copies a link to this example; with edits, the code rides along in the hash. */
export default function CopyLinkButton({id, code, edited}: {id: string; code: string; edited: boolean}): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const [shown, setShown] = useState('');
  const copy = async () => {
    const {origin, pathname, search} = window.location;
    const url = `${origin}${pathname}${search}${edited ? codeHash(id, code) : `#${id}`}`;
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
      setTimeout(() => setState('idle'), 2000);
    } catch {
      setShown(url);
      setState('shown');
    }
  };
  return (
    <>
      <button type="button" className="button button--sm button--secondary" onClick={copy} data-action="copy-link">
        {translate({id: 'lab.button.copyLink', message: '复制链接'})}
      </button>
      {state === 'copied' ? (
        <span className={styles.copied} role="status">
          {translate({id: 'lab.copyLink.done', message: '已复制'})}
        </span>
      ) : null}
      {state === 'shown' ? (
        <input
          className={styles.linkField}
          readOnly
          value={shown}
          aria-label={translate({id: 'lab.copyLink.manual', message: '无法访问剪贴板，请手动复制此链接'})}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      ) : null}
    </>
  );
}
