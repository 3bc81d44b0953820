import React, {useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {Props} from '@theme/Mermaid';
// Diagram source → SVG, drawn ahead by scripts/render-diagrams.mjs. Only the server build has
// the drawings (src/plugins/lab-plugin.ts gives the browser build the same sources with empty
// strings): they reach the browser in the page's HTML, never in its JavaScript.
import prerendered from '@lab/prerendered-diagrams';
import LazyDiagram from './LazyDiagram';
import styles from './styles.module.css';

/** Given to React while hydrating: it keeps the server's children of such an element as they are. */
const KEEP_SERVER_HTML = {__html: ''};

/** A short fingerprint of a diagram's source (FNV-1a), to tell whether the server's drawing is of this source. */
function diagramKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/**
 * A diagram. When it was drawn ahead, the server puts its SVG (light and dark) into the page and
 * the browser keeps it as it is: no Mermaid, no layout shift, no work during page load, and it
 * shows without JavaScript. Otherwise (a diagram not drawn ahead; a page reached by client-side
 * navigation, which has no server HTML) Mermaid draws it in the browser when the reader gets to it.
 */
export default function Mermaid(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const key = diagramKey(props.value);
  // Decided at the first render: keeping what the server drew, or drawing here (a diagram not
  // drawn ahead hydrates its placeholder as it is).
  const [keep, setKeep] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser && props.value in prerendered);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Nothing drawn ahead for this source (or drawn for another one): draw it here instead.
    if (keep && box.current?.dataset.drawnAhead !== key) setKeep(false);
  }, [keep, key]);

  if (!ExecutionEnvironment.canUseDOM) {
    const svg = prerendered[props.value];
    // The same outer element as while hydrating (below), so a diagram not drawn ahead hydrates in place.
    return svg ? (
      <div data-drawn-ahead={key}>
        <div className={styles.diagram} data-diagram="rendered">
          <div className="docusaurus-mermaid-container" dangerouslySetInnerHTML={{__html: svg}} />
        </div>
      </div>
    ) : (
      <div>
        <LazyDiagram {...props} />
      </div>
    );
  }
  // Different keys: leaving the server's drawing replaces its element, children and all.
  return keep ? (
    <div key="server" ref={box} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />
  ) : (
    <div key="drawn-here">
      <LazyDiagram {...props} />
    </div>
  );
}
