import React, {isValidElement, useCallback, useEffect, useState, type ComponentType, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ServerHtml from './ServerHtml';

// Prism (prism-react-renderer and its grammars) costs ~70 ms of main thread to evaluate, ×4 on
// a throttled phone: it is loaded only when a block must be drawn in the browser (a page reached
// by client-side navigation, an edited example, a shown solution). Not prefetched: rspack's
// prefetch also asks for a CSS file of the main chunk that does not exist (a 404 on every page).
// Loaded by hand rather than with React.lazy: a block that suspended just after hydration (a page
// opened with a reader's code in its link) held up the clicks on its example for a moment.
type Highlighter = ComponentType<Props>;
let highlighter: Highlighter | null = null;
let loading: Promise<Highlighter> | null = null;
const loadHighlighter = () =>
  (loading ??= import('./HighlightedInBrowser').then((m) => (highlighter = m.default)));

/** The highlighter once it has loaded; until then null (it is being loaded). */
function useHighlighter(): Highlighter | null {
  const [loaded, setLoaded] = useState(() => highlighter);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadHighlighter().then((h) => live && setLoaded(() => h), () => {}); // offline and not cached: the plain code stays
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

const textOf = (children: ReactNode): string | null =>
  React.Children.toArray(children).some((el) => isValidElement(el)) ? null : React.Children.toArray(children).join('');

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
  return <Drawn {...props} code={code} />;
}

function Drawn({code, ...props}: Props & {code: string | null}): ReactNode {
  const Highlighted = useHighlighter();
  return Highlighted ? <Highlighted {...props} /> : <Plain code={code ?? ''} />;
}

function languageOf(className?: string): string | undefined {
  return className?.match(/language-(\S+)/)?.[1];
}
