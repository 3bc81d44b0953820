/**
 * Stacks as a reader can use them: the reader's module is a `blob:` URL, shown as
 * `example.ts` (its lines are the reader's lines), and frames inside the site's own runtime
 * (any http(s) URL: the runner's bundle) are dropped.
 */
const BLOB_URL = /blob:[^\s()]*?(?=:\d+:\d+)/g;
const RUNTIME_FRAME = /^\s*at .*\bhttps?:\/\/\S*:\d+:\d+\)?\s*$/;

export function cleanStack(text: string): string {
  if (!text.includes('    at ')) return text;
  return text
    .replace(BLOB_URL, 'example.ts')
    .split('\n')
    .filter((line) => !RUNTIME_FRAME.test(line))
    .join('\n');
}
