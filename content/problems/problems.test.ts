import katex from 'katex';
import { describe, expect, it, vi } from 'vitest';
import { MISSED_ONE } from '../../src/lib/answers/checkChoice.ts';
import { catalogEntries } from '../../src/lib/problems/catalog.ts';
import { answerAsInput, checkAnswer, judgeValue } from '../../src/lib/problems/checkAnswer.ts';
import { UNBRACKETED_NEGATIVE } from '../../src/lib/problems/independentTests.ts';
import { decimalRoundings } from '../../src/lib/problems/decimalRoundings.ts';
import { precisionOf, roundToPrecision } from '../../src/lib/problems/precision.ts';
import type { ProblemInstance } from '../../src/lib/problems/problemTypes.ts';
import { renderInlineMarkdown, renderMarkdown } from '../../src/lib/problems/renderMarkdown.ts';
import { readHtml } from '../../src/lib/typeset/readHtml.ts';
import { textDefects } from '../../src/lib/typeset/textDefects.ts';

/** Seeds every problem is run over: 200 spread-out 32-bit seeds. */
export const SEEDS = Array.from({ length: 200 }, (_, k) => Math.imul(k + 1, 0x9e3779b1) >>> 0);
const entries = catalogEntries();
// 200 seeds × KaTeX rendering: seconds per problem on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });
const BAD_TEXT = /NaN|undefined|\[object|Infinity|null/;

/** Every piece of text a variant shows, with where it comes from. */
function texts(inst: ProblemInstance): [string, string, 'block' | 'inline'][] {
  const out: [string, string, 'block' | 'inline'][] = [
    ['prompt', inst.prompt, 'block'],
    ['solution', inst.solution, 'block'],
    ...inst.hints.map((h, i): [string, string, 'block'] => [`hint ${i + 1}`, h, 'block']),
    ...inst.mistakes.map((m, i): [string, string, 'inline'] => [
      `mistake ${i + 1} feedback`,
      m.feedback,
      'inline',
    ]),
  ];
  if (inst.answer.kind === 'choice') {
    for (const o of inst.answer.options) {
      out.push([`option ${o.id}`, o.label, 'inline']);
      if (o.feedback) out.push([`option ${o.id} feedback`, o.feedback, 'inline']);
    }
  }
  return out;
}

describe('the problem bank', () => {
  it('has at least 16 problems, ≥ 6 for sgd and for variance-reduction, with unique ids', () => {
    const ids = entries.map((e) => e.problem.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(16);
    expect(entries.filter((e) => e.problem.lesson === 'sgd').length).toBeGreaterThanOrEqual(6);
    expect(entries.filter((e) => e.problem.lesson === 'variance-reduction').length).toBeGreaterThanOrEqual(6);
  });

  it.each(entries.map((e) => [e.problem.id, e] as const))(
    '%s lives at content/problems/<lesson>/<id>.ts',
    (_, e) => {
      expect(e.path.endsWith(`/${e.problem.lesson}/${e.problem.id}.ts`)).toBe(true);
    },
  );
});

// Test sources beside the problems, to check which problems have an independent answer test.
const testSources = import.meta.glob<string>('./*/*.test.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const folderOf = (path: string) => path.split('/').at(-2) ?? '';
/** Topics that must give every problem an independent answer test: lessons 1–2, and any topic that has started. */
const adopted = new Set([
  'sgd',
  'variance-reduction',
  ...Object.entries(testSources)
    .filter(([, src]) => src.includes('independentAnswerTests('))
    .map(([path]) => folderOf(path)),
]);

describe('independent answer tests (issue 19)', () => {
  it.each(entries.filter((e) => adopted.has(e.problem.lesson)).map((e) => [e.problem.id, e] as const))(
    '%s has one: a test beside it imports it and calls independentAnswerTests',
    (id, e) => {
      const beside = Object.entries(testSources)
        .filter(([path]) => folderOf(path) === e.problem.lesson)
        .map(([, src]) => src);
      // The default import, possibly with named helpers beside it: import problem, { apart } from './id.ts'.
      const importer = new RegExp(`import (\\w+)(?:\\s*,\\s*\\{[^}]*\\})? from '\\./${id}\\.ts'`);
      const covered = beside.some((src) => {
        const name = importer.exec(src)?.[1];
        return name !== undefined && new RegExp(`independentAnswerTests\\(${name},`).test(src);
      });
      expect(
        covered,
        `no independentAnswerTests(…) for ${id} in content/problems/${e.problem.lesson}/*.test.ts`,
      ).toBe(true);
    },
  );
});

describe.each(entries.map((e) => [e.problem.id, e.problem] as const))(
  'problem %s over 200 seeds',
  (_, problem) => {
    it('its key passes its own checker, typed as a student would', () => {
      for (const seed of SEEDS) {
        const inst = problem.instantiate(seed);
        const v = checkAnswer(inst, answerAsInput(inst));
        expect(v.kind, `seed ${seed}: ${JSON.stringify(v)}`).toBe('correct');
      }
    });

    it('each listed mistake fails, differs from the key and yields its own feedback', () => {
      let applied = 0;
      for (const seed of SEEDS) {
        const inst = problem.instantiate(seed);
        inst.mistakes.forEach((m, i) => {
          const v = m.value;
          if (typeof v === 'number' && Number.isNaN(v)) return; // does not apply to this variant
          applied++;
          const verdict = judgeValue(inst, v);
          expect(
            verdict.kind,
            `seed ${seed}, mistake ${i + 1} (${String(v)}) coincides with the key or another mistake`,
          ).toBe('mistake');
          if (verdict.kind === 'mistake')
            expect(verdict.feedback, `seed ${seed}, mistake ${i + 1}`).toEqual([m.feedback]);
          if (typeof v === 'number' || Array.isArray(v)) {
            // The same through the text path a student uses.
            const typed = typeof v === 'number' ? String(v) : `[${(v as number[]).join(', ')}]`;
            expect(checkAnswer(inst, typed)).toMatchObject({ kind: 'mistake', feedback: [m.feedback] });
          }
        });
        if (inst.answer.kind === 'choice') {
          const { options, multiple } = inst.answer;
          const key = options.filter((o) => o.correct).map((o) => o.id);
          for (const wrong of options.filter((o) => !o.correct)) {
            const verdict = checkAnswer(inst, (multiple ? [...key, wrong.id] : [wrong.id]).join(','));
            expect(verdict.kind).not.toBe('correct');
            if (wrong.feedback)
              expect(verdict).toMatchObject({ kind: 'mistake', feedback: [wrong.feedback] });
            applied++;
          }
          if (multiple) {
            for (const missed of options.filter((o) => o.correct)) {
              if (key.length < 2) continue;
              const verdict = checkAnswer(inst, key.filter((id) => id !== missed.id).join(','));
              expect(verdict.kind).not.toBe('correct');
              expect(verdict).toMatchObject({ kind: 'mistake', feedback: [MISSED_ONE] });
            }
          }
        }
      }
      expect(applied, 'a problem needs listed mistakes or per-option feedback').toBeGreaterThan(0);
    });

    it('prompt, hints, solution and feedback render with KaTeX, contain no NaN/undefined and read as typeset', () => {
      for (const seed of SEEDS) {
        const inst = problem.instantiate(seed);
        expect(inst.hints.length).toBeGreaterThan(0);
        for (const [where, text, mode] of texts(inst)) {
          expect(text, `seed ${seed}, ${where}`).not.toMatch(BAD_TEXT);
          const html = mode === 'block' ? renderMarkdown(text) : renderInlineMarkdown(text);
          // Visible text only (KaTeX's class names include words such as "nulldelimiter").
          expect(html.replace(/<[^>]*>/g, ''), `seed ${seed}, ${where}`).not.toMatch(BAD_TEXT);
          expect(html).not.toContain('katex-error');
          // What the reader sees: no raw Markdown or TeX, entities, glued sentences, hyphens for
          // minus or numbers beside their formula (the rendered-text check's rules).
          const defects = readHtml(html, where)
            .flatMap(textDefects)
            .map((d) => `${d.kind} | ${d.where} | ${d.text}`);
          expect(defects, `seed ${seed}`).toEqual([]);
        }
        if (inst.answer.kind === 'expression')
          expect(() =>
            katex.renderToString(inst.answer.kind === 'expression' ? inst.answer.tex : '', {
              throwOnError: true,
            }),
          ).not.toThrow();
      }
    });

    it('states its precision in the label, and accepts its key rounded to that precision', () => {
      for (const seed of SEEDS) {
        const inst = problem.instantiate(seed);
        const a = inst.answer;
        if (a.kind !== 'number' && a.kind !== 'vector') return;
        const key = typeof a.value === 'number' ? [a.value] : a.value;
        if (!key.every(Number.isInteger))
          expect(a.label, `seed ${seed}`).toMatch(/significant figure|within ±/);
        const r = key.map((x) => roundToPrecision(x, a));
        const input = a.kind === 'number' ? String(r[0]) : `[${r.join(', ')}]`;
        expect(
          checkAnswer(inst, input).kind,
          `seed ${seed}: ${input} for ${key.join(', ')} ("${a.label}")`,
        ).toBe('correct');
      }
    });

    it('accepts both roundings of a key that sits on a rounding tie at its precision', () => {
      // A key whose shortest decimal ends in a 5 just past the stated precision (1.499655 at 6
      // figures) is a tie: a student may round it either way. The decimal is rounded as text, so
      // the float the key happens to be (a few ulps either side of the tie) does not decide.
      for (const seed of SEEDS) {
        const inst = problem.instantiate(seed);
        const a = inst.answer;
        if (a.kind !== 'number' && a.kind !== 'vector') return;
        const key = typeof a.value === 'number' ? [a.value] : a.value;
        const options = key.map((x) => decimalRoundings(x, precisionOf(a)));
        // Each component's roundings in turn, the others at their first.
        options.forEach((choices, i) => {
          for (const choice of choices) {
            const typed = options.map((c, j) => (j === i ? choice : c[0]));
            const input = a.kind === 'number' ? typed[0] : `[${typed.join(', ')}]`;
            expect(checkAnswer(inst, input).kind, `seed ${seed}: ${input} for ${key.join(', ')}`).toBe(
              'correct',
            );
          }
        });
      }
    });

    it('brackets negative numbers after operators in the math of its solution and hints', () => {
      for (const seed of SEEDS) {
        const inst = problem.instantiate(seed);
        for (const [where, text] of [
          ['solution', inst.solution],
          ['prompt', inst.prompt],
          ...inst.hints.map((h, i) => [`hint ${i + 1}`, h]),
        ] as const) {
          const math = text
            .split(/(?<!\\)\$+/)
            .filter((_, k) => k % 2 === 1)
            .join(' $ ');
          expect(math, `seed ${seed}, ${where}`).not.toMatch(UNBRACKETED_NEGATIVE);
        }
      }
    });

    it('draws more than one variant (params really vary with the seed) unless it has none', () => {
      const prompts = new Set(SEEDS.map((s) => problem.instantiate(s).prompt));
      const paramless = problem.instantiate(1).prompt === problem.instantiate(2).prompt && prompts.size === 1;
      if (!paramless) expect(prompts.size).toBeGreaterThan(1);
    });
  },
);
