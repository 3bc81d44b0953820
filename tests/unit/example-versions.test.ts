import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

// Each example has a Chinese version (x.zh.ts, for the zh pages) and an English one (x.en.ts),
// side by side. They may differ only in comments and in the text of strings: the same code, so
// the same behaviour, share links and structure in both languages.
const root = path.resolve(__dirname, '../..');
const dirs = fs
  .readdirSync(path.join(root, 'docs'), {withFileTypes: true})
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'docs', d.name, 'examples')))
  .map((d) => path.join(root, 'docs', d.name, 'examples'));

const STRINGS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/** The code without what a translation may change: node kinds, names and numbers, in order. */
export function shape(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    const kind = ts.SyntaxKind[node.kind];
    if (STRINGS.has(node.kind)) out.push(kind);
    else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) out.push(`${kind} ${node.text}`);
    else if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node) || ts.isRegularExpressionLiteral(node)) out.push(`${kind} ${node.text}`);
    else out.push(kind);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Letters of the Latin alphabet in comments and strings: what a Chinese version should not be made of. */
function latinWords(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (STRINGS.has(node.kind)) texts.push((node as ts.LiteralLikeNode).text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.SingleLineCommentTrivia || t === ts.SyntaxKind.MultiLineCommentTrivia) texts.push(scanner.getTokenText());
  }
  return texts.join('\n').match(/[A-Za-z][A-Za-z'-]{2,}/g) ?? [];
}

/** English words a Chinese example may still use: names from the code, and terms Chinese texts write in English. */
const ALLOWED_IN_ZH = new Set(
  `lab work sleep span spawn now lane cores canShareMemory sharedInts mutex lock unlock withLock result kill name
   main worker Worker workers CPU GIL I/O IO JavaScript TypeScript Atomics SharedArrayBuffer Promise async await
   setTimeout queueMicrotask console log table Python Node Go yield next generator ms
   took waited pauses total count ready run fulfilled timed-out channel send receive close`.split(/\s+/),
);

// An exercise's code (docs/<chapter>/exercises/<id>/start|solution|wrong.<lang>.ts) follows the
// same rule; its check.ts is the page's code, not the reader's, and has one version.
const exerciseFiles = fs
  .readdirSync(path.join(root, 'docs'), {recursive: true, encoding: 'utf8'})
  .filter((f) => /(^|\/)exercises\/[^/]+\/[^/]+\.(zh|en)\.ts$/.test(f))
  .map((f) => path.join(root, 'docs', f));

const versions = [
  ...dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f)),
  ),
  ...exerciseFiles,
];

describe('example versions', () => {
  it('every example file is x.zh.ts or x.en.ts, and each has its twin', () => {
    expect(versions.length).toBeGreaterThan(10);
    expect(exerciseFiles.length, 'the exercises\' code is checked too').toBeGreaterThanOrEqual(12);
    for (const file of versions) {
      expect(file, 'examples are named <id>.zh.ts and <id>.en.ts').toMatch(/\/[a-z0-9-]+\.(zh|en)\.ts$/);
      const twin = file.endsWith('.zh.ts') ? file.replace(/\.zh\.ts$/, '.en.ts') : file.replace(/\.en\.ts$/, '.zh.ts');
      expect(fs.existsSync(twin), `${path.relative(root, file)} has no twin`).toBe(true);
    }
  });

  for (const zh of versions.filter((f) => f.endsWith('.zh.ts'))) {
    const name = path.relative(root, zh).replace(/\.zh\.ts$/, '');
    const en = zh.replace(/\.zh\.ts$/, '.en.ts');
    it(`${name}: both versions are the same code (they differ only in comments and strings)`, () => {
      expect(shape(fs.readFileSync(en, 'utf8'))).toEqual(shape(fs.readFileSync(zh, 'utf8')));
    });
    it(`${name}: the Chinese version's comments and strings are Chinese`, () => {
      const source = fs.readFileSync(zh, 'utf8');
      const english = latinWords(source).filter((w) => !ALLOWED_IN_ZH.has(w) && !source.includes(`${w}(`) && !new RegExp(`\\b(const|let|function)\\s+${w}\\b|\\b${w}\\s*[:=]|\\.${w}\\b`).test(source));
      expect(english, 'English words in the Chinese version (only identifiers and known terms may stay)').toEqual([]);
      expect(source, 'the Chinese version speaks Chinese').toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('shape() tells code apart but not strings or comments', () => {
    expect(shape("// a\nconsole.log('x', `y ${1}`);")).toEqual(shape("// 乙\nconsole.log('甲', `丙 ${1}`);"));
    expect(shape('work(100);')).not.toEqual(shape('work(200);'));
    expect(shape('a + b;')).not.toEqual(shape('a - b;'));
    expect(shape('f(a);')).not.toEqual(shape('f(b);'));
  });
});
