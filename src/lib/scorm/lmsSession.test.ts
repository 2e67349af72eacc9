import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { patchVariant, setCurrentVariant } from '../progress/progressOps.ts';
import { createProgressStore } from '../progress/progressStore.ts';
import type { AttemptDetail } from './attemptEvent.ts';
import { openLmsSession, type SessionOptions } from './lmsSession.ts';
import type { PackageConfig } from './packageConfig.ts';
import { studentSeedBasis } from './studentSeedBasis.ts';
import { decodeSuspendData, encodeSuspendData } from './suspendData.ts';

// scorm-again's SCORM 1.2 runtime plays the LMS, as in tests/scorm.spec.ts; a fake clock and a
// manual timer queue make commits observable one by one.
// scorm-again's ESM build exports the class by name; its type declarations say default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const IDS = ['alpha-one', 'beta-two', 'gamma-three', 'delta-four'];
const config: PackageConfig = { lesson: 'test', title: 'Test', problems: IDS, graded: true };

// The specification's formats (SCORM 1.2 RTE §3.4.2), stricter than scorm-again's checks.
const SPEC = {
  identifier: /^[A-Za-z0-9_-]{1,255}$/,
  timespan: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
  type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
  result: /^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/,
  decimal: /^-?\d{0,10}(\.\d+)?$/,
};

/** The parts of scorm-again's JSON export the tests read. */
type Interaction = Record<string, string> & { correct_responses: Record<string, { pattern: string }> };
interface Cmi {
  core: { score: { raw: string; min: string; max: string }; lesson_status: string; exit: string };
  suspend_data: string;
  interactions: Record<string, Interaction>;
}

function lms(saved: { core?: Record<string, unknown>; suspend_data?: string } = {}) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON({
    ...saved,
    core: { student_id: 'student-a', lesson_status: 'not attempted', ...saved.core },
  } as never);
  let commits = 0;
  api.on('LMSCommit', () => commits++);
  // What the package sent, as sent (scorm-again reformats some values in its JSON export).
  const sent: [string, string][] = [];
  const setValue = api.LMSSetValue.bind(api);
  api.LMSSetValue = (el: string, v: unknown) => {
    sent.push([el, String(v)]);
    return setValue(el, v as never);
  };
  api.LMSInitialize('');
  let t = 1_000_000;
  const timers: { fn: () => void; ms: number }[] = [];
  const options: SessionOptions = {
    api,
    config,
    now: () => t,
    newId: () => 'fixedrandom',
    defer: (fn, ms) => {
      const entry = { fn, ms };
      timers.push(entry);
      return () => timers.splice(timers.indexOf(entry), 1);
    },
  };
  const cmi = () => api.renderCMIToJSONObject() as unknown as { cmi: Cmi };
  return {
    api,
    options,
    cmi: () => cmi().cmi,
    commits: () => commits,
    advance: (ms: number) => (t += ms),
    /** Runs the timers that are due within `ms` (all pending by default). */
    flush(ms = Infinity) {
      for (const e of [...timers].filter((x) => x.ms <= ms)) {
        timers.splice(timers.indexOf(e), 1);
        e.fn();
      }
    },
    pending: () => timers.length,
    /** The last value the package set for an element. */
    sentValue: (el: string) => sent.filter(([e]) => e === el).at(-1)?.[1],
  };
}

const attempt = (id: string, correct: boolean, extra: Partial<AttemptDetail> = {}): AttemptDetail => ({
  id,
  kind: 'number',
  response: correct ? '3/4' : '0.8',
  value: correct ? 0.75 : 0.8,
  key: { value: 0.75, typed: '0.75' },
  correct,
  latencyMs: 12_345,
  ...extra,
});

