/**
 * `console.table`'s box, as Node draws it (lib/internal/cli_table.js and `table()` in
 * lib/internal/console/constructor.js, MIT): left-aligned cells, widths counted in columns.
 */
import {inspectValue, stringWidth} from '../format';

const INDEX = '(index)';
const ITERATION_INDEX = '(iteration index)';
const KEY = 'Key';
const VALUES = 'Values';

/** How Node prints one cell: shallow, at most 3 array items, on one line. */
function cell(v: unknown): string {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  return inspectValue(v, {depth, maxArrayLength: 3, breakLength: Infinity});
}

const indexes = (length: number) => Array.from({length}, (_, i) => cell(i));

/**
 * The table for `console.table(data, properties)`, or null when `data` is not an object
 * (then Node logs it as it is).
 */
export function renderTable(data: unknown, properties?: readonly string[]): string | null {
  if (data === null || typeof data !== 'object') return null;
  if (data instanceof Map) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [k, v] of data) {
      keys.push(cell(k));
      values.push(cell(v));
    }
    return draw([ITERATION_INDEX, KEY, VALUES], [indexes(keys.length), keys, values]);
  }
  if (data instanceof Set) {
    const values = [...data].map(cell);
    return draw([ITERATION_INDEX, VALUES], [indexes(values.length), values]);
  }
  const columns: Record<string, string[]> = Object.create(null);
  let hasPrimitives = false;
  const primitiveColumn: string[] = [];
  const rowKeys = Object.keys(data);
  rowKeys.forEach((rowKey, i) => {
    const item = (data as Record<string, unknown>)[rowKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveColumn[i] = cell(item);
      return;
    }
    for (const key of properties ?? Object.keys(item as object)) {
      columns[key] ??= [];
      columns[key][i] =
        (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)
          ? ''
          : cell((item as Record<string, unknown>)[key]);
    }
  });
  const head = Object.keys(columns);
  const body = Object.values(columns);
  if (hasPrimitives) {
    head.push(VALUES);
    body.push(primitiveColumn);
  }
  return draw([INDEX, ...head], [rowKeys, ...body]);
}

function draw(head: string[], columns: string[][]): string {
  const widths = head.map(stringWidth);
  const longest = Math.max(...columns.map((c) => c.length));
  const rows: string[][] = [];
  head.forEach((_, i) => {
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      rows[j][i] = value;
      widths[i] = Math.max(widths[i] ?? 0, stringWidth(value));
    }
  });
  const divider = widths.map((w) => '─'.repeat(w + 2));
  const row = (cells: string[]) =>
    `│ ${cells.map((c, i) => c + ' '.repeat(widths[i] - stringWidth(c))).join(' │ ')} │`;
  return [
    `┌${divider.join('┬')}┐`,
    row(head),
    `├${divider.join('┼')}┤`,
    ...rows.map(row),
    `└${divider.join('┴')}┘`,
  ].join('\n');
}
