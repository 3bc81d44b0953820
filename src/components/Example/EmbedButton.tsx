import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {embedPathFrom, embedUrl, iframeHeight, iframeSnippet, MAX_IFRAME_HEIGHT} from '@site/src/lib/embed-link';
import CopyButton from '../CopyButton';
import styles from './styles.module.css';

/**
 * Copies an `<iframe>` that shows just this example (for slides or an LMS page). The URL is
 * built from the page's own origin at click time; edited code rides along in the hash.
 */
/** `extraHeight`: room the snippet's iframe needs beyond the code (an exercise's task). */
export default function EmbedButton({id, code, edited, extraHeight = 0}: {id: string; code: string; edited: boolean; extraHeight?: number}): ReactNode {
  const baseUrl = useBaseUrl('/');
  const snippet = () => {
    const {origin, pathname} = window.location;
    const src = embedUrl(origin, embedPathFrom(pathname, baseUrl, id), id, edited ? code : undefined);
    const title = translate({id: 'lab.embed.iframeTitle', message: '并发实验室示例：{id}'}, {id});
    return iframeSnippet({src, title, height: Math.min(MAX_IFRAME_HEIGHT, iframeHeight(code) + extraHeight)});
  };
  return (
    <CopyButton
      text={snippet}
      action="embed"
      title={translate({id: 'lab.button.embed.title', message: '复制一段 <iframe> 代码，把这个示例嵌入幻灯片或课程网页'})}
      label={translate({id: 'lab.button.embed', message: '嵌入'})}
      done={translate({id: 'lab.embed.done', message: '已复制嵌入代码'})}
      manualLabel={translate({id: 'lab.embed.manual', message: '无法访问剪贴板，请手动复制这段嵌入代码'})}
      fieldClassName={styles.linkField}
    />
  );
}
