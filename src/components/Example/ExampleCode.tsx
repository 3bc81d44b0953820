import React, {memo, useCallback, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import IslandButtons from '@site/src/theme/CodeBlock/IslandButtons';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

/** Given to React while hydrating: it keeps the server's children of such an element as they are. */
const KEEP_SERVER_HTML = {__html: ''};
/** The box around the code: the same element on the server and while hydrating. */
const ISLAND = 'lab-example-code';

/**
 * The example's code exactly as the server drew it (highlighted HTML), kept as it is: the
 * client neither renders nor re-tokenizes it, so hydrating a page costs the same however much
 * example code it shows. Only its two small buttons are React's, added once the reader comes
 * near the example (`awake`): they are invisible until hovered or focused, and checking whether
 * the code needs a word-wrap button reads the layout, which would lengthen the page's start.
 */
function ServerCode({code, awake, onMissing}: {code: string; awake: boolean; onMissing: () => void}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [pre, setPre] = useState<HTMLPreElement | null>(null);
  useLayoutEffect(() => {
    const found = box.current?.querySelector('pre');
    if (found?.parentElement) setPre(found);
    else onMissing();
  }, [onMissing]);
  return (
    <>
      <div ref={box} className={ISLAND} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />
      {pre && awake ? <IslandButtons code={code} language="ts" pre={pre} /> : null}
    </>
  );
}

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
  if (island && code === original) return <ServerCode code={original} awake={awake} onMissing={onMissing} />;
  return (
    <div className={ISLAND}>
      <CodeBlock language="ts">{code}</CodeBlock>
    </div>
  );
}

export default memo(ExampleCode);
