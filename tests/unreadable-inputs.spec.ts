import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/site.ts';
import { keyboardCase, unreadableInputs, type AnswerShape } from './fixtures/unreadableInputs.ts';

// Every problem the built site lists × every unreadable input of the corpus: each is refused
// beside the field (aria-invalid, a visible message linked by aria-describedby), no attempt is
// counted, no verdict appears, what was typed stays in the field, nothing reaches the console
// (the `errors` fixture) and nothing is stored as an attempt. The inputs are typed inside the page
// (no round trip per input) and the page is reloaded only every few problems, so ~60 problems ×
// ~70 inputs stay well under a minute.

/** What one unreadable input did to its problem, read from the DOM right after "Check". */
interface Outcome {
  why: string;
  settled: boolean;
  invalid: boolean;
  message: string;
  messageVisible: boolean;
  messageIsText: boolean;
  attemptsBefore: string;
  attemptsAfter: string;
  verdict: string;
  kept: boolean;
}

/**
 * Types each input into the section's answer field as React sees typing (the native value setter
 * and a bubbling `input` event), presses Check, and waits for the field to be marked invalid or
 * for an attempt to be counted. Runs in the page; it must not close over anything.
 */
async function typeEach(section: Element, inputs: { why: string; text: string }[]): Promise<Outcome[]> {
  const field = section.querySelector<HTMLInputElement>('form.problem-form input[type="text"]')!;
  const check = [...section.querySelectorAll('button')].find((b) => b.textContent === 'Check')!;
  const status = section.querySelector('[role="status"]')!;
  const attempts = () => section.querySelector('.attempts')?.textContent ?? '';
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const isInvalid = () => field.getAttribute('aria-invalid') === 'true';
  const messageEl = () =>
    document.getElementById((field.getAttribute('aria-describedby') ?? '').split(' ')[0] || '\u0000');
  // Resolves when `done()` holds after some DOM change, or with false after `ms`.
  const until = (done: () => boolean, ms: number) =>
    new Promise<boolean>((resolve) => {
      if (done()) return resolve(true);
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(done());
      }, ms);
      const observer = new MutationObserver(() => {
        if (done()) {
          clearTimeout(timer);
          observer.disconnect();
          resolve(true);
        }
      });
      observer.observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const type = async (text: string) => {
    const changed = field.value !== text;
    setValue.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // A new value clears the previous message; a macrotask lets React commit the new input.
    if (changed) await until(() => !isInvalid(), 2000);
    await new Promise((r) => setTimeout(r, 0));
  };

  field.focus();
  const out: Outcome[] = [];
  for (const { why, text } of inputs) {
    await type(text);
    const typed = field.value;
    const attemptsBefore = attempts();
    check.click();
    const settled = await until(
      () =>
        (isInvalid() && (messageEl()?.textContent ?? '') !== '') ||
        attempts() !== attemptsBefore ||
        status.textContent !== '',
      5000,
    );
    const m = messageEl();
    out.push({
      why,
      settled,
      invalid: isInvalid(),
      message: m?.textContent ?? '',
      messageVisible: m ? m.checkVisibility() && m.getBoundingClientRect().height > 0 : false,
      messageIsText: m ? m.children.length === 0 : false,
      attemptsBefore,
      attemptsAfter: attempts(),
      verdict: status.textContent ?? '',
      kept: field.value === typed,
    });
  }
  // Leave the field empty so the stored progress holds no junk.
  await type('');
  return out;
}

const PROBLEMS_PER_LOAD = 6;

async function shapeOf(form: Locator): Promise<AnswerShape | undefined> {
  const kind = await form.getAttribute('data-answer-kind');
  if (kind === 'number') return { kind };
  if (kind === 'vector') return { kind, length: Number(await form.getAttribute('data-vector-length')) };
  if (kind === 'expression')
    return { kind, variables: (await form.getAttribute('data-variables'))!.split(' ') };
  expect(kind, 'the form says what answer it expects').toBe('choice');
  return undefined;
}

