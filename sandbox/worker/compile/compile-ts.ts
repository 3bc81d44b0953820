/**
 * TypeScript's own compiler, for the programs the fast path must not compile
 * (see compileExample in compile.ts). Loaded on first need: it is big (see the README).
 * `transpileModule` compiles one file as tsc does (no type check), to ES2022, the level the
 * site's browsers run, so decorators, `accessor` and `using` are lowered and run everywhere.
 * Its output is then laid out on the reader's lines (as sucrase's is), so an error's line is
 * the reader's line.
 */
import ts from 'typescript';
import {CompileError} from './source-location';
import type {Transpile} from './compile';

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedModules: true,
  // No line comments in the output: lines are joined below.
  removeComments: true,
  sourceMap: true,
};

export const transpileWithTypeScript: Transpile = (source) => {
  const out = ts.transpileModule(source, {compilerOptions: options, fileName: 'example.ts', reportDiagnostics: true});
  const error = out.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error) {
    const at = error.file && error.start !== undefined ? error.file.getLineAndCharacterOfPosition(error.start) : undefined;
    throw new CompileError(
      ts.flattenDiagnosticMessageText(error.messageText, '\n'),
      at ? {line: at.line + 1, column: at.character + 1} : undefined,
    );
  }
  const js = out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const map = JSON.parse(out.sourceMapText ?? '{"mappings": ""}') as {mappings: string};
  return onSourceLines(js, firstSourceLines(map.mappings));
};

/**
 * Puts each output line on the source line it came from: blank lines are added before a line
 * whose source comes later, and a line whose source is not later than where the output
 * already is (helpers, the lines one statement became) is joined to the line before, unless
 * the line break lies inside a literal (a template's text, a string continued over lines),
 * where joining would change the program. Columns are not kept.
 */
export function onSourceLines(js: string, sourceLineOf: (number | undefined)[]): string {
  const lines = js.replace(/\n$/, '').split('\n');
  const unsafe = breaksInsideLiterals(js);
  const out: string[] = [];
  let offset = 0;
  lines.forEach((line, g) => {
    const breakBefore = offset - 1; // the newline that ends the previous output line
    offset += line.length + 1;
    const target = sourceLineOf[g];
    if (out.length === 0) {
      out.push(line);
    } else if (target !== undefined && target > out.length) {
      while (out.length < target - 1) out.push('');
      out.push(line);
    } else if (unsafe.has(breakBefore)) {
      out.push(line);
    } else {
      out[out.length - 1] += ` ${line.trim()}`;
    }
  });
  return `${out.join('\n')}\n`;
}

/** Offsets of the line breaks inside string, template and regular expression literals. */
function breaksInsideLiterals(js: string): Set<number> {
  const file = ts.createSourceFile('out.js', js, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const breaks = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node) ||
      ts.isRegularExpressionLiteral(node)
    ) {
      for (let i = node.getStart(file); i < node.end; i++) if (js[i] === '\n') breaks.add(i);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return breaks;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** For each generated line (0-based), the 1-based source line of its first mapping. */
export function firstSourceLines(mappings: string): (number | undefined)[] {
  const result: (number | undefined)[] = [];
  let sourceLine = 0;
  for (const line of mappings.split(';')) {
    let first: number | undefined;
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeVlq(segment);
      if (fields.length >= 4) {
        sourceLine += fields[2];
        first ??= sourceLine + 1;
      }
    }
    result.push(first);
  }
  return result;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
