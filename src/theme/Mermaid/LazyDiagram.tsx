import React, {type ReactNode} from 'react';
import {useNearViewport} from '@site/src/lib/use-near-viewport';
import OriginalMermaid from '@theme-original/Mermaid';
import type {Props} from '@theme/Mermaid';
import styles from './styles.module.css';

/**
 * Renders a diagram only when the reader gets to it: Mermaid is a large library, and a reader who
 * never scrolls to the diagram should not pay for it on page load. A diagram mostly in view
 * renders at once; one just below the fold renders ahead of time, but only once the reader
 * starts to scroll (a sliver peeking in at the bottom of the first screen does not count).
 * For a diagram that scripts/render-diagrams.mjs has not drawn ahead, and after client-side
 * navigation (./index.tsx).
 */
export default function LazyDiagram(props: Props): ReactNode {
  const [box, near] = useNearViewport<HTMLDivElement>({margin: '300px 0px', afterMove: true, visibleShare: 0.25});
  return (
    <div ref={box} className={near ? styles.diagram : styles.placeholder} data-diagram={near ? 'rendered' : 'waiting'}>
      {near ? <OriginalMermaid {...props} /> : null}
    </div>
  );
}
