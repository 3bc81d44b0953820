import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {LOCALES, readyExample, runAndWait} from './helpers';

const ID = 'messages-are-copies';

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';
  test(`${where}: an edit survives a reload, Reset restores the original, Undo brings the edit back`, async ({page}) => {
    await page.goto(`${locale.prefix}/process#${ID}`);
    let ex = await readyExample(page, ID);
    const original = await ex.locator('pre').innerText();
    await ex.locator('pre').click();
    const editor = ex.locator('.monaco-editor');
    await expect(editor).toBeVisible();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type("console.log('edited by a reader');");
    await expect(ex.getByRole('button', {name: locale.reset, exact: true})).toBeEnabled();
    await page.waitForTimeout(600); // saving waits for a pause in typing

    await page.reload();
    ex = await readyExample(page, ID);
    await expect(ex.locator('[data-notice="restored-edit"]')).toBeVisible();
    await expect(ex.locator('pre')).toContainText("console.log('edited by a reader');");
    const lines = await runAndWait(ex, locale.run);
    expect(lines.at(-1)).toBe('edited by a reader');

    await ex.getByRole('button', {name: locale.reset, exact: true}).click();
    await expect(ex.locator('pre')).not.toContainText('edited by a reader');
    expect((await ex.locator('pre').innerText()).trim()).toBe(original.trim());
    await ex.locator('[data-notice="reset"] button').first().click(); // Undo
    await expect(ex.locator('pre')).toContainText("console.log('edited by a reader');");

    // Reset again and reload: the original stays.
    await ex.getByRole('button', {name: locale.reset, exact: true}).click();
    await page.waitForTimeout(400);
    await page.reload();
    ex = await readyExample(page, ID);
    await expect(ex.locator('[data-notice]')).toHaveCount(0);
    await expect(ex.locator('pre')).not.toContainText('edited by a reader');
  });
}

test('Ctrl+Enter in the editor runs the edited code', async ({page}) => {
  await page.goto(`/en/process#${ID}`);
  const ex = await readyExample(page, ID);
  await ex.getByRole('button', {name: 'Edit', exact: true}).click();
  await expect(ex.locator('.monaco-editor')).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.type("console.log('typed', 6 * 7);");
  await page.keyboard.press('Control+Enter');
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  await expect(ex.locator('[role="log"]')).toContainText('typed 42');
});

test('print shows the code as edited and the last output, without controls', async ({page}) => {
  await page.goto(`/en/process#${ID}`);
  const ex = await readyExample(page, ID);
  await ex.getByRole('button', {name: 'Edit', exact: true}).click();
  await expect(ex.locator('.monaco-editor')).toBeVisible();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type("console.log('printed');");
  await page.keyboard.press('Control+Enter');
  await expect(ex.locator('[data-status]')).toHaveAttribute('data-status', 'done');
  await page.emulateMedia({media: 'print'});
  await expect(ex.locator('.monaco-editor')).toBeHidden();
  await expect(ex.locator('.lab-print-only')).toBeVisible();
  await expect(ex.locator('.lab-print-only')).toContainText("console.log('printed');");
  await expect(ex.locator('[role="log"]')).toContainText('printed');
  await expect(ex.getByRole('button', {name: 'Run', exact: true})).toBeHidden();
  await expect(page.locator('.navbar')).toBeHidden();
});

test('when storage is blocked, editing still works and the reader is told edits will not be kept', async ({page}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`/en/process#${ID}`);
  const ex = await readyExample(page, ID);
  await ex.getByRole('button', {name: 'Edit', exact: true}).click();
  await expect(ex.locator('.monaco-editor')).toBeVisible();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type("console.log('kept in memory');");
  await expect(ex.locator('[data-notice="not-saved"]')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(ex.locator('[role="log"]')).toContainText('kept in memory');
});

/** A saved edit made against an older version of the example, as an earlier visit left it. */
function seedStaleEdit(page: Page, key: string, edit: string, oldOriginal?: string) {
  return page.addInitScript(
    ({key, value}) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    {key: `concurrency-lab:edit:${key}`, value: JSON.stringify({code: edit, base: 'older', baseCode: oldOriginal, savedAt: 1})},
  );
}

/** Each language has its own version of the example and keeps its own edits (en under "en:"). */
function stale(prefix: string) {
  const current = fs.readFileSync(path.join(__dirname, '../../docs/process/examples', `${ID}.${prefix ? 'en' : 'zh'}.ts`), 'utf8').trimEnd();
  const [item, older] = prefix ? ['milk', 'bread'] : ['牛奶', '面包'];
  const OLD_LINE = `const list = {items: ['${item}']};`;
  const OLDER_LINE = `const list = {items: ['${older}']};`;
  const oldOriginal = current.replace(OLD_LINE, OLDER_LINE);
  const staleEdit = `${oldOriginal}\nconsole.log('my own line');`;
  return {key: prefix ? `en:${ID}` : ID, current, OLD_LINE, OLDER_LINE, oldOriginal, staleEdit};
}

for (const locale of LOCALES) {
  const where = locale.prefix || 'zh';
  const {key, current, OLD_LINE, OLDER_LINE, oldOriginal, staleEdit} = stale(locale.prefix);
  test(`${where}: an edit of an example that changed since is kept, and can be compared with the new original`, async ({page}) => {
    expect(current).toContain(OLD_LINE);
    await seedStaleEdit(page, key, staleEdit, oldOriginal);
    await page.goto(`${locale.prefix}/process#${ID}`);
    const ex = await readyExample(page, ID);
    await expect(ex.locator('pre')).toContainText("console.log('my own line');");
    const notice = ex.locator('[data-notice="restored-edit"]');
    await expect(notice).toBeVisible();
    await notice.locator('[data-action="compare"]').click();
    const figures = ex.locator('[data-compare] figure');
    await expect(figures).toHaveCount(2);
    // What changed in the original: bread → milk.
    await expect(figures.nth(0).locator('del')).toHaveText([`- ${OLDER_LINE}`]);
    await expect(figures.nth(0).locator('ins')).toHaveText([`+ ${OLD_LINE}`]);
    // The reader's version against the new original: their extra line, and the old line they still have.
    await expect(figures.nth(1).locator('ins')).toHaveText([`+ ${OLDER_LINE}`, "+ console.log('my own line');"]);
    await expect(figures.nth(1).locator('del')).toHaveText([`- ${OLD_LINE}`]);
    // Nothing was changed by looking: the edit still runs, and Reset is still undoable.
    expect((await runAndWait(ex, locale.run)).at(-1)).toBe('my own line');
    await ex.getByRole('button', {name: locale.reset, exact: true}).click();
    await expect(ex.locator('[data-compare]')).toHaveCount(0);
    const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
    expect(lines(await ex.locator('pre').innerText())).toEqual(lines(current));
    await ex.locator('[data-notice="reset"] button').first().click();
    await expect(ex.locator('pre')).toContainText("console.log('my own line');");
  });
}

test('an older saved edit without its original still compares against the new original', async ({page}) => {
  const {key, staleEdit, OLDER_LINE} = stale('/en');
  await seedStaleEdit(page, key, staleEdit);
  await page.goto(`/en/process#${ID}`);
  const ex = await readyExample(page, ID);
  await ex.locator('[data-action="compare"]').click();
  await expect(ex.locator('[data-compare] figure')).toHaveCount(1);
  await expect(ex.locator('[data-compare] ins')).toHaveText([`+ ${OLDER_LINE}`, "+ console.log('my own line');"]);
});
