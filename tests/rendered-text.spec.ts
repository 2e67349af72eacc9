import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { answerAsInput } from '../src/lib/problems/checkAnswer.ts';
import type { Problem } from '../src/lib/problems/problemTypes.ts';
import { everyBuiltPage, expect, test } from './fixtures/site.ts';
import { hydrateAll } from './fixtures/hydrateAll.ts';
import { defectsOf, facesDrawnByProblem, unpreloadedFaces, readPage } from './fixtures/readerText.ts';

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
  // One frame, or at most a second: under load headless Chromium has stopped producing frames for a
  // page (hydrateAll.ts), and a bare requestAnimationFrame then waited out the whole test timeout.
  await page.evaluate(() => new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 1000))));
}

const report = (lines: string[]) => `${lines.length} defects:\n${lines.join('\n')}`;

for (const path of everyBuiltPage()) {
  test(`${path} reads as typeset at 390 px`, async ({ page }) => {
    // A problem set hydrates every player and reads every formula: on a busy 2-core machine that
    // can take longer than the default minute.
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await openEverything(page);
    const reading = await readPage(page);
    expect(reading.pageWidth, 'page width at 390 px').toBeLessThanOrEqual(390);
    const defects = [...defectsOf(reading), ...(await unpreloadedFaces(page))];
    expect(defects, report(defects)).toEqual([]);
  });
}

// Problems render on the client, from a seed: read every problem's prompt, its verdict and
// feedback after the right answer, every hint and the worked solution, for three seeds.
async function problemModules(): Promise<Problem[]> {
  const dir = join(process.cwd(), 'content/problems');
  const lessons = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  const files = lessons.flatMap(({ name: lesson }) =>
    readdirSync(join(dir, lesson))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(dir, lesson, f)),
  );
  const mods = await Promise.all(files.map((f) => import(pathToFileURL(f).href)));
  return mods.map((m) => m.default as Problem).filter((p) => p && typeof p.instantiate === 'function');
}

/** The KaTeX faces a built page preloads (font files named Family-Variant.hash.woff2). */
function embedPreloads(path: string): Set<string> {
  const html = readFileSync(
    join(process.cwd(), process.env.DESCENT_OUT_DIR ?? 'dist', path, 'index.html'),
    'utf8',
  );
  return new Set(
    Array.from(
      html.matchAll(/<link rel="preload" href="[^"]*\/(KaTeX_[\w-]+)\.[\w-]+\.woff2"/g),
      (m) => m[1],
    ),
  );
}

for (const seed of [11, 2024, 90210]) {
  test(`every problem reads as typeset with its feedback, hints and solution at 390 px (seed ${seed})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const problems = await problemModules();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/problems/?seed=${seed}`);
    await hydrateAll(page);
    await expect(page.locator('section.problem form')).toHaveCount(problems.length, { timeout: 60_000 });
    // Answer every problem right at once, in the page (Playwright's fill and click per problem
    // took minutes on a busy machine): the verdict then shows "Correct." with the feedback of the
    // right options, the sentences that ran together before.
    const answers = problems.map((p) => {
      const inst = p.instantiate(seed);
      return { id: p.id, choice: inst.answer.kind === 'choice', input: answerAsInput(inst) };
    });
    await page.evaluate((list) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const a of list) {
        const section = document.querySelector(`section[data-problem-id="${a.id}"]`)!;
        if (a.choice) {
          for (const id of a.input.split(','))
            section.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
        } else {
          const field = section.querySelector<HTMLInputElement>(
            '.problem-form input[type="text"], .problem-form input:not([type])',
          )!;
          setValue.call(field, a.input);
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
    }, answers);
    // React has committed the inputs; now submit every form.
    await page.evaluate(() => new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 1000))));
    await page.evaluate(() =>
      document.querySelectorAll<HTMLFormElement>('section.problem form').forEach((f) => f.requestSubmit()),
    );
    await expect(page.locator('section.problem [role="status"]', { hasText: 'Correct.' })).toHaveCount(
      problems.length,
      { timeout: 60_000 },
    );
    // Reveal every hint (the buttons remove themselves once used).
    await page.evaluate(async () => {
      for (let round = 0; round < 10; round++) {
        const buttons = Array.from(document.querySelectorAll('section.problem button')).filter((b) =>
          /^Show hint/.test(b.textContent ?? ''),
        ) as HTMLButtonElement[];
        if (buttons.length === 0) return;
        buttons.forEach((b) => b.click());
        await new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 1000)));
      }
    });
    await expect(page.locator('section.problem .solution')).toHaveCount(problems.length);
    await page.evaluate(() => document.fonts.ready);
    const defects = [
      ...defectsOf(await readPage(page, 'section.problem')),
      ...(await unpreloadedFaces(page, 'section.problem')),
    ];
    expect(defects, report(defects)).toEqual([]);
    // A problem's embed preloads only the faces computed for it at build time, from its text over
    // 40 seeds (src/lib/problems/problemFaces.ts): what the browser draws this seed's text in,
    // statement to solution, must be among the built embed page's preloads (a face missing there
    // would fall back to another font on the embed).
    const drawn = await facesDrawnByProblem(page);
    const missing = problems.flatMap((p) => {
      const preloaded = embedPreloads(`embed/problem/${p.id}`);
      return (drawn[p.id] ?? []).filter((f) => !preloaded.has(f)).map((f) => `${p.id}: draws ${f}`);
    });
    expect(missing, 'faces drawn but not preloaded by the problem embed').toEqual([]);
    expect(Object.keys(drawn).length, 'problems whose faces were read').toBe(problems.length);
  });
}
