import React, {useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {ChangeObject} from 'diff';
import styles from './styles.module.css';

/** A line diff, computed with jsdiff once the reader asks for it (the library loads then). */
function useLineDiff(from: string, to: string): ChangeObject<string>[] | null {
  const [changes, setChanges] = useState<ChangeObject<string>[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('diff').then(({diffLines}) => live && setChanges(diffLines(from, to)));
    return () => {
      live = false;
    };
  }, [from, to]);
  return changes;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Unchanged lines kept around each change; longer unchanged stretches fold into one line. */
const CONTEXT = 2;

type Row = {kind: 'added' | 'removed' | 'same'; text: string} | {kind: 'folded'; count: number};

function rows(changes: ChangeObject<string>[]): Row[] {
  return changes.flatMap((change, i): Row[] => {
    const lines = splitLines(change.value);
    if (change.added || change.removed) return lines.map((text) => ({kind: change.added ? 'added' : 'removed', text}));
    const keepHead = i === 0 ? 0 : CONTEXT;
    const keepTail = i === changes.length - 1 ? 0 : CONTEXT;
    if (lines.length <= keepHead + keepTail + 1) return lines.map((text) => ({kind: 'same', text}));
    return [
      ...lines.slice(0, keepHead).map((text): Row => ({kind: 'same', text})),
      {kind: 'folded', count: lines.length - keepHead - keepTail},
      ...lines.slice(lines.length - keepTail).map((text): Row => ({kind: 'same', text})),
    ];
  });
}

function LineDiff({from, to, caption}: {from: string; to: string; caption: string}): ReactNode {
  const changes = useLineDiff(from.trimEnd() + '\n', to.trimEnd() + '\n');
  return (
    <figure className={styles.diffFigure}>
      <figcaption>{caption}</figcaption>
      {changes ? (
        <pre className={styles.diff}>
          {rows(changes).map((row, i) => {
            if (row.kind === 'folded') {
              return (
                <span key={i} className={styles.folded}>
                  {`  ${translate({id: 'lab.compare.folded', message: '⋯ {count} 行未变'}, {count: row.count})}\n`}
                </span>
              );
            }
            if (row.kind === 'added') return <ins key={i}>{`+ ${row.text}\n`}</ins>;
            if (row.kind === 'removed') return <del key={i}>{`- ${row.text}\n`}</del>;
            return <span key={i}>{`  ${row.text}\n`}</span>;
          })}
        </pre>
      ) : null}
    </figure>
  );
}

/**
 * What changed between a reader's saved edit and an original that was updated after it:
 * the update itself (when the save remembers the old original), and the edit against the
 * new original. Nothing is changed here; Reset stays the reader's choice.
 */
export default function CompareEdits({edit, original, oldOriginal}: {edit: string; original: string; oldOriginal?: string}): ReactNode {
  return (
    <div className={styles.compare} data-compare role="region" aria-label={translate({id: 'lab.compare.label', message: '对比你的修改与原始示例'})}>
      {oldOriginal !== undefined ? (
        <LineDiff
          from={oldOriginal}
          to={original}
          caption={translate({id: 'lab.compare.originalUpdate', message: '原始示例的更新（− 旧版，+ 新版）'})}
        />
      ) : null}
      <LineDiff
        from={original}
        to={edit}
        caption={translate({id: 'lab.compare.yourEdit', message: '你的版本与新的原始示例（− 仅在原始示例中，+ 仅在你的版本中）'})}
      />
    </div>
  );
}
