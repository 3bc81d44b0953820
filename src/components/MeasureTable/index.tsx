import React, {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {toCSV, toMarkdown, type Cell, type Table} from '@site/src/lib/measure/table';
import styles from './styles.module.css';

export interface MeasureTableProps {
  table: Table;
  /** One key per row (put on the row as data-row, for tests and links). */
  keys: string[];
  /** The row's main figure (data-value), so tests can read it without parsing text. */
  values?: (number | undefined)[];
  caption?: ReactNode;
  /** Columns copied (Markdown, CSV) but not shown: raw figures for a lab report that the page shows formatted. */
  copyOnly?: number[];
}

/** A results table with buttons that copy it as Markdown or CSV, for a lab report. */
export default function MeasureTable({table, keys, values, caption, copyOnly = []}: MeasureTableProps): ReactNode {
  const shown = (j: number) => !copyOnly.includes(j);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (format: 'md' | 'csv') => {
    const text = format === 'md' ? toMarkdown(table) : toCSV(table);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(format);
      setTimeout(() => setCopied(null), 1500);
    } catch {
      window.prompt(translate({id: 'lab.measure.copyManual', message: '剪贴板不可用，请手动复制：'}), text);
    }
  };
  return (
    <div className={styles.wrap}>
      <div className={styles.scroll}>
      <table className={styles.table}>
        {caption ? <caption className={styles.caption}>{caption}</caption> : null}
        <thead>
          <tr>
            {table.headers.map((h, j) => (shown(j) ? <th key={h}>{h}</th> : null))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={keys[i]} data-row={keys[i]} data-value={values?.[i] ?? undefined}>
              {r.map((c: Cell, j) => (!shown(j) ? null : j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <div className={styles.copy}>
        <button type="button" className="button button--sm button--secondary" data-action="copy-md" onClick={() => void copy('md')}>
          {copied === 'md'
            ? translate({id: 'lab.measure.copied', message: '已复制'})
            : translate({id: 'lab.measure.copyMarkdown', message: '复制为 Markdown'})}
        </button>
        <button type="button" className="button button--sm button--secondary" data-action="copy-csv" onClick={() => void copy('csv')}>
          {copied === 'csv'
            ? translate({id: 'lab.measure.copied', message: '已复制'})
            : translate({id: 'lab.measure.copyCsv', message: '复制为 CSV'})}
        </button>
      </div>
    </div>
  );
}
