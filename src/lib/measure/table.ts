/**
 * Results as a small table students can paste into a lab report: Markdown or CSV.
 * Framework-free.
 */

export type Cell = string | number | null | undefined;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell;
}

/** A GitHub-flavoured Markdown table; `|` inside a cell is escaped, line breaks become spaces. */
export function toMarkdown({headers, rows}: Table): string {
  const esc = (c: Cell) => text(c).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: Cell[]) => `| ${cells.map(esc).join(' | ')} |`;
  const align = headers.map((_, i) => (rows.length > 0 && rows.every((r) => typeof r[i] === 'number') ? '---:' : '---'));
  return [line(headers), `| ${align.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
export function toCSV({headers, rows}: Table): string {
  const esc = (c: Cell) => {
    const t = text(c);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return [headers, ...rows].map((r) => r.map(esc).join(',')).join('\r\n');
}

/** Rounds to `digits` significant digits, for tables (keeps integers of any size whole). */
export function sig(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (Math.abs(value) >= 10 ** digits) return Math.round(value);
  return Number(value.toPrecision(digits));
}
