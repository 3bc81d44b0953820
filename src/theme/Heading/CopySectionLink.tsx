import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** How long "copied" stays on screen. */
const STATUS_MS = 2500;

/**
 * Copies the absolute link to one section (`origin + pathname + #id`), for lecture notes.
 * Where the clipboard is refused, the link goes into the address bar instead and the reader
 * is told so.
 */
export default function CopySectionLink({id}: {id: string}): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const {origin, pathname} = window.location;
    const url = `${origin}${pathname}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      window.history.replaceState(window.history.state, '', url);
      setState('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), STATUS_MS);
  };

  const label = translate({id: 'lab.heading.copyLink', message: '复制本节链接'});
  return (
    <span className={clsx(styles.wrap, 'lab-no-print')} data-state={state}>
      <button
        type="button"
        className={styles.button}
        onClick={copy}
        aria-label={label}
        title={label}
        data-action="copy-section-link">
        <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
          <path
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"
          />
        </svg>
      </button>
      <span className={styles.status} role="status">
        {state === 'copied'
          ? translate({id: 'lab.heading.copied', message: '已复制'})
          : state === 'failed'
            ? translate({id: 'lab.heading.copyFailed', message: '无法访问剪贴板：链接已放进地址栏'})
            : ''}
      </span>
    </span>
  );
}
