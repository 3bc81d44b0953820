import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ExampleParseError, parseChapter, parseExercises, readExercises, readRegistry} from '../../src/plugins/example-registry';

const root = path.resolve(__dirname, '../..');
const enDocs = path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current');
const chapterOrder = ['index', 'process/index', 'thread/index', 'coroutine/index', 'choosing/index', 'concurrency-vs-parallelism/index'];

const head = "---\nslug: /demo\ntitle: Demo\n---\n\nimport a from '@site/docs/process/examples/own-memory.zh.ts?raw';\n\n";
const parse = (body: string) => parseChapter(head + body, 'demo.mdx', root);

describe('example registry', () => {
  it("lists every example file of the docs folders once, in both languages, each language's own version", () => {
    const files = (lang: string) =>
      fs
        .readdirSync(path.join(root, 'docs'), {recursive: true, encoding: 'utf8'})
        .filter((f) => new RegExp(`[\\\\/]examples[\\\\/][^\\\\/]+\\.${lang}\\.ts$`).test(f))
        .map((f) => `docs/${f.split(path.sep).join('/')}`)
        .sort();
    expect(files('zh').length).toBeGreaterThan(10);
    expect(readRegistry(root, null, chapterOrder).map((e) => e.file).sort()).toEqual(files('zh'));
    expect(readRegistry(root, enDocs, chapterOrder).map((e) => e.file).sort()).toEqual(files('en'));
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
    expect(ex).toMatchObject({id: 'x', chapter: 'demo', needsSharedMemory: true, timeLimit: 20000, file: 'docs/process/examples/own-memory.zh.ts', section: {id: 'a', title: 'A'}});
  });

  it('reads an <Exercise> as no example (an exercise is not an embeddable example)', () => {
    const exercise = '<Exercise id="e" start={a} solution={a} check={c} needsSharedMemory>\n\nTask.\n\n</Exercise>\n';
    expect(parse(`## A {/* #a */}\n\n<Example id="x" code={a} />\n\n${exercise}`).map((e) => e.id)).toEqual(['x']);
    expect(parseChapter(`# Notes\n\n${exercise}`, 'notes.mdx', root)).toEqual([]);
  });

  it('lists the exercises of both languages with the same ids, under their headings', () => {
    const zh = readExercises(root, null, chapterOrder);
    const en = readExercises(root, enDocs, chapterOrder);
    expect(zh.map((x) => `${x.chapter}#${x.id}`)).toEqual(['process#round-robin', 'thread#remove-lost-updates', 'coroutine#overlap-downloads', 'choosing#responsive-coroutines', 'concurrency-vs-parallelism#use-every-core']);
    expect(en.map((x) => x.id)).toEqual(zh.map((x) => x.id));
    expect(zh[1]).toMatchObject({chapterTitle: '线程', section: {id: 'exercises', title: '练习'}, needsSharedMemory: true});
    expect(zh.find((x) => x.id === 'use-every-core')?.needsSharedMemory).toBe(false);
    // The flag after an arrow function's `=>` in check={…} is still read.
    const tagged = (attrs: string) => parseExercises(`---\nslug: /d\ntitle: D\n---\n<Exercise id="e" check={() => import('x')}${attrs}>\n</Exercise>\n`, 'd.mdx')[0];
    expect(tagged(' needsSharedMemory').needsSharedMemory).toBe(true);
    expect(tagged('').needsSharedMemory).toBe(false);
    expect(() => parseExercises('---\nslug: /d\ntitle: D\n---\n<Exercise start={a} />\n', 'd.mdx')).toThrow(/^d\.mdx:5: .*id=/);
  });

  it('needs a slug and a title only on pages with examples', () => {
    expect(parseChapter('# Notes\n\nNo examples here.\n', 'notes.mdx', root)).toEqual([]);
    expect(() => parseChapter("import a from '@site/docs/process/examples/own-memory.zh.ts?raw';\n<Example id=\"x\" code={a} />\n", 'bare.mdx', root)).toThrow(/^bare\.mdx:1: .*slug/);
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