describe('openLmsSession', () => {
  it('commits nothing at launch, then records score, status, suspend data and the interaction of a solve', () => {
    const L = lms();
    const session = openLmsSession(L.options);
    const store = createProgressStore(session.storage, true);
    L.flush();
    expect(L.commits()).toBe(0);
    expect(store.get().browserId).toBe(studentSeedBasis('student-a'));

    store.update((p) =>
      patchVariant(p, 'beta-two', '0', {
        attempts: 1,
        solved: true,
        solvedWithSolution: false,
        lastInput: '3/4',
        solvedInput: '3/4',
      }),
    );
    session.attempt(attempt('beta-two', true));
    expect(L.pending()).toBe(1); // one commit for the change and its interaction
    L.advance(65_000);
    L.flush();
    expect(L.commits()).toBe(1);
    const cmi = L.cmi();
    expect(cmi.core.score).toMatchObject({ raw: '25', min: '0', max: '100' });
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(L.sentValue('cmi.core.session_time')).toBe('0000:01:05.00');
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    // Nothing personal in the suspend data: neither the id nor its hash.
    expect(cmi.suspend_data).not.toContain('student-a');
    expect(cmi.suspend_data).not.toContain(studentSeedBasis('student-a'));
    const back = decodeSuspendData(cmi.suspend_data, IDS);
    expect(back.ok && back.state.problems['beta-two'].variants['0'].solved).toBe(true);
    const i = cmi.interactions['0'];
    expect(i).toMatchObject({
      id: 'beta-two',
      type: 'numeric',
      student_response: '0.75',
      result: 'correct',
    });
    expect(i.correct_responses['0'].pattern).toBe('0.75');
    expect(i.id).toMatch(SPEC.identifier);
    expect(L.sentValue('cmi.interactions.0.latency')).toBe('0000:00:12.35');
    expect(i.latency).toMatch(SPEC.timespan);
    expect(i.time).toMatch(SPEC.time);
    expect(L.sentValue('cmi.core.session_time')).toMatch(SPEC.timespan);
  });

  it('a launch never lowers the recorded score or status, and the saved record is read before anything is written', () => {
    const L = lms({ core: { lesson_status: 'incomplete', score: { raw: '57' } }, suspend_data: '' });
    const session = openLmsSession(L.options);
    const store = createProgressStore(session.storage, true);
    store.update((p) => patchVariant(p, 'alpha-one', '0', { attempts: 1, lastInput: '9' }));
    session.attempt(attempt('alpha-one', false));
    L.flush();
    expect(L.cmi().core.score.raw).toBe('57');
    const passed = lms({ core: { lesson_status: 'passed', score: { raw: '100' } } });
    const s2 = openLmsSession(passed.options);
    createProgressStore(s2.storage, true).update((p) => patchVariant(p, 'alpha-one', '0', { attempts: 1 }));
    passed.flush();
    expect(passed.cmi().core.lesson_status).toBe('passed');
    expect(passed.cmi().core.score.raw).toBe('100');
  });

  it('resumes from saved suspend data: solves, current variants and the same variants for the same student', () => {
    const first = lms();
    const s1 = openLmsSession(first.options);
    const st1 = createProgressStore(s1.storage, true);
    st1.update((p) =>
      setCurrentVariant(
        patchVariant(p, 'gamma-three', '0', { attempts: 2, solved: true, solvedWithSolution: false }),
        'gamma-three',
        1,
      ),
    );
    first.flush();
    s1.finish();
    const saved = first.cmi();
    const second = lms({
      core: { lesson_status: saved.core.lesson_status, score: saved.core.score },
      suspend_data: saved.suspend_data,
    });
    const s2 = openLmsSession(second.options);
    const st2 = createProgressStore(s2.storage, true);
    expect(st2.get().browserId).toBe(st1.get().browserId);
    expect(st2.get().problems['gamma-three'].current).toBe(1);
    expect(st2.get().problems['gamma-three'].variants['0'].solved).toBe(true);
    s2.finish();
    // Finishing without a change rewrites nothing but time and exit.
    expect(second.cmi().suspend_data).toBe(saved.suspend_data);
  });

  it('graded: a solve with the solution open earns no point; practice counts it', () => {
    for (const graded of [true, false]) {
      const L = lms();
      const session = openLmsSession({ ...L.options, config: { ...config, graded } });
      createProgressStore(session.storage, true).update((p) =>
        patchVariant(p, 'alpha-one', '0', {
          attempts: 1,
          solved: true,
          solutionShown: true,
          solvedWithSolution: true,
        }),
      );
      L.flush();
      expect(L.cmi().core.score.raw).toBe(graded ? '0' : '25');
    }
  });

  it('passes when every problem earns its point, then exits normally', () => {
    const L = lms();
    const session = openLmsSession(L.options);
    const store = createProgressStore(session.storage, true);
    for (const id of IDS)
      store.update((p) => patchVariant(p, id, '0', { attempts: 1, solved: true, solvedWithSolution: false }));
    L.flush();
    session.finish();
    expect(L.cmi().core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '100' } });
  });

  it('two students get different variants; without a student id a random basis is saved with the data', () => {
    const a = lms();
    const b = lms({ core: { student_id: 'student-b' } });
    const sa = createProgressStore(openLmsSession(a.options).storage, true);
    const sb = createProgressStore(openLmsSession(b.options).storage, true);
    expect(sa.get().browserId).not.toBe(sb.get().browserId);
    const none = lms({ core: { student_id: '' } });
    const sn = openLmsSession(none.options);
    createProgressStore(sn.storage, true).update((p) => patchVariant(p, 'alpha-one', '0', { attempts: 1 }));
    none.flush();
    expect(none.cmi().suspend_data).toMatch(/^d1;b=r-fixedrandom\|/);
  });

  it('typing alone is saved later (one commit after a pause), not on every keystroke', () => {
    const L = lms();
    const session = openLmsSession(L.options);
    const store = createProgressStore(session.storage, true);
    for (const text of ['0', '0.', '0.7', '0.75'])
      store.update((p) => patchVariant(p, 'alpha-one', '0', { lastInput: text }));
    L.flush(0);
    expect(L.commits()).toBe(0);
    L.flush();
    expect(L.commits()).toBe(1);
    const back = decodeSuspendData(L.cmi().suspend_data, IDS);
    expect(back.ok && back.state.problems['alpha-one'].variants['0'].lastInput).toBe('0.75');
  });

  it('review mode writes nothing; interactions get spec-valid values for each kind', () => {
    const R = lms({ core: { lesson_mode: 'review', lesson_status: 'passed' } });
    const rs = openLmsSession(R.options);
    createProgressStore(rs.storage, true).update((p) => patchVariant(p, 'alpha-one', '0', { attempts: 1 }));
    rs.attempt(attempt('alpha-one', false));
    R.flush();
    rs.finish();
    expect(R.commits()).toBe(0);
    expect(rs.mode.review).toBe(true);

    const L = lms();
    const s = openLmsSession(L.options);
    s.attempt(attempt('alpha-one', false, { value: 1e12, response: '1e12' })); // no plain decimal: fill-in
    s.attempt(
      attempt('beta-two', true, {
        kind: 'choice',
        response: 'b,d',
        value: undefined,
        choices: [1, 3],
        key: { choices: [3, 1], typed: 'b,d' },
      }),
    );
    s.attempt(
      attempt('gamma-three', false, {
        kind: 'expression',
        response: `1/sqrt(t)\n${'x'.repeat(400)}`,
        value: undefined,
        key: { typed: 't^(-1/2)' },
      }),
    );
    s.attempt(attempt('not-in-lesson', true));
    L.flush();
    const i = L.cmi().interactions;
    expect(Object.keys(i)).toHaveLength(3);
    expect([i['0'].type, i['1'].type, i['2'].type]).toEqual(['fill-in', 'choice', 'fill-in']);
    expect(i['1'].student_response).toBe('b,d');
    expect(i['1'].correct_responses['0'].pattern).toBe('b,d');
    expect(i['2'].student_response.length).toBe(255);
    expect(i['2'].student_response).not.toContain('\n');
    for (const n of ['0', '1', '2']) {
      expect(i[n].id).toMatch(SPEC.identifier);
      expect(i[n].type).toMatch(SPEC.type);
      expect(i[n].result).toMatch(SPEC.result);
      expect(i[n].latency).toMatch(SPEC.timespan);
      expect(i[n].student_response.length).toBeLessThanOrEqual(255);
    }
  });

  it('reads the first suspend format of earlier packages and keeps its browser id for the variants', () => {
    const old = JSON.stringify({
      version: 2,
      browserId: '6f1c2c1e-3b7e-4a54-9d1e-0c1f6a5b7c3d',
      problems: {
        'alpha-one': {
          current: 0,
          variants: { '0': { lastInput: '', attempts: 1, solved: true, hintsUsed: 0, solutionShown: false } },
        },
      },
    });
    const L = lms({ core: { lesson_status: 'incomplete', score: { raw: '25' } }, suspend_data: old });
    const session = openLmsSession(L.options);
    const store = createProgressStore(session.storage, true);
    expect(store.get().browserId).toBe('6f1c2c1e-3b7e-4a54-9d1e-0c1f6a5b7c3d');
    L.flush();
    expect(L.commits()).toBe(0);
    store.update((p) =>
      patchVariant(p, 'beta-two', '0', { attempts: 1, solved: true, solvedWithSolution: false }),
    );
    L.flush();
    expect(L.cmi().core.score.raw).toBe('50');
    expect(L.cmi().suspend_data).toBe(
      encodeSuspendData(
        { problems: store.get().problems, basis: '6f1c2c1e-3b7e-4a54-9d1e-0c1f6a5b7c3d' },
        IDS,
      ),
    );
  });

  it('unreadable saved data is not overwritten at launch, and the student is told', () => {
    const L = lms({
      core: { lesson_status: 'incomplete', score: { raw: '50' } },
      suspend_data: 'something else',
    });
    const session = openLmsSession(L.options);
    expect(session.notice).toMatch(/could not be read/);
    createProgressStore(session.storage, true);
    L.flush();
    expect(L.cmi().suspend_data).toBe('something else');
  });
});
