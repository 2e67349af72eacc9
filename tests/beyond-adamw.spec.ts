import type { Locator } from '@playwright/test';
import { axeViolations } from './fixtures/axe.ts';
import { expect, setTheme, test } from './fixtures/site.ts';
import { expectNoBadNumbers, num, widget } from './fixtures/widgets.ts';
import { memoryCalculator } from '../components/widgets/MemoryCalculator/model.ts';
import { memoryCalculatorCodec } from '../components/widgets/MemoryCalculator/state.ts';
import { lionVsAdam } from '../components/widgets/LionVsAdam/model.ts';
import { lionVsAdamCodec } from '../components/widgets/LionVsAdam/state.ts';

// Lesson 7's widgets on the page: each hydrates, answers the keyboard, and states the numbers the
// package computes for its settings; the page is axe-clean in both themes with them interacted.

const PAGE = '/lessons/beyond-adamw/';
const IDS = ['lion-vs-adam', 'muon-memory', 'stop-anytime', 'memory-calculator'];
const summary = (w: Locator) => w.locator('.wk-summary');
const text = async (w: Locator) => (await summary(w).textContent()) ?? '';

test('Lion against Adam: the summary states the package’s distances, and a key press moves η', async ({
  page,
}) => {
  await page.goto(PAGE);
  const w = await widget(page, 'lion-vs-adam');
  const base = lionVsAdamCodec.defaults;
  const expected = lionVsAdam(base).runs.map((r) =>
    Math.hypot(r.points.at(-1)![0] - 1, r.points.at(-1)![1] - 1),
  );
  let s = await text(w);
  expect(num(s, 'Lion ends ')).toBeCloseTo(expected[0], 2);
  expect(num(s, 'AdamW ends ')).toBeCloseTo(expected[1], 2);
  // Lion's last step is η in both coordinates.
  expect(num(s, 'its last step ')).toBeCloseTo(base.lr, 10);
  await w.getByRole('slider', { name: 'Learning rate η' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(summary(w)).not.toHaveText(s);
  s = await text(w);
  expect(num(s, 'at η = ')).toBeLessThan(base.lr);
  await expectNoBadNumbers(w);
});

test('memory calculator: GPT-2 small’s count and AdamW’s state, and a preset and a slider change them', async ({
  page,
}) => {
  await page.goto(PAGE);
  const w = await widget(page, 'memory-calculator');
  await expect(w).toContainText('124,439,808');
  const adamw = memoryCalculator(memoryCalculatorCodec.defaults).rows.find((r) => r.name === 'adamw')!;
  expect(adamw.bytes).toBe(2 * 124_439_808 * 4);
  await expect(summary(w)).toContainText("AdamW's state takes 949 MB");
  await w.getByRole('combobox', { name: 'Model' }).selectOption('gpt2-medium');
  const medium = memoryCalculator({ ...memoryCalculatorCodec.defaults, dModel: 1024, layers: 24 });
  await expect(w).toContainText(medium.parameters.toLocaleString('en'));
  await w.getByRole('combobox', { name: 'Stored as' }).selectOption('bf16');
  await expect(summary(w)).toContainText('in bf16');
  await w.getByRole('slider', { name: 'Layers' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.getByRole('combobox', { name: 'Model' })).toHaveValue('custom');
  await expectNoBadNumbers(w);
});

test('stop anytime and the associative memory compute in workers and answer the keyboard', async ({
  page,
}) => {
  await page.goto(PAGE);
  const stop = await widget(page, 'stop-anytime');
  await expect(summary(stop)).toContainText('Stopped at update 500 of a planned 1000');
  await stop.getByRole('slider', { name: 'Stop at update' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(summary(stop)).toContainText('Stopped at update 510');
  await expectNoBadNumbers(stop);
  const muon = await widget(page, 'muon-memory');
  await expect(summary(muon)).toContainText('Muon: after');
  const before = await text(muon);
  await muon.getByRole('slider', { name: 'Zipf exponent s' }).focus();
  await page.keyboard.press('Home');
  await expect(summary(muon)).toContainText('Zipf s = 0,');
  expect(await text(muon)).not.toBe(before);
  await expectNoBadNumbers(muon);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on lesson 7 with its widgets drawn (${theme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await setTheme(page, theme);
    await page.goto(PAGE);
    for (const id of IDS) {
      const w = await widget(page, id);
      await expect(summary(w)).not.toHaveText('Computing…', { timeout: 30_000 });
    }
    await page
      .locator('details:not([open]) > summary')
      .evaluateAll((ss) => ss.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
  });
}
