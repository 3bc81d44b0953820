import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import OriginalMermaid from '@theme-original/Mermaid';
import type {Props} from '@theme/Mermaid';
import styles from './styles.module.css';

/**
 * Renders a diagram only when it comes near the viewport: Mermaid is a large library, and a
 * reader who never scrolls to the diagram should not pay for it on page load.
 */
export default function Mermaid(props: Props): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      {rootMargin: '300px 0px'},
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} className={near ? styles.diagram : styles.placeholder} data-diagram={near ? 'rendered' : 'waiting'}>
      {near ? <OriginalMermaid {...props} /> : null}
    </div>
  );
}
