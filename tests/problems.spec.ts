import { axeViolations } from './fixtures/axe.ts';
import type { Page } from '@playwright/test';
import { expect, setTheme, test } from './fixtures/site.ts';
import linearScaling from '../content/problems/sgd/sgd-linear-scaling.ts';
import robbinsMonro from '../content/problems/sgd/sgd-robbins-monro.ts';
import meanVariance from '../content/problems/sgd/sgd-mean-variance-expression.ts';
import { problemSeed } from '../src/lib/problems/hashSeed.ts';

// Instructor links fix the seed, so the test knows each variant's numbers: variant k uses seed + k.
const SEED = 42;
const key = (n: number) => {
  const a = linearScaling.instantiate(n).answer;
  if (a.kind !== 'number') throw new Error('expected a number problem');
  return a.value;
};

async function open(page: Page, id: string, query = `?seed=${SEED}`) {
  await page.goto(`/problems/${query}`);
  return find(page, id);
}

/** A problem on the current page, scrolled into view and hydrated. */
async function find(page: Page, id: string) {
  const section = page.locator(`section[data-problem-id="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('button', { name: 'Check' })).toBeVisible();
  return section;
}

test('a correct answer is confirmed, counted, opens the solution and survives a reload', async ({ page }) => {
  const s = await open(page, 'sgd-linear-scaling');
  await expect(s.getByRole('heading', { name: 'The linear scaling rule' })).toBeVisible();
  await expect(s.getByText('Attempts: 0')).toBeVisible();
  await s.getByLabel('Your answer').fill(String(key(SEED)));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  await expect(s.getByText('Attempts: 1')).toBeVisible();
  await expect(s.getByText('Worked solution')).toBeVisible();
  await expect(s.getByText('Solved', { exact: true })).toBeVisible();
  await page.reload();
  const again = page.locator('section[data-problem-id="sgd-linear-scaling"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByText('Attempts: 1')).toBeVisible();
  await expect(again.getByText('Solved', { exact: true })).toBeVisible();
  await expect(again.getByLabel('Your answer')).toHaveValue(String(key(SEED)));
  await page.goto('/');
  await expect(page.locator('.hero .progress-count')).toContainText(/Solved 1 \/ \d+ practice problems/);
});

test('a listed mistake gets its own feedback and a hint; other wrong answers get the generic verdict', async ({
  page,
}) => {
  const s = await open(page, 'sgd-linear-scaling');
  const field = s.getByLabel('Your answer');
  const inst = linearScaling.instantiate(SEED);
  const sqrtRule = inst.mistakes[0].value as number;
  await field.fill(String(sqrtRule));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('That is the square-root scaling rule');
  await expect(s.getByText('Attempts: 1')).toBeVisible();
  await expect(s.getByRole('list', { name: 'Hints' }).locator('li')).toHaveCount(1);
  await field.fill('123456');
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Not quite. Check each step');
  await expect(s.getByText('Attempts: 2')).toBeVisible();
  await expect(s.getByText('Worked solution')).toHaveCount(0);
  await field.fill('0.000001');
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByText('Attempts: 3')).toBeVisible();
  // Three wrong attempts open the worked solution.
  await expect(s.getByText('Worked solution')).toBeVisible();
});

test('unreadable input is explained beside the field, is not an attempt and keeps what was typed', async ({
  page,
}) => {
  const s = await open(page, 'sgd-linear-scaling');
  const field = s.getByLabel('Your answer');
  const cases: [string, RegExp][] = [
    ['abc', /“abc” is not a number/],
    ['1..2', /does not fit/],
    [')(', /missing|read/],
    ['1e999', /not a finite number/],
    ['1/0', /not a finite number/],
    ['Infinity', /finite/],
    ['', /Enter a number first/],
    ['9'.repeat(10_000), /too long/],
  ];
  for (const [text, message] of cases) {
    await field.fill(text);
    await s.getByRole('button', { name: 'Check' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy.split(' ')[0]}"]`)).toHaveText(message);
    await expect(field).toHaveValue(text);
    await expect(s.getByText('Attempts: 0')).toBeVisible();
  }
  // Typing again clears the error; a readable answer shows how it was read.
  await field.fill('3/4');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(s.locator('.field-preview .katex')).toBeVisible();
});

test('hints open one at a time and the solution opens on request', async ({ page }) => {
  const s = await open(page, 'sgd-linear-scaling');
  await s.getByRole('button', { name: 'Show hint 1 of 2' }).click();
  await expect(s.getByRole('list', { name: 'Hints' }).locator('li')).toHaveCount(1);
  await s.getByRole('button', { name: 'Show hint 2 of 2' }).click();
  await expect(s.getByRole('list', { name: 'Hints' }).locator('li')).toHaveCount(2);
  await expect(s.getByRole('button', { name: /Show hint/ })).toHaveCount(0);
  await s.getByRole('button', { name: 'Show solution' }).click();
  await expect(s.getByText('Worked solution')).toBeVisible();
  await expect(s.locator('.solution .katex').first()).toBeVisible();
});

