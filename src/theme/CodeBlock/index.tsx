import React, {type CSSProperties, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
// The server draws the highlighted HTML (./Highlighted); the browser keeps that HTML and loads
// Prism only for a block it must draw itself (./InBrowser). Chosen per bundle: src/plugins/lab-plugin.ts.
import Body from '@lab/code-block-body';

/** The box around a code block: the same element on the server and while hydrating. */
const CODE_ISLAND = 'lab-code-island';

/** Lines of a plain-text block, for the height the page assumes until the block is drawn (custom.css). */
function lineCount(children: ReactNode): number | undefined {
  return typeof children === 'string' ? children.trimEnd().split('\n').length : undefined;
}

export default function CodeBlock(props: Props): ReactNode {
  const lines = lineCount(props.children);
  const style = lines === undefined ? undefined : ({'--lab-code-lines': lines} as CSSProperties);
  return (
    <div className={CODE_ISLAND} style={style}>
      <Body {...props} />
    </div>
  );
}
