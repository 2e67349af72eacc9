import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';
import linearScaling from '../content/problems/sgd/sgd-linear-scaling.ts';
import robbinsMonro from '../content/problems/sgd/sgd-robbins-monro.ts';

// The problem player's behaviour around solving: where focus goes when a button removes itself,
// what counts as an attempt once solved, how a solve after reading the solution is recorded, and
// what a returning student sees.
const SEED = 42;
const numberKey = (seed: number) => {
  const a = linearScaling.instantiate(seed).answer;
  if (a.kind !== 'number') throw new Error('expected a number problem');
  return String(a.value);
};

async function open(page: Page, id: string) {
  await page.goto(`/problems/?seed=${SEED}`);
  const section = page.locator(`section[data-problem-id="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('button', { name: 'Check' })).toBeVisible();
  return section;
}

test('the last "Show hint" and "Show solution" hand focus to the text they reveal', async ({ page }) => {
  const s = await open(page, 'sgd-linear-scaling');
  const hints = linearScaling.instantiate(SEED).hints.length;
  for (let k = 1; k <= hints; k++) {
    await s.getByRole('button', { name: `Show hint ${k} of ${hints}` }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(s.getByRole('button', { name: /Show hint/ })).toHaveCount(0);
  const lastHint = s.getByRole('list', { name: 'Hints' }).locator('li').last();
  await expect(lastHint).toBeFocused();
  await s.getByRole('button', { name: 'Show solution' }).focus();
  await page.keyboard.press('Enter');
  await expect(s.locator('.solution')).toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();
});

test('re-checking a solved answer adds no attempt; a solve after the solution is marked as such', async ({
  page,
}) => {
  const s = await open(page, 'sgd-linear-scaling');
  await s.getByRole('button', { name: 'Show solution' }).click();
  await s.getByLabel(/Your answer/).fill(numberKey(SEED));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  await expect(s.getByText('Attempts: 1')).toBeVisible();
  await expect(s.getByText('Solved after viewing the solution')).toBeVisible();
  await s.getByRole('button', { name: 'Check' }).click();
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  await expect(s.getByText('Attempts: 1')).toBeVisible();
  await page.goto('/problems/');
  await expect(page.locator('.progress-count').first()).toContainText(/1 after viewing the solution/);
});

test('the Check button stays put while the preview of the answer comes and goes', async ({ page }) => {
  // The preview line ("Read as …") appears once the checker has loaded; if it pushed Check down, a
  // press on Check that straddled it would land on nothing (the attempt silently lost).
  const s = await open(page, 'sgd-linear-scaling');
  const check = s.getByRole('button', { name: 'Check' });
  const before = await check.boundingBox();
  const field = s.getByLabel(/Your answer/);
  await field.fill('0.1');
  await expect(s.getByText('Read as')).toBeVisible();
  expect(await check.boundingBox()).toEqual(before);
  await field.fill('0.1+');
  await expect(s.getByText('Read as')).toHaveCount(0);
  expect(await check.boundingBox()).toEqual(before);
});

test('a problem solved unaided is not marked as helped', async ({ page }) => {
  const s = await open(page, 'sgd-linear-scaling');
  await s.getByLabel(/Your answer/).fill(numberKey(SEED));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByText('Solved', { exact: true })).toBeVisible();
  await expect(s.getByText('Solved after viewing the solution')).toHaveCount(0);
});

test('after a reload a solved choice answer is shown selected and a solved number answer in its box', async ({
  page,
}) => {
  const c = await open(page, 'sgd-robbins-monro');
  const inst = robbinsMonro.instantiate(SEED);
  if (inst.answer.kind !== 'choice') throw new Error('expected choice');
  for (const [i, o] of inst.answer.options.entries())
    if (o.correct) await c.getByRole('checkbox').nth(i).check();
  await c.getByRole('button', { name: 'Check' }).click();
  await expect(c.getByRole('status')).toContainText('Correct.');
  const n = page.locator('section[data-problem-id="sgd-linear-scaling"]');
  await n.scrollIntoViewIfNeeded();
  await n.getByLabel(/Your answer/).fill(numberKey(SEED));
  await n.getByRole('button', { name: 'Check' }).click();
  await expect(n.getByRole('status')).toContainText('Correct.');
  await page.reload();
  const c2 = page.locator('section[data-problem-id="sgd-robbins-monro"]');
  await c2.scrollIntoViewIfNeeded();
  await expect(c2.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  await expect(c2.getByRole('status')).toContainText('Correct.');
  for (const [i, o] of inst.answer.options.entries()) {
    if (o.correct) await expect(c2.getByRole('checkbox').nth(i)).toBeChecked();
    else await expect(c2.getByRole('checkbox').nth(i)).not.toBeChecked();
  }
  const n2 = page.locator('section[data-problem-id="sgd-linear-scaling"]');
  await n2.scrollIntoViewIfNeeded();
  await expect(n2.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  await expect(n2.getByLabel(/Your answer/)).toHaveValue(numberKey(SEED));
  // Also on the lesson page, where the same problem has its own player.
  await page.goto(`/lessons/sgd/?seed=${SEED}`);
  const l = page.locator('section[data-problem-id="sgd-linear-scaling"]');
  await l.scrollIntoViewIfNeeded();
  // The lesson page is heavy (widgets hydrate too): give its player time under a loaded machine.
  await expect(l.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  await expect(l.getByLabel(/Your answer/)).toHaveValue(numberKey(SEED));
  await expect(l.getByText('Solved', { exact: true })).toBeVisible();
});

test('a returning student whose box was edited after solving is told which answer was accepted', async ({
  page,
}) => {
  const s = await open(page, 'sgd-linear-scaling');
  await s.getByLabel(/Your answer/).fill(numberKey(SEED));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  await s.getByLabel(/Your answer/).fill('12345');
  await page.reload();
  const again = page.locator('section[data-problem-id="sgd-linear-scaling"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  // Nothing typed is lost, and the verdict does not call the edited text correct.
  await expect(again.getByLabel(/Your answer/)).toHaveValue('12345');
  await expect(again.getByRole('status')).toContainText(
    `Solved earlier with the answer “${numberKey(SEED)}”`,
  );
  await expect(again.getByText('Attempts: 1')).toBeVisible();
});