test('"New variant" draws new numbers; a fixed seed in the URL gives everyone the same variant and hides it', async ({
  page,
  browser,
}) => {
  const s = await open(page, 'sgd-linear-scaling');
  await expect(s.getByText(`Seed ${SEED} (fixed by the link)`)).toBeVisible();
  await expect(s.getByRole('button', { name: 'New variant' })).toHaveCount(0);
  const before = await s.locator('.problem-prompt').textContent();
  // Another browser (another per-browser id) with the same link sees the same variant.
  const other = await browser.newPage();
  const t = await open(other, 'sgd-linear-scaling');
  await expect(t.locator('.problem-prompt')).toHaveText(before!);
  await other.close();
  // Without a fixed seed the variant is per browser and numbered, and "New variant" moves on.
  const u = await open(page, 'sgd-linear-scaling', '');
  await expect(u.getByText(/^Variant \d+$/)).toBeVisible();
  const browserId = JSON.parse(
    (await page.evaluate(() => localStorage.getItem('descent:progress')))!,
  ).browserId;
  const shown = Number((await u.locator('.problem-meta').textContent())!.replace(/\D/g, ''));
  await u.getByRole('button', { name: 'New variant' }).click();
  await expect(u.getByText(`Variant ${shown + 1}`)).toBeVisible();
  await expect(u.getByText('Attempts: 0')).toBeVisible();
  await u.getByLabel('Your answer').fill(String(key(problemSeed(browserId, 'sgd-linear-scaling', shown))));
  await u.getByRole('button', { name: 'Check' }).click();
  await expect(u.getByRole('status')).toContainText('Correct.');
});

test('"Practise what you missed" lists tried and helped problems and opens a fresh variant in one click', async ({
  page,
  errors,
}) => {
  await page.goto('/problems/');
  const box = page.locator('details[data-missed]').first();
  await expect(box.locator('summary')).toContainText('none yet');
  const lineBefore = await box.boundingBox();
  const s = await find(page, 'sgd-linear-scaling');
  await s.getByLabel('Your answer').fill('123456789');
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByText('Attempts: 1')).toBeVisible();
  const r = await find(page, 'sgd-robbins-monro');
  await r.getByRole('button', { name: 'Show solution' }).click();
  await expect(box.locator('summary')).toContainText('2 problems');
  // The closed line does not move or grow when it fills in.
  expect((await box.boundingBox())!.height).toBe(lineBefore!.height);
  await box.locator('summary').click();
  const item = box.locator('li[data-missed-id="sgd-linear-scaling"]');
  await expect(item).toContainText('not solved yet (1 try)');
  await expect(box.locator('li[data-missed-id="sgd-robbins-monro"]')).toContainText('worked solution opened');
  const variantBefore = await s.locator('.problem-meta').textContent();
  await item.getByRole('button', { name: 'Try a fresh variant' }).click();
  await expect(s.locator('.problem-meta')).not.toHaveText(variantBefore!);
  await expect(s.getByText('Attempts: 0')).toBeVisible();
  await expect(s.getByLabel('Your answer')).toBeFocused();
  // The same list sits in the lesson's practice section.
  await page.goto('/lessons/sgd/');
  await expect(page.locator('details[data-missed] summary')).toContainText('2 problems');
  expect(errors).toEqual([]);
});

test('choice problems give per-option feedback; expression problems accept equivalent forms', async ({
  page,
}) => {
  const s = await open(page, 'sgd-robbins-monro');
  const inst = robbinsMonro.instantiate(SEED);
  if (inst.answer.kind !== 'choice') throw new Error('expected choice');
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByText('Select at least one option first.')).toBeVisible();
  await expect(s.getByText('Attempts: 0')).toBeVisible();
  await s.getByRole('checkbox').nth(1).check(); // c/√t: wrong
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('the squares are');
  for (const [i, o] of inst.answer.options.entries()) {
    const box = s.getByRole('checkbox').nth(i);
    if (o.correct) await box.check();
    else await box.uncheck();
  }
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');

  const e = await find(page, 'sgd-mean-variance-expression');
  const field = e.getByLabel('Variance (in sigma, b)');
  await field.fill('x/b');
  await e.getByRole('button', { name: 'Check' }).click();
  await expect(e.getByText(/Unknown name “x”: this answer can use sigma, b/)).toBeVisible();
  await expect(e.getByText('Attempts: 0')).toBeVisible();
  await field.fill('sigma/sqrt(b)');
  await e.getByRole('button', { name: 'Check' }).click();
  await expect(e.getByRole('status')).toContainText('standard deviation');
  await field.fill('(σ/sqrt(b))^2');
  await expect(e.locator('.field-preview .katex')).toBeVisible();
  await e.getByRole('button', { name: 'Check' }).click();
  await expect(e.getByRole('status')).toContainText('Correct.');
  expect(meanVariance.instantiate(SEED).answer.kind).toBe('expression');
});

