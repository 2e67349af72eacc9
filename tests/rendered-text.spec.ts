import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { answerAsInput } from '../src/lib/problems/checkAnswer.ts';
import type { Problem } from '../src/lib/problems/problemTypes.ts';
import { everyBuiltPage, expect, test } from './fixtures/site.ts';
import { hydrateAll } from './fixtures/hydrateAll.ts';
import { defectsOf, fallbackFonts, readPage } from './fixtures/readerText.ts';

// The rendered-text check: what a reader would see as broken, read from every built page as the
// browser shows it on a 390 px phone once every island has hydrated — raw Markdown or TeX, HTML
// entities, sentences glued to the next word, hyphens for minus signs, numbers set beside their
// formula in the text font, and formulas or tables wider than their box. The rules are
// src/lib/typeset/textDefects.ts (unit-tested there); tests/fixtures/readerText.ts reads the page.

async function openEverything(page: Page) {
  await hydrateAll(page);
  await page.evaluate(() => document.fonts.ready);
  // Proofs and deep dives are read open, as a reader who opens them sees them.
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

const report = (lines: string[]) => `${lines.length} defects:\n${lines.join('\n')}`;

for (const path of everyBuiltPage()) {
  test(`${path} reads as typeset at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await openEverything(page);
    const reading = await readPage(page);
    expect(reading.pageWidth, 'page width at 390 px').toBeLessThanOrEqual(390);
    const defects = [...defectsOf(reading), ...(await fallbackFonts(page))];
    expect(defects, report(defects)).toEqual([]);
  });
}

// Problems render on the client, from a seed: read every problem's prompt, its verdict and
// feedback after the right answer, every hint and the worked solution, for three seeds.
async function problemModules(): Promise<Problem[]> {
  const dir = join(process.cwd(), 'content/problems');
  const files = readdirSync(dir).flatMap((lesson) =>
    readdirSync(join(dir, lesson))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(dir, lesson, f)),
  );
  const mods = await Promise.all(files.map((f) => import(pathToFileURL(f).href)));
  return mods.map((m) => m.default as Problem).filter((p) => p && typeof p.instantiate === 'function');
}

for (const seed of [11, 2024, 90210]) {
  test(`every problem reads as typeset with its feedback, hints and solution at 390 px (seed ${seed})`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const problems = await problemModules();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/problems/?seed=${seed}`);
    await hydrateAll(page);
    await expect(page.locator('section.problem form')).toHaveCount(problems.length);
    for (const problem of problems) {
      const inst = problem.instantiate(seed);
      const section = page.locator(`section[data-problem-id="${problem.id}"]`);
      const answer = answerAsInput(inst);
      if (inst.answer.kind === 'choice') {
        for (const id of answer.split(',')) await section.locator(`input[value="${id}"]`).check();
      } else await section.getByLabel('Your answer').fill(answer);
      await section.getByRole('button', { name: 'Check' }).click();
      await expect(section.getByRole('status')).toContainText('Correct.');
    }
    // Reveal every hint (the buttons remove themselves once used).
    await page.evaluate(async () => {
      for (let round = 0; round < 10; round++) {
        const buttons = Array.from(document.querySelectorAll('section.problem button')).filter((b) =>
          /^Show hint/.test(b.textContent ?? ''),
        ) as HTMLButtonElement[];
        if (buttons.length === 0) return;
        buttons.forEach((b) => b.click());
        await new Promise(requestAnimationFrame);
      }
    });
    await expect(page.locator('section.problem .solution')).toHaveCount(problems.length);
    await page.evaluate(() => document.fonts.ready);
    const defects = [
      ...defectsOf(await readPage(page, 'section.problem')),
      ...(await fallbackFonts(page, 'section.problem')),
    ];
    expect(defects, report(defects)).toEqual([]);
  });
}
