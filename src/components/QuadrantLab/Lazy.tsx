import React, {lazy, Suspense, useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

// The lab brings the runner, its programs and the charts: it loads when the reader gets near
// it (or arrives by a link to it), not with the page.
const QuadrantLab = lazy(() => import('./index'));

export default function LazyQuadrantLab(): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '400px 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  const placeholder = (
    <div className={styles.placeholder} role="status">
      {translate({id: 'lab.quadrant.loading', message: '四象限实验正在载入……'})}
    </div>
  );
  return <div ref={box}>{near ? <Suspense fallback={placeholder}><QuadrantLab /></Suspense> : placeholder}</div>;
}
