import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Span} from '@site/sandbox/report';
import {kindName} from './names';
import styles from './styles.module.css';

const ms = (v: number) => v.toFixed(1);

/** The timeline as a table, one row per span: the text alternative to the drawing. */
export default function SpanTable({lanes}: {lanes: {title: string; spans: Span[]}[]}): ReactNode {
  return (
    <details className={`${styles.tableBox} lab-no-print`} data-timeline-table="">
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
            </tr>
          </thead>
          <tbody>
            {lanes.flatMap(({title, spans}) =>
              [...spans]
                .sort((a, b) => a.start - b.start || a.end - b.end)
                .map((s, i) => (
                  <tr key={`${title}:${i}`}>
                    <td>{title}</td>
                    <td>{kindName(s.kind)}</td>
                    <td>{s.label ?? ''}</td>
                    <td className={styles.num}>{ms(s.start)}</td>
                    <td className={styles.num}>{ms(s.end)}</td>
                    <td className={styles.num}>{ms(s.end - s.start)}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