test('corrupt saved progress is reset with a notice, not a crash', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('descent:progress', '{"version":2,"browserId":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const s = await open(page, 'sgd-linear-scaling');
  await expect(s.getByText(/could not be read .* reset/)).toBeVisible();
  await s.getByLabel('Your answer').fill(String(key(SEED)));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  expect(await page.evaluate(() => localStorage.getItem('descent:progress:backup'))).toBe(
    '{"version":2,"browserId":',
  );
});

test('storage that throws degrades to memory: the player still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  const s = await open(page, 'sgd-linear-scaling');
  await expect(s.getByText(/does not allow saving/)).toBeVisible();
  await s.getByLabel('Your answer').fill(String(key(SEED)));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  await expect(s.getByText('Attempts: 1')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in a player showing an error, a verdict, hints and the solution (${theme})`, async ({
    page,
  }) => {
    await setTheme(page, theme);
    const s = await open(page, 'sgd-linear-scaling');
    await s.getByLabel('Your answer').fill('abc');
    await s.getByRole('button', { name: 'Check' }).click();
    const r = await find(page, 'sgd-noise-floor');
    await r.getByLabel('Your answer').fill('1');
    await r.getByRole('button', { name: 'Check' }).click();
    await r.getByRole('button', { name: 'Show solution' }).click();
    expect(await axeViolations(page, { include: 'section[data-problem-id]' })).toEqual([]);
  });
}

test('progress exports to JSON and imports back into an empty browser', async ({ page, browser }) => {
  const s = await open(page, 'sgd-linear-scaling');
  await s.getByLabel('Your answer').fill(String(key(SEED)));
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
  ]);
  const path = await download.path();
  const fresh = await browser.newPage();
  await fresh.goto('/problems/');
  const file = fresh.getByLabel('Import progress from a file');
  await file.scrollIntoViewIfNeeded();
  await expect(file).toBeEnabled();
  await file.setInputFiles(path);
  await expect(fresh.locator('.transfer .transfer-status')).toContainText('Imported progress for 1 problem.');
  await expect(fresh.locator('.problems-page > .progress-line .progress-count')).toContainText('Solved 1 /');
  // A file that is not progress is refused and changes nothing.
  await file.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 9}'),
  });
  await expect(fresh.locator('.transfer .transfer-status')).toContainText('Could not import');
  await expect(fresh.locator('.problems-page > .progress-line .progress-count')).toContainText('Solved 1 /');
  await fresh.close();
});

// The slot around each player reserves a build-time estimate of its height (reserveHeight.ts), so a
// player that renders taller than its slot pushes the page down as it hydrates (layout shift). Every
// problem, at the narrowest width of each band the estimate is made for, with seeds the estimate
// was not calibrated on: a reader's, hashed from a browser id (set here, so the run is repeatable),
// with "New variant" shown as readers see it (an instructor's fixed seed hides it).
for (const [width, seed] of [
  [641, 271828],
  [359, 1618033],
  [320, 4142135623],
] as const) {
  test(`problem slots reserve the height their players take at ${width} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript((browserId) => {
      localStorage.setItem('descent:progress', JSON.stringify({ version: 2, browserId, problems: {} }));
    }, `reserve-check-${seed}`);
    await page.goto('/problems/');
    const slots = page.locator('.problem-slot');
    const n = await slots.count();
    expect(n).toBeGreaterThan(40);
    // Islands hydrate when their card is visible (the slot below it can be taller than the
    // screen): each card is brought into view and waited for before the next.
    for (let i = 0; i < n; i++) {
      await slots.nth(i).locator('section.problem').scrollIntoViewIfNeeded();
      await expect(slots.nth(i).locator('.problem-prompt')).toBeVisible();
    }
    const sizes = await slots.evaluateAll((els) =>
      els.map((s) => {
        const player = s.querySelector('astro-island')?.firstElementChild ?? s;
        return {
          id: player.querySelector('[id$="-title"]')?.id,
          reserved: parseFloat(getComputedStyle(s).minHeight),
          actual: player.getBoundingClientRect().height,
        };
      }),
    );
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(
      sizes.filter((s) => s.actual > s.reserved + 0.5),
      'players taller than their slots',
    ).toEqual([]);
    // …and not so generous that the page is full of holes.
    const mean = sizes.reduce((a, s) => a + (s.reserved - s.actual), 0) / sizes.length / rem;
    expect(mean).toBeLessThan(8);
  });
}

// A problem statement is typeset in the browser, after the first paint. KaTeX's Size3 face (a
// two-row matrix's parentheses) used to be inlined by Vite as a data: URL, which could not be
// preloaded and was decoded only when the statement first used it: the matrix was laid out with
// the fallback parenthesis and moved 8 px right when the face arrived (a shift of 0.0003–0.04).
// Every face is now a preloaded file, ready when the statement is typeset.
for (const width of [1280, 390]) {
  test(`a matrix typeset in the browser shifts nothing at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/embed/problem/capstone-tiny-network-output/');
    await expect(page.locator('.problem-prompt .delimsizing.size3').first()).toBeVisible();
    await page.waitForTimeout(800); // a shift is reported after the frame that makes it
    expect(await page.evaluate(() => document.fonts.check('1em KaTeX_Size3'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}
