import fs from 'node:fs';
import path from 'node:path';

/** One `<Example>` of a chapter, as read from the chapter's MDX (never written by hand). */
export interface RegistryExample {
  id: string;
  /** The chapter's slug without the slash: `process`. */
  chapter: string;
  chapterTitle: string;
  /** The heading the example sits under; absent if it comes before the first heading. */
  section?: {id: string; title: string};
  /** The example's source file, relative to the site: `docs/process/examples/x.ts`. */
  file: string;
  needsSharedMemory: boolean;
  timeLimit?: number;
}

/** Thrown for an `<Example>` the registry cannot read: the build stops and names the line. */
export class ExampleParseError extends Error {}

const HEADING = /^#{2,6} +(.*?)\s*\{\/\*\s*#([\w-]+)\s*\*\/\}\s*$/;
/** `import name from '@site/….ts?raw'`, one to a line: an example's or an exercise's source. */
export const RAW_IMPORT = /^import +(\w+) +from +'([^']+)\?raw';?\s*$/;
const EXAMPLE_TAG = /^<Example((?:\s+\w+(?:=(?:"[^"]*"|\{[^{}]*\}))?)*)\s*\/>/;
const ATTRIBUTE = /(\w+)(?:=("[^"]*"|\{[^{}]*\}))?/g;

/** The text of a heading without its Markdown: what a reader sees. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}

function frontMatterField(text: string, key: string): string | undefined {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const value = new RegExp(`^${key}:\\s*(.+?)\\s*$`, 'm').exec(block)?.[1];
  return value?.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * Reads the examples of one MDX chapter. `siteDir` resolves `@site/` imports; `where` names the
 * file in errors. Any `<Example` it cannot read exactly is an error, so the registry cannot
 * silently miss an example.
 */
export function parseChapter(text: string, where: string, siteDir: string): RegistryExample[] {
  // Blank out fenced code (keeping line numbers): an `<Example` shown as code is not an example.
  const source = text.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ' '));
  const lines = source.split('\n');
  const fail = (index: number, why: string): never => {
    const line = source.slice(0, index).split('\n').length;
    throw new ExampleParseError(`${where}:${line}: ${why}`);
  };
  if (!/<Example\b/.test(source)) return [];
  // The embed path and the examples page need both; a page without examples needs neither.
  const slug = frontMatterField(text, 'slug') ?? fail(0, 'a page with examples needs `slug:` in its front matter');
  const chapterTitle = frontMatterField(text, 'title') ?? fail(0, 'a page with examples needs `title:` in its front matter');
  const chapter = slug.replace(/^\/+|\/+$/g, '');

  const imports = new Map<string, string>();
  for (const line of lines) {
    const m = RAW_IMPORT.exec(line);
    if (m) imports.set(m[1], m[2]);
  }

  // Line start offsets, to find the heading above a given offset.
  const headingAt: {offset: number; id: string; title: string}[] = [];
  let offset = 0;
  for (const line of lines) {
    const m = HEADING.exec(line);
    if (m) headingAt.push({offset, id: m[2], title: plainText(m[1])});
    offset += line.length + 1;
  }

  const examples: RegistryExample[] = [];
  for (const match of source.matchAll(/<Example\b/g)) {
    const at = match.index;
    const tag = EXAMPLE_TAG.exec(source.slice(at));
    if (!tag) fail(at, 'cannot read this <Example>: write it as <Example id="…" code={…} [needsSharedMemory] [timeLimit={ms}] />');
    const props: Record<string, string | true> = {};
    for (const [, name, value] of tag![1].matchAll(ATTRIBUTE)) props[name] = value ?? true;

    const id = props.id;
    if (typeof id !== 'string' || !/^"[a-z0-9][a-z0-9-]*"$/.test(id)) fail(at, '<Example> needs id="lower-case-words"');
    const codeName = typeof props.code === 'string' ? /^\{(\w+)\}$/.exec(props.code)?.[1] : undefined;
    const importPath = codeName ? imports.get(codeName) : undefined;
    if (!importPath) fail(at, '<Example> needs code={name} where name is an `import name from \'….ts?raw\'` of this file');
    if (!importPath!.startsWith('@site/')) fail(at, `the example import must start with @site/: ${importPath}`);
    const file = importPath!.slice('@site/'.length);
    if (!fs.existsSync(path.join(siteDir, file))) fail(at, `the example file does not exist: ${file}`);

    let needsSharedMemory = false;
    let timeLimit: number | undefined;
    for (const [name, value] of Object.entries(props)) {
      if (name === 'id' || name === 'code') continue;
      if (name === 'needsSharedMemory') {
        if (value !== true && value !== '{true}' && value !== '{false}') fail(at, 'needsSharedMemory takes no value, {true} or {false}');
        needsSharedMemory = value !== '{false}';
      } else if (name === 'timeLimit') {
        const ms = typeof value === 'string' ? /^\{(\d[\d_]*)\}$/.exec(value)?.[1] : undefined;
        if (!ms) fail(at, 'timeLimit must be a number of ms: timeLimit={20000}');
        timeLimit = Number(ms!.replace(/_/g, ''));
      } else {
        fail(at, `unknown <Example> attribute "${name}"`);
      }
    }

    const heading = headingAt.filter((h) => h.offset < at).at(-1);
    examples.push({
      id: (id as string).slice(1, -1),
      chapter,
      chapterTitle,
      ...(heading ? {section: {id: heading.id, title: heading.title}} : {}),
      file,
      needsSharedMemory,
      ...(timeLimit !== undefined ? {timeLimit} : {}),
    });
  }
  const ids = examples.map((e) => e.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) fail(0, `two examples have the id "${twice}"`);
  return examples;
}

/** One `<Exercise>` of a chapter: listed on `/examples`, linked at `/<chapter>#exercise-<id>`. */
export interface RegistryExercise {
  id: string;
  chapter: string;
  chapterTitle: string;
  /** The heading the exercise sits under. */
  section?: {id: string; title: string};
  /** The `<Exercise>` has `needsSharedMemory`. */
  needsSharedMemory: boolean;
}

const EXERCISE_ID = /^<Exercise\b[^>]*?\bid="([a-z0-9][a-z0-9-]*)"/;

/** The JSX opening tag that starts at `at`, up to its `>` outside braces (`check={() => …}` holds one). */
function openingTag(source: string, at: number): string {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return source.slice(at, i + 1);
  }
  return source.slice(at);
}

/** Reads the exercises of one MDX chapter; an `<Exercise` without a readable id stops the build. */
export function parseExercises(text: string, where: string): RegistryExercise[] {
  const source = text.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ' '));
  if (!/<Exercise\b/.test(source)) return [];
  const fail = (index: number, why: string): never => {
    throw new ExampleParseError(`${where}:${source.slice(0, index).split('\n').length}: ${why}`);
  };
  const slug = frontMatterField(text, 'slug') ?? fail(0, 'a page with exercises needs `slug:` in its front matter');
  const chapterTitle = frontMatterField(text, 'title') ?? fail(0, 'a page with exercises needs `title:` in its front matter');
  const headings: {offset: number; id: string; title: string}[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    const m = HEADING.exec(line);
    if (m) headings.push({offset, id: m[2], title: plainText(m[1])});
    offset += line.length + 1;
  }
  return [...source.matchAll(/<Exercise\b/g)].map((match) => {
    const id = EXERCISE_ID.exec(source.slice(match.index))?.[1] ?? fail(match.index, '<Exercise> needs id="lower-case-words"');
    const heading = headings.filter((h) => h.offset < match.index).at(-1);
    const tag = openingTag(source, match.index);
    return {
      id,
      chapter: slug.replace(/^\/+|\/+$/g, ''),
      chapterTitle,
      ...(heading ? {section: {id: heading.id, title: heading.title}} : {}),
      needsSharedMemory: /\sneedsSharedMemory(\s|>|\/>|=\{true\})/.test(tag),
    };
  });
}

