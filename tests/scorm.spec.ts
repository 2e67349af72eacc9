import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';
import { problemsOnDisk } from './fixtures/embeds.ts';
import { answerAsInput } from '../src/lib/problems/checkAnswer.ts';
import { problemSeed } from '../src/lib/problems/hashSeed.ts';
import type { Problem } from '../src/lib/problems/problemTypes.ts';
import { patchVariant } from '../src/lib/progress/progressOps.ts';
import { emptyProgress } from '../src/lib/progress/readProgress.ts';
import { readPackageConfigScript } from '../src/lib/scorm/packageConfig.ts';
import { repackage } from '../src/lib/scorm/repackage.ts';
import { studentSeedBasis } from '../src/lib/scorm/studentSeedBasis.ts';
import {
  decodeSuspendData,
  encodeSuspendData,
  MAX_ATTEMPTS,
  MAX_HINTS,
  MAX_VARIANT,
  SUSPEND_DATA_LIMIT,
} from '../src/lib/scorm/suspendData.ts';

// SCORM packages from the build, played by scorm-again (a real SCORM 1.2 runtime) acting as the
// LMS: a host page creates window.API with a learner's saved record and frames the package's
// index.html, served from the zip itself as an LMS would after import. The tests read the LMS's
// own values (score, status, suspend data, interactions), not the page's text.
const dist = process.env.DESCENT_OUT_DIR ?? 'dist';
const LESSON = 'sgd';

function unzip(buf: Buffer | Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(buf);
  const files = new Map<string, Buffer>();
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10),
      size = b.readUInt32LE(p + 20),
      nameLen = b.readUInt16LE(p + 28);
    const extra = b.readUInt16LE(p + 30),
      comment = b.readUInt16LE(p + 32),
      local = b.readUInt32LE(p + 42);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extra + comment;
  }
  return files;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
  xml: 'application/xml',
};

/** A learner's record as the LMS hands it to scorm-again (`loadFromJSON`). */
type LmsRecord = { core: Record<string, unknown>; suspend_data?: string };
type Cmi = {
  core: { lesson_status: string; score: { raw: string }; exit: string };
  suspend_data: string;
  interactions: Record<
    string,
    Record<string, unknown> & { correct_responses?: Record<string, { pattern: string }> }
  >;
};

let server: Server;
let origin = '';
const packages = new Map<string, Map<string, Buffer>>();
const records = new Map<string, LmsRecord>();
const zipBytes = readFileSync(join(dist, `instructors/scorm/${LESSON}.zip`));
const problems = new Map<string, Problem>();
let ids: string[] = [];

