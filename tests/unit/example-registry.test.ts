import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ExampleParseError, parseChapter, readRegistry} from '../../src/plugins/example-registry';

const root = path.resolve(__dirname, '../..');
const enDocs = path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current');
const chapterOrder = ['index', 'process/index', 'thread/index', 'coroutine/index', 'choosing/index', 'concurrency-vs-parallelism/index'];

const head = "---\nslug: /demo\ntitle: Demo\n---\n\nimport a from '@site/docs/process/examples/own-memory.ts?raw';\n\n";
const parse = (body: string) => parseChapter(head + body, 'demo.mdx', root);

describe('example registry', () => {
  it('lists every example file of the docs folders once, in both languages', () => {
    const files = fs
      .readdirSync(path.join(root, 'docs'), {recursive: true, encoding: 'utf8'})
      .filter((f) => /[\\/]examples[\\/][^\\/]+\.ts$/.test(f))
      .map((f) => `docs/${f.split(path.sep).join('/')}`)
      .sort();
    for (const translated of [null, enDocs]) {
      const registry = readRegistry(root, translated, chapterOrder);
      expect(registry.map((e) => e.file).sort()).toEqual(files);
    }
  });

  it('reads the section each example sits under, in each language', () => {
    const zh = readRegistry(root, null, chapterOrder).find((e) => e.id === 'one-after-another');
    const en = readRegistry(root, enDocs, chapterOrder).find((e) => e.id === 'one-after-another');
    expect(zh).toMatchObject({chapter: 'process', chapterTitle: '进程', section: {id: 'without-switching', title: '不会切换的 CPU'}});
    expect(en).toMatchObject({chapter: 'process', chapterTitle: 'Process', section: {id: 'without-switching'}});
    expect(en?.section?.title).toMatch(/^[A-Za-z]/);
  });

  it('keeps needsSharedMemory and timeLimit', () => {
    const [ex] = parse('## A {/* #a */}\n\n<Example id="x" code={a} needsSharedMemory timeLimit={20_000} />\n');
    expect(ex).toMatchObject({id: 'x', chapter: 'demo', needsSharedMemory: true, timeLimit: 20000, file: 'docs/process/examples/own-memory.ts', section: {id: 'a', title: 'A'}});
  });

  it('needs a slug and a title only on pages with examples', () => {
    expect(parseChapter('# Notes\n\nNo examples here.\n', 'notes.mdx', root)).toEqual([]);
    expect(() => parseChapter("import a from '@site/docs/process/examples/own-memory.ts?raw';\n<Example id=\"x\" code={a} />\n", 'bare.mdx', root)).toThrow(/^bare\.mdx:1: .*slug/);
  });

  it('ignores an <Example> inside fenced code', () => {
    expect(parse('```mdx\n<Example id="x" code={a} />\n```\n')).toEqual([]);
  });

  for (const [why, body] of [
    ['an unknown attribute', '<Example id="x" code={a} shared />'],
    ['a code that is no ?raw import', '<Example id="x" code={b} />'],
    ['a missing id', '<Example code={a} />'],
    ['a tag that does not close', '<Example id="x" code={a}>'],
    ['two examples with one id', '<Example id="x" code={a} />\n<Example id="x" code={a} />'],
  ]) {
    it(`stops the build on ${why}, naming the line`, () => {
      expect(() => parse(`## A {/* #a */}\n\n${body}\n`)).toThrow(ExampleParseError);
      expect(() => parse(`## A {/* #a */}\n\n${body}\n`)).toThrow(/^demo\.mdx:\d+: /);
    });
  }
});
