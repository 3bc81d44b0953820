import React, {type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock/Line';
import OriginalLine from '@theme-original/CodeBlock/Line';
import {tokenRuns} from '@site/src/lib/code-runs';

/**
 * A code line with its tokens merged into runs (src/lib/code-runs.ts) and their colours as
 * classes, not inline styles. The line itself takes the block's colours from the <pre>.
 */
export default function CodeBlockLine(props: Props): ReactNode {
  const {line, classNames, showLineNumbers, getTokenProps} = props;
  const runs = showLineNumbers ? null : tokenRuns(line, getTokenProps);
  if (!runs) return <OriginalLine {...props} />;
  return (
    <div className={['token-line', ...(classNames ?? [])].join(' ')}>
      {runs.map((r, i) => (r.className ? <span key={i} className={r.className}>{r.text}</span> : r.text))}
      <br />
    </div>
  );
}