test.beforeAll(async () => {
  packages.set(LESSON, unzip(zipBytes));
  packages.set('practice', unzip(repackage(new Uint8Array(zipBytes), { graded: false })));
  packages.set('seed42', unzip(repackage(new Uint8Array(zipBytes), { graded: true, seed: 42 })));
  ids = readPackageConfigScript(packages.get(LESSON)!.get('config.js')!.toString('utf8'))!.problems;
  for (const id of ids) problems.set(id, (await import(`../content/problems/${LESSON}/${id}.ts`)).default);
  const runtime = readFileSync(join(process.cwd(), 'node_modules/scorm-again/dist/scorm12.min.js'));
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (type: string, body: Buffer | string) => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    if (path === '/scorm12.js') return send('text/javascript', runtime);
    const lms = /^\/lms\/([\w-]+)\/([\w-]+)\/$/.exec(path);
    if (lms) {
      const record = records.get(lms[1]) ?? { core: { student_id: lms[1] } };
      return send(
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.loadFromJSON(${JSON.stringify(record)});
  window.__commits = 0;
  window.API.on('LMSCommit', function () { window.__commits++; });
  window.__sent = [];
  var set = window.API.LMSSetValue.bind(window.API);
  window.API.LMSSetValue = function (k, v) { window.__sent.push([k, String(v)]); return set(k, v); };
</script></head><body><main><h1>LMS</h1><iframe title="Activity" src="/pkg/${lms[2]}/index.html" style="width:100%;height:1600px;border:0"></iframe></main></body></html>`,
      );
    }
    const m = /^\/pkg\/([\w-]+)\/(.+)$/.exec(path);
    const file = m ? packages.get(m[1])?.get(decodeURIComponent(m[2])) : undefined;
    if (!file) {
      res.writeHead(404);
      return res.end();
    }
    send(TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', file);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** The key of a learner's variant, typed as a student would (the seed derived as the package does). */
function answer(learner: string, id: string, variant = 0): string {
  return answerAsInput(problems.get(id)!.instantiate(problemSeed(studentSeedBasis(learner), id, variant)));
}
/** A readable wrong answer of the right shape (unreadable input would not count as an attempt). */
function wrongAnswer(learner: string, id: string, variant = 0): string {
  const a = problems.get(id)!.instantiate(problemSeed(studentSeedBasis(learner), id, variant)).answer;
  if (a.kind === 'number') return String(a.value * 3 + 1000);
  if (a.kind === 'vector') return `[${a.value.map((v) => v * 3 + 1000).join(', ')}]`;
  if (a.kind === 'expression') return `(${a.typed})*3+1000`;
  throw new Error(`no typed wrong answer for a ${a.kind} problem`);
}
const textProblems = () => ids.filter((id) => problems.get(id)!.kind !== 'choice');

async function launch(page: Page, learner: string, pkg = LESSON) {
  await page.goto(`${origin}/lms/${learner}/${pkg}/`);
  const frame = page.frameLocator('iframe[title="Activity"]');
  await expect(frame.locator('[data-scorm="lms"]')).toBeVisible({ timeout: 20_000 });
  return frame;
}
async function ready(page: Page, id: string) {
  const s = page.frameLocator('iframe[title="Activity"]').locator(`section[data-problem-id="${id}"]`);
  await s.scrollIntoViewIfNeeded();
  await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  return s;
}
async function check(page: Page, id: string, text: string) {
  const s = await ready(page, id);
  const before = await s.locator('.attempts').textContent();
  await s.locator('input[type="text"]').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.locator('.attempts')).not.toHaveText(before!);
  return s;
}
const cmi = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { API: { renderCMIToJSONObject(): { cmi: unknown } } }
      ).API.renderCMIToJSONObject().cmi,
  ) as Promise<Cmi>;
const commits = (page: Page) => page.evaluate(() => (window as unknown as { __commits: number }).__commits);
const sent = (page: Page, element: string) =>
  page.evaluate(
    (el) =>
      (window as unknown as { __sent: [string, string][] }).__sent
        .filter(([k]) => k === el)
        .map(([, v]) => v),
    element,
  );
/** The record the LMS keeps for the next launch. */
async function saved(page: Page, learner: string): Promise<LmsRecord> {
  const c = await cmi(page);
  return {
    core: { student_id: learner, lesson_status: c.core.lesson_status, score: c.core.score },
    suspend_data: c.suspend_data,
  };
}
const solvedIn = (suspend: string) => {
  const d = decodeSuspendData(suspend, ids);
  if (!d.ok) throw new Error(d.reason);
  return ids.filter((id) => Object.values(d.state.problems[id]?.variants ?? {}).some((v) => v.solved)).sort();
};
/** Ends the session as an LMS does when the student leaves: the activity frame goes away. */
const leave = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.remove());
const percent = (n: number) => String(Math.round((100 * n) / ids.length));

test('the package is self-contained, holds only its lesson and woff2 fonts, and declares a SCORM 1.2 SCO', () => {
  const pkg = packages.get(LESSON)!;
  const manifest = pkg.get('imsmanifest.xml')!.toString('utf8');
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
  const html = pkg.get('index.html')!.toString('utf8');
  for (const m of html.matchAll(/(?:src|href|component-url|renderer-url)="\.\/([^"]+)"/g))
    expect(pkg.has(m[1]), m[1]).toBe(true);
  expect(html).not.toMatch(/(?:src|component-url|renderer-url)="\/(?!\/)/);
  for (const name of pkg.keys())
    if (name !== 'imsmanifest.xml') expect(manifest).toContain(`<file href="${name}"/>`);
  expect(readPackageConfigScript(pkg.get('config.js')!.toString('utf8'))).toMatchObject({
    lesson: LESSON,
    graded: true,
  });
  expect(ids).toEqual(
    problemsOnDisk()
      .filter((p) => p.lesson === LESSON)
      .map((p) => p.id)
      .sort(),
  );
  // Only the lesson's problem modules (Vite names a problem's chunk after its file).
  const others = problemsOnDisk().filter((p) => p.lesson !== LESSON);
  const chunks = [...pkg.keys()].filter((n) => n.startsWith('_astro/'));
  for (const p of others)
    expect(
      chunks.filter((n) => n.startsWith(`_astro/${p.id}.`)),
      p.id,
    ).toEqual([]);
  for (const id of ids)
    expect(
      chunks.some((n) => n.startsWith(`_astro/${id}.`)),
      id,
    ).toBe(true);
  expect(chunks.filter((n) => /\.(woff|ttf|eot)$/.test(n))).toEqual([]);
  expect(chunks.some((n) => n.endsWith('.woff2'))).toBe(true);
  // Every package is under half the 1.2 MB each used to be.
  for (const f of readdirSync(join(dist, 'instructors/scorm')))
    expect(readFileSync(join(dist, 'instructors/scorm', f)).length, f).toBeLessThan(650 * 1024);
});

test('a solve is recorded as score, status, suspend data and an interaction; a relaunch on a fresh browser resumes without committing', async ({
  page,
  errors,
}) => {
  test.setTimeout(90_000);
  const learner = 'learner-relaunch';
  await launch(page, learner);
  const [first, second] = textProblems();
  await ready(page, first);
  expect(await commits(page)).toBe(0); // nothing before the student does something
  await check(page, second, wrongAnswer(learner, second));
  await check(page, first, answer(learner, first));
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(1));
  const c = await cmi(page);
  expect(c.core.lesson_status).toBe('incomplete');
  expect(solvedIn(c.suspend_data)).toEqual([first]);
  expect(c.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  const results = Object.values(c.interactions).map((i) => [i.id, i.result]);
  expect(results).toEqual([
    [second, 'wrong'],
    [first, 'correct'],
  ]);
  for (const i of Object.values(c.interactions)) {
    expect(i.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
    expect(['numeric', 'fill-in', 'choice']).toContain(i.type);
    expect(String(i.student_response).length).toBeLessThanOrEqual(255);
  }
  expect((await sent(page, 'cmi.core.session_time')).at(-1)).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect((await sent(page, 'cmi.interactions.0.latency'))[0]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  const prompt = await (await ready(page, second)).locator('.problem-prompt').textContent();
  await leave(page);
  await expect.poll(async () => (await cmi(page)).core.exit).toBe('suspend');
  records.set(learner, await saved(page, learner));

  // Another computer: a fresh browser profile, only the LMS record.
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await launch(other, learner);
  const again = await ready(other, first);
  await expect(again.getByText('Solved', { exact: true })).toBeVisible();
  // The same student gets the same numbers on another computer.
  await expect((await ready(other, second)).locator('.problem-prompt')).toHaveText(prompt!);
  expect(await commits(other)).toBe(0);
  expect((await cmi(other)).core.score.raw).toBe(percent(1));
  await context.close();
  expect(errors).toEqual([]);
});

test('storage throwing in the package frame changes nothing: the saved record loads, no note contradicts, the score only rises', async ({
  page,
  errors,
}) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    if (window === window.top) return;
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  });
  const learner = 'learner-no-storage';
  const [a, b, c] = textProblems();
  let p = emptyProgress('unused');
  for (const id of [a, b])
    p = patchVariant(p, id, '0', { attempts: 1, solved: true, solvedWithSolution: false });
  records.set(learner, {
    core: { student_id: learner, lesson_status: 'incomplete', score: { raw: percent(2) } },
    suspend_data: encodeSuspendData({ problems: p.problems }, ids),
  });
  await launch(page, learner);
  const s = await ready(page, a);
  await expect(s.getByText('Solved', { exact: true })).toBeVisible();
  const frame = page.frameLocator('iframe[title="Activity"]');
  await expect(frame.getByText('does not allow saving')).toHaveCount(0);
  await expect(frame.locator('[role="note"]:visible')).toHaveCount(1);
  expect(await commits(page)).toBe(0);
  expect((await cmi(page)).core.score.raw).toBe(percent(2));
  await check(page, c, answer(learner, c));
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(3));
  expect(solvedIn((await cmi(page)).suspend_data)).toEqual([a, b, c].sort());
  expect(errors).toEqual([]);
});

test('two learners in one browser: B starts empty with other numbers, A keeps everything', async ({
  page,
  errors,
}) => {
  test.setTimeout(90_000);
  const [x, y] = textProblems();
  await launch(page, 'learner-a');
  await check(page, x, answer('learner-a', x));
  const promptA = await (await ready(page, y)).locator('.problem-prompt').textContent();
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(1));
  await leave(page);
  const recordA = await saved(page, 'learner-a');
  records.set('learner-a', recordA);

  // Same browser, same LMS origin, an empty record for B.
  await launch(page, 'learner-b');
  const sx = await ready(page, x);
  await expect(sx.getByText('Attempts: 0')).toBeVisible();
  await expect(sx.getByText('Solved', { exact: true })).toHaveCount(0);
  await expect((await ready(page, y)).locator('.problem-prompt')).not.toHaveText(promptA!);
  await check(page, y, wrongAnswer('learner-b', y));
  await expect.poll(async () => (await cmi(page)).suspend_data).not.toBe('');
  const b = await cmi(page);
  expect(b.core.score.raw).toBe('0');
  expect(solvedIn(b.suspend_data)).toEqual([]);
  expect(b.suspend_data).not.toContain(studentSeedBasis('learner-a'));
  // Nothing of either learner in the package origin's shared storage.
  const frame = page.frames().find((f) => f.url().includes('/pkg/'))!;
  expect(await frame.evaluate(() => localStorage.getItem('descent:progress'))).toBeNull();
  await leave(page);

  // A again: her record as she left it, and launching changes nothing.
  await launch(page, 'learner-a');
  await expect((await ready(page, x)).getByText('Solved', { exact: true })).toBeVisible();
  expect(await commits(page)).toBe(0);
  const a = await cmi(page);
  expect(a.core.score.raw).toBe((recordA.core.score as { raw: string }).raw);
  expect(a.suspend_data).toBe(recordA.suspend_data);
  expect(errors).toEqual([]);
});

test('graded: a solve after viewing the solution earns no point, a fresh variant does; practice counts it; a fixed seed hides New variant', async ({
  page,
  errors,
}) => {
  test.setTimeout(120_000);
  const [x] = textProblems();
  const learner = 'learner-graded';
  await launch(page, learner);
  const s = await ready(page, x);
  await expect(page.frameLocator('iframe').locator('[data-scorm="lms"]')).toHaveAttribute(
    'data-mode',
    'graded',
  );
  await expect(s.locator('.problem-meta')).toHaveText(/^Graded · Variant 1$/);
  await s.getByRole('button', { name: 'Show solution' }).click();
  await expect(s.getByRole('button', { name: 'Keep trying' })).toBeFocused();
  await s.getByRole('button', { name: 'Open the solution' }).click();
  await expect(s.getByText('Worked solution', { exact: true })).toBeVisible();
  await check(page, x, answer(learner, x));
  await expect(s.getByText('Solved after viewing the solution (no point)')).toBeVisible();
  await expect.poll(async () => Object.keys((await cmi(page)).interactions).length).toBe(1);
  // The interaction is set when the answer is checked; the progress (suspend data) and the score
  // go to the LMS with the commit that follows in the next task.
  await expect
    .poll(async () => {
      const d = decodeSuspendData((await cmi(page)).suspend_data, ids);
      return d.ok ? d.state.problems[x]?.variants['0'] : d.reason;
    })
    .toMatchObject({ solved: true, solvedWithSolution: true });
  let c = await cmi(page);
  expect(c.core.score.raw).toBe('0');
  expect(c.interactions['0'].result).toBe('correct');
  // A fresh variant, solved alone, earns the point.
  await s.getByRole('button', { name: 'New variant' }).click();
  await expect(s.locator('.problem-meta')).toHaveText(/Variant 2$/);
  await check(page, x, answer(learner, x, 1));
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(1));

  // A practice copy of the package counts a solve with the solution.
  await launch(page, 'learner-practice', 'practice');
  const p = await ready(page, x);
  await expect(page.frameLocator('iframe').locator('[data-scorm="lms"]')).toHaveAttribute(
    'data-mode',
    'practice',
  );
  await p.getByRole('button', { name: 'Show solution' }).click();
  await expect(p.getByText('Worked solution', { exact: true })).toBeVisible();
  await check(page, x, answer('learner-practice', x));
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(1));

  // A fixed-seed copy: everyone's variant is the seed's, and it cannot be changed.
  await launch(page, 'learner-seed', 'seed42');
  const f = await ready(page, x);
  await expect(f.getByRole('button', { name: 'New variant' })).toHaveCount(0);
  await expect(f.locator('.problem-meta')).toHaveText('Graded · Seed 42 (fixed by the activity)');
  await check(page, x, answerAsInput(problems.get(x)!.instantiate(42)));
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(1));
  c = await cmi(page);
  expect(decodeSuspendData(c.suspend_data, ids)).toMatchObject({ ok: true });
  expect(solvedIn(c.suspend_data)).toEqual([x]);
  expect(errors).toEqual([]);
});

test('the worst-case suspend data loads, keeps every solve and stays within 4096 characters', async ({
  page,
  errors,
}) => {
  test.setTimeout(90_000);
  const learner = 'learner-worst';
  const costly = '😀'.repeat(5000);
  const problemsState = Object.fromEntries(
    ids.map((id) => [
      id,
      {
        current: MAX_VARIANT,
        variants: {
          [String(MAX_VARIANT)]: {
            lastInput: costly,
            attempts: MAX_ATTEMPTS,
            solved: true,
            hintsUsed: MAX_HINTS,
            solutionShown: true,
            solvedWithSolution: true,
            solvedInput: costly,
          },
          [String(MAX_VARIANT - 1)]: {
            lastInput: '',
            attempts: MAX_ATTEMPTS,
            solved: true,
            hintsUsed: 0,
            solutionShown: false,
            solvedWithSolution: false,
          },
        },
      },
    ]),
  );
  const worst = encodeSuspendData({ problems: problemsState, basis: 'w'.repeat(64) }, ids);
  expect(worst.length).toBeGreaterThan(2000);
  expect(worst.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  records.set(learner, {
    core: { student_id: learner, lesson_status: 'incomplete', score: { raw: '0' } },
    suspend_data: worst,
  });
  await launch(page, learner);
  const [x] = textProblems();
  const s = await ready(page, x);
  await expect(s.getByText(`Attempts: ${MAX_ATTEMPTS}`)).toBeVisible();
  // Typing is saved when the student leaves; the record then is all solved, and still fits.
  await s.locator('input[type="text"]').fill(`${'1/(1-0.9)^2 '.repeat(30)}`);
  await leave(page);
  await expect.poll(async () => (await cmi(page)).core.exit).toBe('');
  const c = await cmi(page);
  expect(c.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  expect(solvedIn(c.suspend_data)).toEqual([...ids].sort());
  expect(c.core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
  expect(errors).toEqual([]);
});

test('200 variant/check rounds lose no solve: score, suspend data and interactions agree, and a relaunch shows them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const learner = 'learner-200';
  const targets = textProblems();
  await launch(page, learner);
  for (const id of targets) await ready(page, id);
  // Round r: a new variant of problem r mod k, then one check (right on two rounds in three).
  const rounds = Array.from({ length: 200 }, (_, r) => {
    const id = targets[r % targets.length];
    const variant = Math.floor(r / targets.length) + 1;
    const right = r % 3 !== 0;
    return {
      id,
      variant,
      text: right ? answer(learner, id, variant) : wrongAnswer(learner, id, variant),
      right,
    };
  });
  const frame: Frame = page.frames().find((f) => f.url().includes('/pkg/'))!;
  // Driven inside the frame (clicks and typing through the DOM, as a student's browser would
  // deliver them), waiting for each render: a few milliseconds a round instead of a second.
  const outcomes = await frame.evaluate(async (plan) => {
    const until = async (ok: () => boolean, what: string) => {
      const start = performance.now();
      while (!ok()) {
        if (performance.now() - start > 15_000) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 1));
      }
    };
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: string[] = [];
    for (const { id, variant, text } of plan) {
      const s = document.querySelector(`section[data-problem-id="${id}"]`)!;
      const button = (name: string) => [...s.querySelectorAll('button')].find((b) => b.textContent === name)!;
      button('New variant').click();
      await until(
        () => s.querySelector('.problem-meta')!.textContent!.endsWith(`Variant ${variant + 1}`),
        `${id} variant ${variant + 1}`,
      );
      const input = s.querySelector<HTMLInputElement>('input[type="text"]')!;
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => input.value === text, `${id} input`);
      button('Check').click();
      await until(
        () => s.querySelector('.attempts')!.textContent === 'Attempts: 1',
        `${id} variant ${variant + 1} attempt (${text}): ${s.querySelector('[role="status"]')?.textContent} ${s.querySelector('.field-error')?.textContent}`,
      );
      out.push(s.querySelector('[role="status"]')!.textContent!.startsWith('Correct') ? 'right' : 'wrong');
    }
    return out;
  }, rounds);
  expect(outcomes).toEqual(rounds.map((r) => (r.right ? 'right' : 'wrong')));
  await expect.poll(async () => Object.keys((await cmi(page)).interactions).length).toBe(200);
  const c = await cmi(page);
  expect(c.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  const solved = [...new Set(rounds.filter((r) => r.right).map((r) => r.id))].sort();
  expect(solvedIn(c.suspend_data)).toEqual(solved);
  expect(c.core.score.raw).toBe(percent(solved.length));
  expect(Object.values(c.interactions).filter((i) => i.result === 'correct')).toHaveLength(
    rounds.filter((r) => r.right).length,
  );
  await leave(page);
  records.set(learner, await saved(page, learner));

  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await launch(other, learner);
  // Each problem shows the variant the student was on, with that variant's verdict kept.
  for (const id of targets) {
    const last = rounds.filter((r) => r.id === id).at(-1)!;
    const s = await ready(other, id);
    await expect(s.locator('.problem-meta')).toHaveText(`Graded · Variant ${last.variant + 1}`);
    await expect(s.getByText('Solved', { exact: true })).toHaveCount(last.right ? 1 : 0);
  }
  expect(await commits(other)).toBe(0);
  expect((await cmi(other)).core.score.raw).toBe(percent(solved.length));
  await context.close();
});

test("suspend data saved by earlier packages (the progress JSON) is read: solves kept, the student's numbers unchanged", async ({
  page,
  errors,
}) => {
  test.setTimeout(90_000);
  const learner = 'learner-legacy';
  const legacyId = '6f1c2c1e-3b7e-4a54-9d1e-0c1f6a5b7c3d';
  const [x, y] = textProblems();
  // What the first runtime saved: the store's JSON, this lesson's problems only.
  const legacy = JSON.stringify({
    version: 2,
    browserId: legacyId,
    problems: {
      [x]: {
        current: 0,
        variants: {
          '0': {
            lastInput: '',
            attempts: 2,
            solved: true,
            hintsUsed: 1,
            solutionShown: false,
            solvedWithSolution: false,
          },
        },
      },
    },
  });
  records.set(learner, {
    core: { student_id: learner, lesson_status: 'incomplete', score: { raw: percent(1) } },
    suspend_data: legacy,
  });
  await launch(page, learner);
  await expect((await ready(page, x)).getByText('Solved', { exact: true })).toBeVisible();
  expect(await commits(page)).toBe(0);
  // Variants still follow the browser id saved with the data, so a student mid-course keeps their numbers.
  const key = answerAsInput(problems.get(y)!.instantiate(problemSeed(legacyId, y, 0)));
  const s = await check(page, y, key);
  await expect(s.getByRole('status')).toContainText('Correct');
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe(percent(2));
  const c = await cmi(page);
  expect(c.suspend_data).toMatch(/^d1;b=6f1c2c1e-3b7e-4a54-9d1e-0c1f6a5b7c3d\|/);
  expect(solvedIn(c.suspend_data)).toEqual([x, y].sort());
  expect(errors).toEqual([]);
});

test('without an LMS the package is a practice page that says nothing is recorded', async ({
  page,
  errors,
}) => {
  await page.goto(`${origin}/pkg/${LESSON}/index.html`);
  await expect(page.locator('[data-scorm="none"]')).toHaveText(/nothing is recorded/);
  const x = ids.find((id) => problems.get(id)!.kind === 'number')!;
  const s = page.locator(`section[data-problem-id="${x}"]`);
  await s.scrollIntoViewIfNeeded();
  await expect(s.getByRole('button', { name: 'Check' })).toBeVisible({ timeout: 20_000 });
  await s.locator('input[type="text"]').fill('123456789');
  await s.getByRole('button', { name: 'Check' }).click();
  await expect(s.getByText('Attempts: 1')).toBeVisible();
  // Today's practice-page behaviour: the browser's own progress store.
  expect(
    JSON.parse((await page.evaluate(() => localStorage.getItem('descent:progress')))!).problems[x],
  ).toBeTruthy();
  expect(errors).toEqual([]);
});
