import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// Claim coverage of the Thread, Coroutine and Concurrency-vs-parallelism chapters.
// The claims come from the content brief (CONTENT.md, sections 2, 3 and 5): ▶ needs a
// runnable example, ◆ a diagram or a measured chart. The brief lives outside the
// repository (../shared/CONTENT.md); when it is there, the list below is checked against it.

type Figure = 'mermaid' | 'chart' | 'timeline';
interface Claim {
  example: boolean; // ▶
  figure?: Figure; // ◆: what shows it
  added?: boolean; // listed under the brief's "Added lessons", not in the chapter's own section
}

const CHAPTERS: Record<string, Record<string, Claim>> = {
  thread: {
    T1: {example: false},
    T2: {example: true},
    T3: {example: false},
    T4: {example: true},
    T5: {example: false},
    T6: {example: true},
    T7: {example: true, added: true},
  },
  coroutine: {
    C1: {example: false},
    C2: {example: true, figure: 'chart'},
    C3: {example: true},
    C4: {example: false},
    C5: {example: true}, // an added lesson (tasks and microtasks)
  },
  'concurrency-vs-parallelism': {
    CP1: {example: false},
    CP2: {example: true, figure: 'timeline'}, // the examples' measured timelines
    CP3: {example: true},
    CP4: {example: false},
    CP5: {example: true},
    CP6: {example: true},
    CP7: {example: false, figure: 'mermaid'},
    CP8: {example: true, added: true}, // channels: a pipeline with fan-out and fan-in
  },
};

const root = path.resolve(__dirname, '../..');
const LOCALES = {
  zh: path.join(root, 'docs'),
  en: path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current'),
};
const brief = path.resolve(root, '../shared/CONTENT.md');

const read = (file: string) => fs.readFileSync(file, 'utf8');

/** Claim ids named in `{/* claims: A, B *\/}` comments, with the offset of each comment. */
function claimComments(text: string): {id: string; at: number}[] {
  return [...text.matchAll(/\{\/\*\s*claims:\s*([^*]+?)\s*\*\/\}/g)].flatMap((m) =>
    m[1].split(/[\s,]+/).filter(Boolean).map((id) => ({id, at: m.index ?? 0})),
  );
}

/** The text from `at` to the next level-2 heading: the section the comment sits in. */
function sectionFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const next = rest.slice(1).search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

describe('claim list', () => {
  it('matches the content brief when it is available', () => {
    if (!fs.existsSync(brief)) {
      // A clone without the shared folder: the list above stands on its own.
      expect(Object.keys(CHAPTERS)).toHaveLength(3);
      return;
    }
    const text = read(brief);
    for (const claims of Object.values(CHAPTERS)) {
      for (const [id, claim] of Object.entries(claims)) {
        const line = new RegExp(`^- ${id} (.*)$`, 'm').exec(text);
        expect(line, `${id} in CONTENT.md`).not.toBeNull();
        const marks = /^([▶◆]*)/.exec(line![1])![1];
        expect(marks.includes('▶'), `${id} ▶`).toBe(claim.example);
        expect(marks.includes('◆'), `${id} ◆`).toBe(claim.figure !== undefined);
      }
    }
    // And no claim of these chapters' own sections is missing from the list. The brief's
    // "Added lessons" (T7, C5, CP8, …) are new lessons: listed above once they are written.
    const [chapterSections, added = ''] = text.split(/^## Added lessons/m);
    for (const [prefix, chapter] of [
      ['T', 'thread'],
      ['C', 'coroutine'],
      ['CP', 'concurrency-vs-parallelism'],
    ]) {
      const ids = [...chapterSections.matchAll(new RegExp(`^- (${prefix}\\d+) `, 'gm'))].map((m) => m[1]);
      const listed = Object.keys(CHAPTERS[chapter]).filter((id) => !new RegExp(`^- ${id} `, 'm').test(added));
      expect(ids.sort()).toEqual(listed.sort());
    }
  });
});

for (const [chapter, claims] of Object.entries(CHAPTERS)) {
  for (const [locale, dir] of Object.entries(LOCALES)) {
    describe(`${chapter} (${locale})`, () => {
      const file = path.join(dir, chapter, 'index.mdx');
      const text = read(file);
      const comments = claimComments(text);

      it('names every claim of the chapter in a claims comment, and no other', () => {
        const named = new Set(comments.map((c) => c.id));
        expect([...named].sort()).toEqual(Object.keys(claims).sort());
      });

      for (const [id, claim] of Object.entries(claims)) {
        const sections = () => comments.filter((c) => c.id === id).map((c) => sectionFrom(text, c.at));
        if (claim.example) {
          it(`${id} ▶ has a runnable example in its section`, () => {
            expect(sections().some((s) => /<Example\b[^>]*\bid="[^"]+"/.test(s))).toBe(true);
          });
        }
        if (claim.figure) {
          it(`${id} ◆ has a ${claim.figure} in its section`, () => {
            const pattern = {
              mermaid: /^```mermaid$/m,
              chart: /<ExampleChart\b/,
              timeline: /<Example\b/, // every example draws a measured timeline
            }[claim.figure!];
            expect(sections().some((s) => pattern.test(s))).toBe(true);
          });
        }
      }

      it('keeps claim ids out of the reader’s view', () => {
        const visible = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
        for (const id of Object.keys(claims)) {
          expect(visible, id).not.toMatch(new RegExp(`\\b${id}\\b`));
        }
      });

      it('imports only example files that exist', () => {
        const sources = [...text.matchAll(/^import \w+ from '@site\/([^']+)\?raw';$/gm)].map((m) => m[1]);
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) expect(fs.existsSync(path.join(root, source)), source).toBe(true);
      });
    });
  }

  it(`${chapter}: example sources carry no claim ids`, () => {
    const dir = path.join(LOCALES.zh, chapter, 'examples');
    for (const file of fs.readdirSync(dir)) {
      const source = read(path.join(dir, file));
      expect(source, file).not.toMatch(/claims?:/i);
      for (const id of Object.keys(claims)) expect(source, `${file}: ${id}`).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
  });
}

it('example ids are unique across the whole site and differ from heading ids', () => {
  const ids: string[] = [];
  const headings = new Set<string>();
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  for (const file of walk(LOCALES.zh)) {
    const text = read(file);
    ids.push(...[...text.matchAll(/<Example\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
    for (const m of text.matchAll(/\{\/\*\s*#([\w-]+)\s*\*\/\}/g)) headings.add(m[1]);
  }
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(headings.has(id), id).toBe(false);
});