test('every problem refuses every unreadable input without counting it', async ({ page }) => {
  await page.goto('/problems/');
  const ids = await page
    .locator('section[data-problem-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-problem-id')!));
  // About a second per problem on an idle machine; room for a machine shared with other work.
  test.setTimeout(30_000 + 5_000 * ids.length);
  // The page's own total ("N practice problems in total") says how many problems it should list.
  const total = Number(
    (await page.locator('main').textContent())?.match(/(\d+) practice problems in total/)?.[1],
  );
  expect(ids.length, 'problems listed on /problems/').toBe(total);
  expect(new Set(ids).size).toBe(ids.length);

  const failures: string[] = [];
  let pairs = 0;
  let choiceProblems = 0;
  for (const [k, id] of ids.entries()) {
    // Every hydrated player re-renders on each keystroke (they share one progress store), so a
    // fresh page every few problems keeps the cost per input flat however many problems there are.
    if (k > 0 && k % PROBLEMS_PER_LOAD === 0)
      await page.goto(`/problems/?corpus-part=${k / PROBLEMS_PER_LOAD}`);
    const section = page.locator(`section[data-problem-id="${id}"]`);
    await section.scrollIntoViewIfNeeded();
    const form = section.locator('form.problem-form');
    await expect(form, `${id} hydrates`).toBeVisible();
    const shape = await shapeOf(form);
    if (!shape) {
      // A choice field has no free text; its only unreadable input is no selection at all.
      choiceProblems++;
      await section.getByRole('button', { name: 'Check' }).click();
      await expect(section.locator('fieldset[aria-invalid="true"] .field-error'), id).toBeVisible();
      await expect(section.getByText('Attempts: 0'), id).toBeVisible();
      continue;
    }
    const inputs = unreadableInputs(shape);
    const outcomes = await section.evaluate(typeEach, inputs);
    pairs += outcomes.length;
    for (const [i, o] of outcomes.entries()) {
      const problems = [
        !o.settled && 'nothing happened within 5 s',
        !o.invalid && 'field not aria-invalid',
        o.message.trim().length < 10 && 'no message',
        !o.messageVisible && 'message not visible',
        !o.messageIsText && 'message contains markup',
        o.attemptsAfter !== o.attemptsBefore && `attempt counted (${o.attemptsBefore} → ${o.attemptsAfter})`,
        o.attemptsBefore !== 'Attempts: 0' && `attempts were ${o.attemptsBefore}`,
        o.verdict !== '' && `verdict shown: ${o.verdict.slice(0, 80)}`,
        !o.kept && 'what was typed was lost',
      ].filter(Boolean);
      if (problems.length > 0)
        failures.push(
          `${id} × ${o.why} (${JSON.stringify(inputs[i].text.slice(0, 40))}): ${problems.join('; ')} [${o.message.slice(0, 80)}]`,
        );
    }
    // The issue's own case once more through real key presses, submitted with Enter.
    const field = form.locator('input[type="text"]');
    await field.pressSequentially(keyboardCase(shape).text);
    await field.press('Enter');
    await expect(field, `${id}: typed case`).toHaveAttribute('aria-invalid', 'true');
    const messageId = (await field.getAttribute('aria-describedby'))!.split(' ')[0];
    await expect(page.locator(`[id="${messageId}"]`), `${id}: typed case`).toHaveText(
      /too small to represent|undefined for every value/,
    );
    await expect(section.getByText('Attempts: 0'), `${id}: typed case`).toBeVisible();
    await field.fill('');
  }
  console.log(
    `unreadable-input corpus: ${pairs} (problem, input) pairs over ${ids.length - choiceProblems} text problems, plus ${choiceProblems} choice problems with no selection`,
  );
  expect(failures, 'inputs that were not refused cleanly').toEqual([]);
  expect(pairs).toBeGreaterThanOrEqual(40 * (ids.length - choiceProblems));

  // Nothing was stored as an attempt, and no junk stayed as a last input.
  const stored = await page.evaluate(() => localStorage.getItem('descent:progress'));
  const progress = JSON.parse(stored ?? '{"problems":{}}') as {
    problems: Record<
      string,
      { variants: Record<string, { attempts: number; solved: boolean; lastInput: string }> }
    >;
  };
  for (const [id, record] of Object.entries(progress.problems)) {
    for (const v of Object.values(record.variants))
      expect({ id, attempts: v.attempts, solved: v.solved, lastInput: v.lastInput }).toEqual({
        id,
        attempts: 0,
        solved: false,
        lastInput: '',
      });
  }
});
