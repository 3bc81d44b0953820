import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// Predict-then-run questions: each is answered by a run of an example on its own page, so the
// example must be there; both languages ask the same questions with the same right answer; and a
// chapter with runnable examples asks at least two.
const root = path.resolve(__dirname, '../..');
const zhDir = path.join(root, 'docs');
const enDir = path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current');
const chapters = fs
  .readdirSync(zhDir, {withFileTypes: true})
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(zhDir, d.name, 'index.mdx')))
  .map((d) => d.name)
  .sort();

interface Asked {
  id: string;
  example: string;
  options: number;
  answer: number;
}

function predictions(text: string): Asked[] {
  return [...text.matchAll(/<Predict\b([\s\S]*?)>/g)].map((m) => {
    const attrs = m[1];
    const options = /options=\{\[([\s\S]*?)\]\}/.exec(attrs)?.[1] ?? '';
    return {
      id: /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '',
      example: /\bexample="([^"]+)"/.exec(attrs)?.[1] ?? '',
      // Options are single-quoted strings, one a line.
      options: options.split('\n').filter((l) => /^\s*'.*',?\s*$/.test(l)).length,
      answer: Number(/\banswer=\{(\d+)\}/.exec(attrs)?.[1] ?? NaN),
    };
  });
}
const exampleIds = (text: string) => [...text.matchAll(/<Example\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);

describe('predict-then-run questions', () => {
  it('finds the chapters', () => {
    expect(chapters).toEqual(expect.arrayContaining(['process', 'thread', 'coroutine', 'concurrency-vs-parallelism']));
  });

  for (const chapter of chapters) {
    const zh = fs.readFileSync(path.join(zhDir, chapter, 'index.mdx'), 'utf8');
    const en = fs.readFileSync(path.join(enDir, chapter, 'index.mdx'), 'utf8');
    it(`${chapter}: every question is answered by an example of its page, the same in both languages`, () => {
      for (const text of [zh, en]) {
        const ids = exampleIds(text);
        for (const p of predictions(text)) {
          expect(ids, `the example of predict "${p.id}"`).toContain(p.example);
          expect(p.options, `options of predict "${p.id}"`).toBeGreaterThanOrEqual(3);
          expect(p.answer).toBeGreaterThanOrEqual(0);
          expect(p.answer).toBeLessThan(p.options);
        }
      }
      expect(predictions(en)).toEqual(predictions(zh));
    });
    if (exampleIds(zh).length > 0) {
      it(`${chapter}: a chapter with runnable examples asks at least two questions`, () => {
        expect(predictions(zh).length).toBeGreaterThanOrEqual(2);
      });
    }
  }
});
