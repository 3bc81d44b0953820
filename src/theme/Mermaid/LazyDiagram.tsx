import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import OriginalMermaid from '@theme-original/Mermaid';
import type {Props} from '@theme/Mermaid';
import styles from './styles.module.css';

/** Events that show the reader has started to move through the page. */
const MOVES = ['scroll', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Renders a diagram only when the reader gets to it: Mermaid is a large library, and a reader who
 * never scrolls to the diagram should not pay for it on page load. A diagram mostly in view
 * renders at once; one just below the fold renders ahead of time, but only once the reader
 * starts to scroll (a sliver peeking in at the bottom of the first screen does not count).
 * For a diagram that scripts/render-diagrams.mjs has not drawn ahead, and after client-side
 * navigation (./index.tsx).
 */
export default function LazyDiagram(props: Props): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const VISIBLE = 0.25;
    const show = (entries: IntersectionObserverEntry[]) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    };
    const inView = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.intersectionRatio >= VISIBLE)) setNear(true);
      },
      {threshold: VISIBLE},
    );
    inView.observe(el);
    let ahead: IntersectionObserver | null = null;
    const onMove = () => {
      if (ahead) return;
      ahead = new IntersectionObserver(show, {rootMargin: '300px 0px'});
      ahead.observe(el);
    };
    for (const type of MOVES) window.addEventListener(type, onMove, {passive: true});
    return () => {
      inView.disconnect();
      ahead?.disconnect();
      for (const type of MOVES) window.removeEventListener(type, onMove);
    };
  }, [near]);
  return (
    <div ref={box} className={near ? styles.diagram : styles.placeholder} data-diagram={near ? 'rendered' : 'waiting'}>
      {near ? <OriginalMermaid {...props} /> : null}
    </div>
  );
}
