import inspect from 'object-inspect';
import {FORMAT_DEPTH, FORMAT_MAX_ITEMS, MAX_LINE_LENGTH} from './limits';

const inspectOptions = {depth: FORMAT_DEPTH, maxStringLength: MAX_LINE_LENGTH};

/** Formats one value like a browser console would; never throws. */
export function formatValue(value: unknown): string {
  try {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return formatError(value);
    if (Array.isArray(value) && value.length > FORMAT_MAX_ITEMS) {
      const shown = inspect(value.slice(0, FORMAT_MAX_ITEMS), inspectOptions);
      return `${shown.slice(0, -2)}, … ${value.length - FORMAT_MAX_ITEMS} more items ]`;
    }
    return inspect(value, inspectOptions);
  } catch (err) {
    return `[unprintable: ${safeString(err)}]`;
  }
}

function formatError(err: Error): string {
  const name = safeString(err.name || 'Error');
  const message = safeString(err.message);
  return message ? `${name}: ${message}` : name;
}

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

const FORMAT_SPECIFIER = /%[sdifoOc%]/g;

/**
 * Formats console arguments into one line, with printf-style specifiers in a leading
 * string (%s %d %i %f %o %O %c), as browsers do.
 */
export function formatArgs(args: readonly unknown[]): string {
  const rest = [...args];
  let head = '';
  if (typeof rest[0] === 'string' && rest.length > 1 && rest[0].includes('%')) {
    const template = rest.shift() as string;
    head = template.replace(FORMAT_SPECIFIER, (spec) => {
      if (spec === '%%') return '%';
      if (rest.length === 0) return spec;
      const arg = rest.shift();
      switch (spec) {
        case '%s':
          return typeof arg === 'string' ? arg : formatValue(arg);
        case '%d':
        case '%i':
          return typeof arg === 'bigint' ? `${arg}n` : String(Math.trunc(Number(arg)));
        case '%f':
          return String(Number(arg));
        case '%c':
          return '';
        default:
          return formatValue(arg);
      }
    });
    if (rest.length === 0) return head;
    head += ' ';
  }
  return head + rest.map(formatValue).join(' ');
}

/** Cuts a line to the limit and says how much was cut. */
export function clampLine(text: string, max = MAX_LINE_LENGTH): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
