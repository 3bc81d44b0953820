import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// Every Chinese doc has an English twin with the same heading ids and the same examples.
const root = path.resolve(__dirname, '../..');
const zhDir = path.join(root, 'docs');
const enDir = path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current');

function mdxFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
}

const mdxImports = (text: string) => [...text.matchAll(/^import \w+ from '([^']+\.mdx)';$/gm)].map((m) => m[1]);

const headingIds = (text: string) => [...text.matchAll(/^#{1,6} .*\{\/\*\s*#([\w-]+)\s*\*\/\}\s*$/gm)].map((m) => m[1]);
const examples = (text: string) =>
  [...text.matchAll(/<Example\b[^>]*\bid="([^"]+)"[^>]*\bcode=\{(\w+)\}/g)].map((m) => m[1]);
const exercises = (text: string) => [...text.matchAll(/<Exercise\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
const rawImports = (text: string) =>
  Object.fromEntries([...text.matchAll(/^import (\w+) from '([^']+\?raw)';$/gm)].map((m) => [m[1], m[2]]));
const slug = (text: string) => /^slug:\s*(\S+)\s*$/m.exec(text)?.[1];

describe('zh/en parity', () => {
  const zh = mdxFiles(zhDir);

  it('finds the chapters', () => {
    expect(zh).toEqual(expect.arrayContaining(['index.mdx', 'process/index.mdx', 'thread/index.mdx']));
  });

  it('has an English twin for every Chinese doc and no extra', () => {
    expect(mdxFiles(enDir)).toEqual(zh);
  });

  for (const file of zh) {
    it(`${file}: same slug, heading ids, examples and example sources`, () => {
      const a = fs.readFileSync(path.join(zhDir, file), 'utf8');
      const b = fs.readFileSync(path.join(enDir, file), 'utf8');
      expect(slug(b)).toBe(slug(a));
      expect(headingIds(b)).toEqual(headingIds(a));
      expect(examples(b)).toEqual(examples(a));
      expect(exercises(b)).toEqual(exercises(a));
      // Each language shows its own exercise code too; the check (check.ts) is shared.
      const exerciseSources = (text: string) => Object.values(rawImports(text)).filter((s) => s.includes('/exercises/'));
      expect(exerciseSources(a).every((s) => s.endsWith('.zh.ts?raw')), 'zh pages import the zh exercise code').toBe(true);
      expect(exerciseSources(b)).toEqual(exerciseSources(a).map((s) => s.replace(/\.zh\.ts\?raw$/, '.en.ts?raw')));
      // Each exercise's task is a partial beside the page in its own language (the embed page shows it too).
      const tasks = exercises(a).map((id) => `./exercises/${id}/_task.mdx`);
      expect(mdxImports(a)).toEqual(expect.arrayContaining(tasks));
      expect(mdxImports(b)).toEqual(expect.arrayContaining(tasks));
      for (const t of tasks) expect(fs.existsSync(path.join(enDir, path.dirname(file), t)), `${t} in English`).toBe(true);
      const srcA = rawImports(a);
      const srcB = rawImports(b);
      const sourcesOf = (text: string, imports: Record<string, string>) =>
        [...text.matchAll(/<Example\b[^>]*\bcode=\{(\w+)\}/g)].map((m) => imports[m[1]]);
      // Each language shows its own version of an example: x.zh.ts on the zh page, x.en.ts on the en page.
      const zhSources = sourcesOf(a, srcA);
      expect(zhSources.every((s) => s.endsWith('.zh.ts?raw')), 'zh pages import x.zh.ts').toBe(true);
      expect(sourcesOf(b, srcB)).toEqual(zhSources.map((s) => s.replace(/\.zh\.ts\?raw$/, '.en.ts?raw')));
    });
  }

  it('every heading in every doc has an explicit id', () => {
    for (const dir of [zhDir, enDir]) {
      for (const file of mdxFiles(dir)) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8').replace(/```[\s\S]*?```/g, '');
        const bare = text.split('\n').filter((l) => /^#{2,6} /.test(l) && !/\{\/\*\s*#[\w-]+\s*\*\/\}\s*$/.test(l));
        expect(bare, `${dir}/${file}`).toEqual([]);
      }
    }
  });
});