/**
 * The MDX files of the site in one language, each with its text: the default-language docs,
 * each replaced by its translation where one exists (as the docs plugin does), in the sidebar's
 * chapter order.
 */
function chapterFiles(siteDir: string, localizedDocsDir: string | null, chapterOrder: string[]): {file: string; text: string}[] {
  const docsDir = path.join(siteDir, 'docs');
  const files = fs
    .readdirSync(docsDir, {recursive: true, encoding: 'utf8'})
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  const rank = (file: string) => {
    const i = chapterOrder.indexOf(file.replace(/\.mdx?$/, '').split(path.sep).join('/'));
    return i < 0 ? chapterOrder.length : i;
  };
  files.sort((a, b) => rank(a) - rank(b));
  return files.map((rel) => {
    const translated = localizedDocsDir ? path.join(localizedDocsDir, rel) : null;
    const file = translated && fs.existsSync(translated) ? translated : path.join(docsDir, rel);
    return {file, text: fs.readFileSync(file, 'utf8')};
  });
}

/** Every example of the site in one language, in the sidebar's chapter order. */
export function readRegistry(siteDir: string, localizedDocsDir: string | null, chapterOrder: string[]): RegistryExample[] {
  const all = chapterFiles(siteDir, localizedDocsDir, chapterOrder).flatMap(({file, text}) => parseChapter(text, path.relative(siteDir, file), siteDir));
  const keys = all.map((e) => `${e.chapter}/${e.id}`);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new ExampleParseError(`two examples would embed at /embed/${twice}`);
  return all;
}

/** Every exercise of the site in one language, in the sidebar's chapter order. */
export function readExercises(siteDir: string, localizedDocsDir: string | null, chapterOrder: string[]): RegistryExercise[] {
  const all = chapterFiles(siteDir, localizedDocsDir, chapterOrder).flatMap(({file, text}) => parseExercises(text, path.relative(siteDir, file)));
  const ids = all.map((e) => e.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new ExampleParseError(`two exercises have the id "${twice}"`);
  return all;
}
