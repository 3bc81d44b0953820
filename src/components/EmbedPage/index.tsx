import React, {type ReactNode} from 'react';
import Example from '../Example';
import type {EmbedExample} from '@site/src/plugins/embed-plugin';
import EmbedFrame from './Frame';

/** `/embed/<chapter>/<id>`: one example alone, for an iframe in slides or an LMS page. */
export default function EmbedPage({example}: {example: EmbedExample & {code: string}}): ReactNode {
  const {id, code, chapterPath, chapterTitle, section, needsSharedMemory, timeLimit} = example;
  return (
    <EmbedFrame id={id} chapterPath={chapterPath} chapterTitle={chapterTitle} section={section}>
      <Example id={id} code={code} needsSharedMemory={needsSharedMemory} timeLimit={timeLimit} fullPageHref={chapterPath} />
    </EmbedFrame>
  );
}
