import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';

// Narration with a stand-in for the browser's speech synthesis (headless Chromium has no voices):
// it records what would be spoken and lets the test end each utterance.
async function fakeSpeech(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __spoken: { text: string; rate: number }[];
      __end: () => void;
      speechSynthesis: unknown;
    };
    let current: SpeechSynthesisUtterance | null = null;
    w.__spoken = [];
    w.__end = () => {
      const u = current;
      current = null;
      u?.onend?.(new Event('end') as SpeechSynthesisEvent);
    };
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ name: 'Test voice', lang: 'en-US' }],
        speak: (u: SpeechSynthesisUtterance) => {
          current = u;
          w.__spoken.push({ text: u.text, rate: u.rate });
        },
        cancel: () => {
          current = null;
        },
        pause() {},
        resume() {},
        addEventListener() {},
      },
    });
  });
}
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: { text: string; rate: number }[] }).__spoken);
const endUtterance = (page: Page) =>
  page.evaluate(() => (window as unknown as { __end: () => void }).__end());

test('Listen reads the lesson paragraph by paragraph, formulas as words, and highlights where it is', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto('/lessons/notation/');
  await page.getByRole('button', { name: /Listen to this lesson/ }).click();
  const status = page.locator('[data-narration-status]');
  await expect(status).toHaveText(/^Paragraph 1 of \d+$/);
  const total = Number((await status.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(20);
  await expect(page.locator('.narrating')).toHaveCount(1);
  for (let k = 0; k < 6; k++) await endUtterance(page);
  await expect(status).toHaveText(`Paragraph 7 of ${total}`);
  const texts = (await spoken(page)).map((s) => s.text).join(' ');
  // Math is read from the MathML: θ_{t−1} becomes words, never TeX or symbols spelled out.
  expect(texts).not.toMatch(/\\[a-z]+|\$/);
  // The formula θ_t = θ_{t−1} − η_t g_t, clicked, is read as words.
  const formula = page
    .locator('.lesson-body .katex-display')
    .filter({ has: page.locator('annotation', { hasText: '\\theta_{t-1} - \\eta_t' }) })
    .first();
  await formula.scrollIntoViewIfNeeded();
  await formula.click();
  const all = (await spoken(page)).map((s) => s.text);
  expect(all.at(-1)).toMatch(/theta sub t equals theta sub t minus 1 minus eta sub t g sub t/);
});

test('clicking a paragraph jumps there; pause, speed and the remembered place survive a reload', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto('/lessons/sgd/');
  await page.getByRole('button', { name: /Listen to this lesson/ }).click();
  const status = page.locator('[data-narration-status]');
  await expect(status).toHaveText(/^Paragraph 1 of/);
  const target = page.locator('.lesson-body > p').nth(5);
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await expect(target).toHaveClass(/narrating/);
  const k = Number((await status.textContent())!.match(/Paragraph (\d+)/)![1]);
  expect(k).toBeGreaterThan(3);
  await page.getByLabel('Speed').selectOption('1.5');
  expect((await spoken(page)).at(-1)!.rate).toBe(1.5);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.locator('.narrating')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: /Listen to this lesson/ }).click();
  await expect(status).toHaveText(new RegExp(`^Paragraph ${k} of`));
});

test('widgets and problems are announced and skipped, not read out', async ({ page }) => {
  await fakeSpeech(page);
  await page.goto('/lessons/sgd/');
  // Mark the last paragraph before the first widget, and the last before the first problem.
  await page.evaluate(() => {
    const body = document.querySelector('.lesson-body')!;
    const mark = (sel: string, name: string) => {
      const target = body.querySelector(sel)!;
      const ps = Array.from(body.querySelectorAll('p')).filter(
        (p) =>
          !p.closest('.wk-frame, section.problem, details.missed') &&
          p.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      ps.at(-1)!.setAttribute('data-test', name);
    };
    mark('.wk-frame', 'before-widget');
    mark('section.problem', 'before-problem');
  });
  await page.getByRole('button', { name: /Listen to this lesson/ }).click();
  await expect(page.locator('[data-narration-status]')).toHaveText(/^Paragraph/);
  for (const [name, said] of [
    ['before-widget', /^Interactive widget: .+\. Skipped/],
    ['before-problem', /^Practice problem: .+\. Skipped\.$/],
  ] as const) {
    const p = page.locator(`[data-test="${name}"]`);
    await p.scrollIntoViewIfNeeded();
    await p.click();
    await endUtterance(page);
    // Whatever sits between (a formula, a list) is read; at most a few units later the mention comes.
    let text = (await spoken(page)).at(-1)!.text;
    for (let k = 0; k < 6 && !said.test(text); k++) {
      await endUtterance(page);
      text = (await spoken(page)).at(-1)!.text;
    }
    expect(text).toMatch(said);
  }
});

test('without speech synthesis the control says so instead of failing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
  });
  await page.goto('/lessons/notation/');
  await page.getByRole('button', { name: /Listen to this lesson/ }).click();
  await expect(page.locator('[data-narration-status]')).toHaveText(/cannot read aloud/);
});

test('with speech synthesis but no voice, no reading controls appear: one line says how to get a voice', async ({
  page,
  errors,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [],
        speak() {},
        cancel() {},
        pause() {},
        resume() {},
        addEventListener() {},
      },
    });
  });
  await page.goto('/lessons/notation/');
  const listen = page.getByRole('button', { name: /Listen to this lesson/ });
  await listen.click();
  const status = page.locator('[data-narration-status]');
  await expect(status).toHaveText(
    /No voice for reading aloud is installed\. Add one in your system’s speech settings/,
  );
  for (const name of ['Pause', 'Resume', 'Stop', 'Previous paragraph', 'Next paragraph'])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByLabel('Speed')).toHaveCount(0);
  await expect(page.locator('.narrating')).toHaveCount(0);
  // Listen stays, and asks again.
  await expect(listen).toBeVisible();
  await listen.click();
  await expect(status).toHaveText(/No voice for reading aloud is installed/);
  expect(errors).toEqual([]);
});
