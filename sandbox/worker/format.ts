/**
 * Values printed as Node prints them: `node-inspect-extracted` is Node's own `util.inspect`
 * and `util.format` (lib/internal/util/inspect.js) with only its imports replaced, so
 * `console.log(x)` here reads as `console.log(x)` in Node. The release is pinned to the one
 * whose output equals the Node this project runs and tests on (tests/unit/format.test.ts
 * compares the two). What it cannot see from plain JavaScript (a promise's state, a Proxy's
 * target) is printed as a placeholder or as what the object shows.
 */
import util from 'node-inspect-extracted';
import {FORMAT_DEPTH, FORMAT_MAX_ITEMS, MAX_LINE_LENGTH} from '../contract/limits';

/** Node's console defaults, within this site's caps. */
export const INSPECT_OPTIONS = {
  depth: FORMAT_DEPTH,
  maxArrayLength: FORMAT_MAX_ITEMS,
  maxStringLength: MAX_LINE_LENGTH,
} as const;

type Inspect = (value: unknown, options?: Record<string, unknown>) => string;
const lib = util as unknown as {
  inspect: Inspect;
  formatWithOptions: (options: object, ...args: unknown[]) => string;
  getStringWidth: (text: string) => number;
};

/** Formats one value as console.log prints it (strings as they are); never throws. */
export function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : inspectValue(value);
}

/** Formats one value as Node's `util.inspect` would (strings quoted); never throws. */
export function inspectValue(value: unknown, options: Record<string, unknown> = {}): string {
  try {
    return lib.inspect(value, {...INSPECT_OPTIONS, ...options});
  } catch (err) {
    return unprintable(err);
  }
}

/**
 * Formats console arguments into one text as Node's console does (`util.formatWithOptions`):
 * `%s %d %i %f %j %o %O %c %%` in a leading string (`%c` takes its CSS and prints nothing), the
 * rest joined by spaces. Never throws.
 */
export function formatArgs(args: readonly unknown[]): string {
  try {
    return lib.formatWithOptions(INSPECT_OPTIONS, ...args);
  } catch {
    // One argument that cannot be printed must not hide the others.
    return args.map((arg) => formatValue(arg)).join(' ');
  }
}

/** Columns a text takes in a monospace font (CJK characters take two), as Node counts them. */
export function stringWidth(text: string): number {
  try {
    return lib.getStringWidth(text);
  } catch {
    return text.length;
  }
}

function unprintable(err: unknown): string {
  return `[unprintable: ${safeString(err)}]`;
}

function safeString(v: unknown): string {
  try {
    return v instanceof Error ? `${v.name}: ${v.message}` : String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** Cuts a line to the limit and says how much was cut. */
export function clampLine(text: string, max = MAX_LINE_LENGTH): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
