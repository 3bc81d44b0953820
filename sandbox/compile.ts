import {transform} from 'sucrase';
import {parse} from 'es-module-lexer/js';
import {CompileError, locate} from './source-location';

export {CompileError, locate};

/** The only module examples may import. */
export const LAB_MODULE = 'lab';

export interface Compiled {
  /** JavaScript with the same lines as the reader's code; `lab` imports point at `labUrl`. */
  js: string;
  /** Local names bound to lab exports: local name → export name ("*" for a namespace). */
  bindings: Record<string, string>;
}

/**
 * TypeScript → JavaScript (types stripped, lines kept), and every `import … from 'lab'`
 * pointed at `labUrl`. Any other import is a CompileError: examples run with nothing else.
 */
export function compile(source: string, labUrl: string): Compiled {
  let js: string;
  try {
    js = transform(stripBom(source), {transforms: ['typescript'], disableESTransforms: true}).code;
  } catch (err) {
    throw toCompileError(err);
  }
  const [imports] = parseImports(js);
  const bindings: Record<string, string> = {};
  let out = '';
  let last = 0;
  for (const imp of imports) {
    if (imp.d === -2) continue; // import.meta
    if (imp.d >= 0) {
      throw new CompileError(
        'Dynamic import() is not available in examples: import what you need from "lab" at the top.',
        locate(js, imp.ss),
      );
    }
    if (imp.n !== LAB_MODULE) {
      throw new CompileError(
        `Cannot import "${imp.n ?? js.slice(imp.s, imp.e)}": examples can only import from "lab".`,
        locate(js, imp.s),
      );
    }
    Object.assign(bindings, parseBindings(js.slice(imp.ss, imp.s)));
    out += js.slice(last, imp.s) + labUrl;
    last = imp.e;
  }
  return {js: out + js.slice(last), bindings};
}

function parseImports(js: string) {
  try {
    return parse(js);
  } catch (err) {
    const idx = (err as {idx?: number}).idx;
    throw new CompileError(
      `Could not read the imports and exports: ${(err as Error).message}`,
      typeof idx === 'number' ? locate(js, idx) : undefined,
    );
  }
}

/** Reads `import {a, b as c} from`, `import * as ns from`, `import d, {e} from` (sans quotes). */
export function parseBindings(clause: string): Record<string, string> {
  const bindings: Record<string, string> = {};
  if (/^\s*import\s+type\s/.test(clause)) return bindings;
  const body = clause.replace(/^\s*import\s+/, '').replace(/\s*from\s*['"]?$/, '');
  const ns = /\*\s*as\s+([\w$]+)/.exec(body);
  if (ns) bindings[ns[1]] = '*';
  const named = /\{([^}]*)\}/.exec(body);
  if (named) {
    for (const part of named[1].split(',')) {
      const m = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(part);
      if (m && !/^\s*type\s/.test(part)) bindings[m[2] ?? m[1]] = m[1];
    }
  }
  return bindings;
}

function stripBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

function toCompileError(err: unknown): CompileError {
  const e = err as {message?: string; loc?: {line: number; column: number}};
  const message = String(e.message ?? err);
  const pos = /\((\d+):(\d+)\)\s*$/.exec(message);
  const location = e.loc
    ? {line: e.loc.line, column: e.loc.column + 1}
    : pos
      ? {line: Number(pos[1]), column: Number(pos[2]) + 1}
      : undefined;
  return new CompileError(message.replace(/\s*\(\d+:\d+\)\s*$/, ''), location);
}
