import React, {lazy, Suspense, type ReactNode} from 'react';
import {useNearViewport} from '@site/src/lib/use-near-viewport';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

// The lab brings the runner, its programs and the charts: it loads when the reader gets near
// it (or arrives by a link to it), not with the page.
const QuadrantLab = lazy(() => import('./index'));

export default function LazyQuadrantLab(): ReactNode {
  const [box, near] = useNearViewport<HTMLDivElement>({margin: '400px 0px'});
  const placeholder = (
    <div className={styles.placeholder} role="status">
      {translate({id: 'lab.quadrant.loading', message: '四象限实验正在载入……'})}
    </div>
  );
  return <div ref={box}>{near ? <Suspense fallback={placeholder}><QuadrantLab /></Suspense> : placeholder}</div>;
}
