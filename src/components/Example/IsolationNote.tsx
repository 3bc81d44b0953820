import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {codeHash} from '@site/src/lib/share-link';
import styles from './styles.module.css';

/**
 * Why an example or exercise that needs shared memory cannot run here; in an embed, a link to
 * run it on the full chapter (with the reader's edits).
 */
export default function IsolationNote({id, code, edited, fullPageHref}: {id: string; code: string; edited: boolean; fullPageHref?: string}): ReactNode {
  return (
    <span className={styles.isolationNote} role="note">
      {fullPageHref ? (
        <>
          {translate({
            id: 'lab.isolation.missingEmbed',
            message: '这个嵌入没有跨源隔离（外面的网页本身没有隔离，或者没有允许它隔离），浏览器因此关闭了 SharedArrayBuffer：这个示例用到共享内存，无法在嵌入中运行。',
          })}{' '}
          <a href={`${fullPageHref}${edited ? codeHash(id, code) : `#${id}`}`} target="_blank" rel="noopener" data-action="open-full-page">
            {translate({id: 'lab.embed.openFullPage', message: '在完整章节中运行它 ↗'})}
          </a>
        </>
      ) : (
        translate({
          id: 'lab.isolation.missing',
          message: '本页没有跨源隔离（缺少 COOP/COEP 响应头），浏览器因此关闭了 SharedArrayBuffer：这个示例用到共享内存，无法在这里运行。其他示例不受影响。',
        })
      )}
    </span>
  );
}
