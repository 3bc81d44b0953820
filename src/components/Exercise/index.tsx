import React, {lazy, Suspense, useEffect, useState, type ReactNode} from 'react';
import {useNearViewport} from '@site/src/lib/use-near-viewport';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ExerciseCheck} from '@site/src/lib/exercise';
import ExampleCode from '../Example/ExampleCode';
import exampleStyles from '../Example/styles.module.css';
import styles from './styles.module.css';

export interface ExerciseProps {
  /** Stable id, the same in both languages: the anchor is `#exercise-<id>`. */
  id: string;
  /** The code the reader starts from (`start.<lang>.ts?raw`). */
  start: string;
  /** One right answer, shown on request after a first Check (`solution.<lang>.ts?raw`). */
  solution: string;
  /** Loads the exercise's check (`() => import('…/check')`): how many runs, and what must hold of them. */
  check: () => Promise<{default: ExerciseCheck}>;
  /** Uses SharedArrayBuffer: says so when the page is not cross-origin isolated. */
  needsSharedMemory?: boolean;
  /** The task, in the page's language. */
  children?: ReactNode;
  /** Set on an embed page: the chapter to run it on when the embed cannot (no shared memory). */
  fullPageHref?: string;
}

// The working part (editor, runs, check, verdict) shares the examples' code, which the page's own
// chunk does not hold: it loads when the reader comes near the exercise, so a reader who only
// reads downloads none of it, and the chapter's JavaScript stays what it was.
const loadInteractive = () => import('./Interactive');
const Interactive = lazy(loadInteractive);

/**
 * An exercise the page checks. Until the reader comes near it (it scrolls into view, a link points
 * at it, the pointer or focus reaches it), it is its task and its starting code as the server drew
 * them; then the working part takes over (see Interactive.tsx).
 */
export default function Exercise(props: ExerciseProps): ReactNode {
  const {id, start, children} = props;
  const anchor = `exercise-${id}`;
  // Wanted once the reader comes near it, points at it or arrives by a link to it.
  const [box, wanted, want] = useNearViewport<HTMLElement>({margin: '300px 0px'});
  const [check, setCheck] = useState<ExerciseCheck | null>(null);
  useBrokenLinks().collectAnchor(anchor);

  useEffect(() => {
    const aimed = () => window.location.hash.startsWith(`#${anchor}`);
    if (aimed()) want();
    const onHash = () => aimed() && want();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [anchor, want]);

  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    void loadInteractive();
    props.check().then(
      (m) => live && setCheck(() => m.default),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted]); // props.check is a fresh closure each render: load once, when wanted

  const waiting = (
    <section
      ref={box}
      id={anchor}
      data-exercise={id}
      className={`${exampleStyles.example} ${styles.exercise}`}
      onPointerEnter={want}
      onFocus={want}
      aria-label={translate({id: 'lab.exercise.label', message: '练习 {id}'}, {id})}>
      <div className={styles.title}>{translate({id: 'lab.exercise.title', message: '练习'})}</div>
      <div className={styles.task}>{children}</div>
      <div className={exampleStyles.staticCode}>
        {/* The server's highlighted HTML, kept as it is while hydrating (as an example's code is). */}
        <ExampleCode code={start.trimEnd()} original={start.trimEnd()} awake={false} />
      </div>
      <div className={`${exampleStyles.toolbar} lab-no-print`}>
        <button type="button" className="button button--sm button--primary" disabled>
          {translate({id: 'lab.exercise.check', message: '检查'})}
        </button>
        {/* The same buttons as the working part draws, so nothing moves when it takes over. */}
        {[
          translate({id: 'lab.button.run', message: '运行'}),
          translate({id: 'lab.button.stop', message: '停止'}),
          translate({id: 'lab.button.edit', message: '编辑'}),
          translate({id: 'lab.button.reset', message: '重置'}),
          translate({id: 'lab.exercise.solution.show', message: '看答案'}),
          translate({id: 'lab.button.copyLink', message: '复制链接'}),
          translate({id: 'lab.button.embed', message: '嵌入'}),
        ].map((label) => (
          <button key={label} type="button" className="button button--sm button--secondary" disabled>
            {label}
          </button>
        ))}
      </div>
    </section>
  );

  if (!wanted || !check) return waiting;
  return (
    <Suspense fallback={waiting}>
      <Interactive {...props} check={check} />
    </Suspense>
  );
}
