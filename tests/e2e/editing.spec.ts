import {expect, test} from '@playwright/test';
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
