import {transform} from 'sucrase';
import {parse} from 'es-module-lexer/js';
import {CompileError, locate} from './source-location';
import {needsTypeScript} from './ts-constructs';
import {say} from '../../shared/messages';

export {CompileError, locate};

/** The only module examples may import. */
export const LAB_MODULE = 'lab';

export interface Compiled {
  /** JavaScript with the same lines as the reader's code; `lab` imports point at `labUrl`. */
  js: string;
  /** Local names bound to lab exports: local name → export name ("*" for a namespace). */
  bindings: Record<string, string>;
}

/** TypeScript → JavaScript; throws a CompileError for code that cannot be compiled. */
export type Transpile = (source: string) => string;

/** The fast path: sucrase strips the types and keeps every line where it was. */
export const sucrase: Transpile = (source) => {
  try {
    return transform(source, {transforms: ['typescript'], disableESTransforms: true}).code;
  } catch (err) {
    throw toCompileError(err);
  }
};

/**
 * TypeScript → JavaScript with `transpile` (sucrase unless told), and every
 * `import … from 'lab'` pointed at `labUrl`. Any other import is a CompileError: examples
 * run with nothing else.
 */
export function compile(source: string, labUrl: string, transpile: Transpile = sucrase): Compiled {
  const js = transpile(stripBom(source));
  const [imports] = parseImports(js);
  const bindings: Record<string, string> = {};
  let out = '';
  let last = 0;
  for (const imp of imports) {
    if (imp.d === -2) continue; // import.meta
    if (imp.d >= 0) {
      throw new CompileError(say('dynamicImport'), locate(js, imp.ss));
    }
    if (imp.n !== LAB_MODULE) {
      throw new CompileError(say('onlyLab', {name: imp.n ?? js.slice(imp.s, imp.e)}), locate(js, imp.s));
    }
    Object.assign(bindings, parseBindings(js.slice(imp.ss, imp.s)));
    out += js.slice(last, imp.s) + labUrl;
    last = imp.e;
  }
  return {js: out + js.slice(last), bindings};
}

/** Which compiler a program takes: see compileExample. */
export type CompilerName = 'sucrase' | 'typescript';

/**
 * Compiles a reader's program as `tsc` would: on the fast path (sucrase) unless the program
 * uses a construct sucrase cannot compile or reads differently (ts-constructs.ts), or sucrase
 * fails on it; then with TypeScript's own `transpileModule`, loaded on first need.
 */
export async function compileExample(
  source: string,
  labUrl: string,
  loadTypeScript: () => Promise<Transpile> = loadTypeScriptTranspile,
): Promise<Compiled & {compiler: CompilerName}> {
  if (!needsTypeScript(stripBom(source))) {
    let js: string | null = null;
    try {
      js = sucrase(stripBom(source));
    } catch {
      // TypeScript's compiler decides: it reads more than sucrase, and words its errors as tsc.
    }
    if (js !== null) return {...compile(js, labUrl, (code) => code), compiler: 'sucrase'};
  }
  return {...compile(source, labUrl, await loadTypeScript()), compiler: 'typescript'};
}

/** Set by the bundler: true in the runner's bundle, false where no reader code is compiled
 * (the site's own bundle, whose in-page runs are fixed programs); tests leave it undefined. */
declare const LAB_TYPESCRIPT_FALLBACK: boolean | undefined;

const loadTypeScriptTranspile = async (): Promise<Transpile> =>
  (
    await (typeof LAB_TYPESCRIPT_FALLBACK === 'undefined' || LAB_TYPESCRIPT_FALLBACK
      ? import(/* webpackChunkName: "typescript" */ './compile-ts')
      : Promise.reject(new CompileError(say('noTypeScriptHere'))))
  ).transpileWithTypeScript;

function parseImports(js: string) {
  try {
    return parse(js);
  } catch (err) {
    const idx = (err as {idx?: number}).idx;
    throw new CompileError(
      say('unreadableImports', {why: (err as Error).message}),
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
