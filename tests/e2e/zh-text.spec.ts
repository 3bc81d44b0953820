import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Locator} from '@playwright/test';
import {CHAPTERS, readyExample} from './helpers';

// The Chinese pages speak Chinese: everything an example shows a reader outside its code (its
// buttons, what it prints, the status, errors, the timeline's labels, legend, summary and table),
// before and after Run, has no English words except the code's own identifiers and a few terms
// Chinese texts write in English. The code itself is checked by tests/unit/example-versions.test.ts.

const root = path.resolve(__dirname, '../..');
// Atomics.wait's return values (ok, not-equal, timed-out) are printed as they are, like identifiers.
const TERMS = new Set(
  `CPU GIL I/O IO Worker worker workers main lab ms µs ns Promise async await JavaScript TypeScript
   Atomics SharedArrayBuffer Web Python Node Go setTimeout queueMicrotask OK
   Ctrl Enter Shift Tab Esc iframe HTML URL undefined null true false NaN ok not-equal timed-out`.split(/\s+/),
);

/** The words of the example's own code: names a reader typed (or will) may appear anywhere. */
function identifiers(file: string): Set<string> {
  const code = fs.readFileSync(path.join(root, file), 'utf8');
  return new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

/** The text a reader sees in the example, without its code (server HTML or an editor). */
async function visibleText(ex: Locator): Promise<string> {
  return ex.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('pre, code, .cm-editor, .monaco-editor, [data-code]')) el.remove();
    // innerText needs layout: measure the copy in the page, off-screen.
    copy.style.position = 'absolute';
    copy.style.left = '-10000px';
    document.body.append(copy);
    const text = copy.innerText;
    const titles = [...copy.querySelectorAll('[title], [aria-label]')].map((el) => `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
    copy.remove();
    return `${text}\n${titles.join('\n')}`;
  });
}

function englishWords(text: string, allowed: Set<string>): string[] {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]{1}/g) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3 && !allowed.has(w) && !TERMS.has(w)))];
}

for (const chapter of CHAPTERS) {
  const mdx = fs.readFileSync(path.join(root, 'docs', chapter, 'index.mdx'), 'utf8');
  const imports = Object.fromEntries([...mdx.matchAll(/^import (\w+) from '@site\/([^']+)\?raw';$/gm)].map((m) => [m[1], m[2]]));
  const examples = [...mdx.matchAll(/<Example\b[^>]*\bid="([^"]+)"[^>]*\bcode=\{(\w+)\}/g)].map((m) => ({id: m[1], file: imports[m[2]]}));
  if (examples.length === 0) continue;

  test(`zh /${chapter}: every example reads in Chinese outside its code, before and after Run`, async ({page}) => {
    test.setTimeout(40_000 + examples.length * 25_000);
    await page.goto(`/${chapter}`);
    for (const {id, file} of examples) {
      const ex = await readyExample(page, id);
      const allowed = identifiers(file);
      expect(englishWords(await visibleText(ex), allowed), `${id} before Run`).toEqual([]);
      await ex.getByRole('button', {name: '运行', exact: true}).click();
      await expect(ex.locator('[data-status]')).not.toHaveAttribute('data-status', /starting|running/, {timeout: 30_000});
      const table = ex.locator('details:has([data-timeline-table]) > summary');
      if (await table.count()) await table.first().click();
      expect(englishWords(await visibleText(ex), allowed), `${id} after Run`).toEqual([]);
    }
  });
}

test('zh: the runtime speaks Chinese when a program goes wrong', async ({page}) => {
  await page.goto('/process');
  const ex = await readyExample(page, 'own-memory');
  await ex.getByRole('button', {name: '编辑', exact: true}).click();
  const editor = ex.locator('.monaco-editor, .cm-editor').first();
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText("import {spawn} from 'lab';\nconst f: any = 1;\nspawn(f);\n");
  await ex.getByRole('button', {name: '运行', exact: true}).click();
  await expect(ex.getByRole('alert')).toHaveText(/^运行时错误（第 3 行）：TypeError: spawn\(fn, \.\.\.args\) 的第一个参数必须是函数$/);
  await expect(ex.locator('[data-status]')).toHaveText(/^出错了/);
});
