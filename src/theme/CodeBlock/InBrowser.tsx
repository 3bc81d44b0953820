import React, {isValidElement, lazy, Suspense, useCallback, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import IslandButtons from './IslandButtons';

// Prism (prism-react-renderer and its grammars) costs ~70 ms of main thread to evaluate, ×4 on
// a throttled phone: it is loaded only when a block must be drawn in the browser (a page reached
// by client-side navigation, an edited example, a shown solution). Not prefetched: rspack's
// prefetch also asks for a CSS file of the main chunk that does not exist (a 404 on every page).
const Highlighted = lazy(() => import('./HighlightedInBrowser'));

/** Given to React while hydrating: it keeps the server's children of such an element as they are. */
const KEEP_SERVER_HTML = {__html: ''};

const textOf = (children: ReactNode): string | null =>
  React.Children.toArray(children).some((el) => isValidElement(el)) ? null : React.Children.toArray(children).join('');

/**
 * The server's highlighted HTML, kept as it is: React neither draws nor re-tokenizes it. Its copy
 * and word-wrap buttons are added once the reader comes to the block (pointer or focus), as
 * they are invisible until then.
 */
function ServerHtml({code, language, onMissing}: {code: string; language?: string; onMissing: () => void}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [pre, setPre] = useState<HTMLPreElement | null>(null);
  const [awake, setAwake] = useState(false);
  useLayoutEffect(() => {
    const found = box.current?.querySelector('pre');
    if (found?.parentElement) setPre(found);
    else onMissing();
  }, [onMissing]);
  const wake = () => setAwake(true);
  return (
    <>
      <div ref={box} onPointerEnter={wake} onFocus={wake} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />
      {pre && awake ? <IslandButtons code={code} language={language} pre={pre} /> : null}
    </>
  );
}

/** Until Prism has loaded: the plain code in the same box, so nothing moves when colour arrives. */
function Plain({code}: {code: string}): ReactNode {
  return (
    <pre className="prism-code">
      <code>{code}</code>
    </pre>
  );
}

/** The browser's code block: the server's HTML while hydrating; drawn with Prism when it must be. */
export default function InBrowserCodeBlock(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const code = textOf(props.children);
  // Decided at the first render: hydrating the server's HTML, or drawing on the client.
  const [first] = useState(code);
  const [island, setIsland] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser && code !== null);
  const onMissing = useCallback(() => setIsland(false), []);
  if (island && code !== first) setIsland(false);
  if (island && code === first && code !== null) {
    return <ServerHtml code={code} language={props.language ?? languageOf(props.className)} onMissing={onMissing} />;
  }
  return (
    <Suspense fallback={<Plain code={code ?? ''} />}>
      <Highlighted {...props} />
    </Suspense>
  );
}

function languageOf(className?: string): string | undefined {
  return className?.match(/language-(\S+)/)?.[1];
}
