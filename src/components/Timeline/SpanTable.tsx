import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Span} from '@site/sandbox/contract/report';
import {kindName, spanLabel} from './names';
import {readyMs} from './ready';
import styles from './styles.module.css';

const ms = (v: number) => v.toFixed(1);

/** The timeline as a table, one row per span: the text alternative to the drawing. */
export default function SpanTable({lanes}: {lanes: {title: string; spans: Span[]}[]}): ReactNode {
  // Rows only while open: a run can draw thousands of spans, and each update would redo them all.
  const [open, setOpen] = useState(false);
  return (
    <details className={`${styles.tableBox} lab-no-print`} data-timeline-table="" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{translate({id: 'lab.timeline.table.show', message: '以表格查看'})}</summary>
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{translate({id: 'lab.timeline.table.lane', message: '泳道'})}</th>
              <th scope="col">{translate({id: 'lab.timeline.table.kind', message: '类型'})}</th>
              <th scope="col">{translate({id: 'lab.timeline.table.label', message: '标签'})}</th>
              <th scope="col">{translate({id: 'lab.timeline.table.start', message: '开始 (ms)'})}</th>
              <th scope="col">{translate({id: 'lab.timeline.table.end', message: '结束 (ms)'})}</th>
              <th scope="col">{translate({id: 'lab.timeline.table.duration', message: '时长 (ms)'})}</th>
              <th scope="col">{translate({id: 'lab.timeline.table.ready', message: '其中等待 CPU (ms)'})}</th>
            </tr>
          </thead>
          <tbody>
            {!open ? null : lanes.flatMap(({title, spans}) =>
              [...spans]
                .sort((a, b) => a.start - b.start || a.end - b.end)
                .map((s, i) => (
                  <tr key={`${title}:${i}`}>
                    <td>{title}</td>
                    <td>{kindName(s.kind)}</td>
                    <td>{spanLabel(s.label, s.labelCut)}</td>
                    <td className={styles.num}>{ms(s.start)}</td>
                    <td className={styles.num}>{ms(s.end)}</td>
                    <td className={styles.num}>{ms(s.end - s.start)}</td>
                    <td className={styles.num}>{readyMs(s) > 0 ? ms(readyMs(s)) : ''}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
