import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {embedPathFrom, embedUrl, iframeHeight, iframeSnippet} from '@site/src/lib/embed-link';
import styles from './styles.module.css';

/**
 * Copies an `<iframe>` that shows just this example (for slides or an LMS page). The URL is
 * built from the page's own origin at click time; edited code rides along in the hash.
 */
export default function EmbedButton({id, code, edited}: {id: string; code: string; edited: boolean}): ReactNode {
  const baseUrl = useBaseUrl('/');
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const [shown, setShown] = useState('');
  const copy = async () => {
    const {origin, pathname} = window.location;
    const src = embedUrl(origin, embedPathFrom(pathname, baseUrl, id), id, edited ? code : undefined);
    const title = translate({id: 'lab.embed.iframeTitle', message: '并发实验室示例：{id}'}, {id});
    const snippet = iframeSnippet({src, title, height: iframeHeight(code)});
    try {
      await navigator.clipboard.writeText(snippet);
      setState('copied');
      setTimeout(() => setState('idle'), 2000);
    } catch {
      setShown(snippet);
      setState('shown');
    }
  };
  return (
    <>
      <button type="button" className="button button--sm button--secondary" onClick={copy} data-action="embed"
        title={translate({id: 'lab.button.embed.title', message: '复制一段 <iframe> 代码，把这个示例嵌入幻灯片或课程网页'})}>
        {translate({id: 'lab.button.embed', message: '嵌入'})}
      </button>
      {state === 'copied' ? (
        <span className={styles.copied} role="status">
          {translate({id: 'lab.embed.done', message: '已复制嵌入代码'})}
        </span>
      ) : null}
      {state === 'shown' ? (
        <input
          className={styles.linkField}
          readOnly
          value={shown}
          aria-label={translate({id: 'lab.embed.manual', message: '无法访问剪贴板，请手动复制这段嵌入代码'})}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      ) : null}
    </>
  );
}
