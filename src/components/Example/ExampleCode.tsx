import React, {memo, useCallback, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import ServerHtml from '@site/src/theme/CodeBlock/ServerHtml';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

/** The box around the code: the same element on the server and while hydrating. */
const ISLAND = 'lab-example-code';

export interface ExampleCodeProps {
  code: string;
  original: string;
  /** The reader has shown interest in the example (pointer over it, focus in it). */
  awake: boolean;
}

/**
 * An example's code as the page shows it before the reader edits it. On a page the server drew,
 * the original code stays the server's HTML (an island React never draws); it is drawn on the
 * client once the code differs (an edit, a saved edit, a shared link; from then on, Reset too)
 * and on a page reached by client-side navigation, which has no server HTML.
 */
function ExampleCode({code, original, awake}: ExampleCodeProps): ReactNode {
  const isBrowser = useIsBrowser();
  // Decided at the first render: hydrating the server's HTML, or drawing on the client.
  const [island, setIsland] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser);
  const onMissing = useCallback(() => setIsland(false), []);
  if (island && code !== original) setIsland(false);
  if (island && code === original) return <ServerHtml code={original} language="ts" className={ISLAND} awake={awake} onMissing={onMissing} />;
  return (
    <div className={ISLAND}>
      <CodeBlock language="ts">{code}</CodeBlock>
    </div>
  );
}

export default memo(ExampleCode);
