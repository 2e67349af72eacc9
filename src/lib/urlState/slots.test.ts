import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { slots, withSlot } from './slots.ts';
import { widgetCodec } from './widgetCodec.ts';

const Slot = z.object({
  kind: z.enum(['none', 'cosine', 'step']).default('cosine'),
  lr: z.number().min(1e-4).max(10).default(0.1),
  steps: z.number().int().min(1).max(1000).default(100),
  warm: z.boolean().default(false),
});
const State = z.object({
  runs: slots(Slot, [{}, { kind: 'step', lr: 0.5 }, { kind: 'none' }]),
  horizon: z.number().int().min(2).max(500).default(200),
});
type State = z.infer<typeof State>;
const codec = widgetCodec('demo', 1, State, {
  legacyKeys: { aLr: 'runs.0.lr', bKind: 'runs.1.kind', bLr: 'runs.1.lr', cSteps: 'runs.2.steps' },
});
const defaults: State = {
  runs: [
    { kind: 'cosine', lr: 0.1, steps: 100, warm: false },
    { kind: 'step', lr: 0.5, steps: 100, warm: false },
    { kind: 'none', lr: 0.1, steps: 100, warm: false },
  ],
  horizon: 200,
};

describe('slots(SlotSchema, perSlot)', () => {
  it('gives each slot its own defaults and infers an array of the slot type', () => {
    expect(State.parse({})).toEqual(defaults);
    expect(codec.defaults).toEqual(defaults);
    const lr: number = codec.defaults.runs[1].lr;
    expect(lr).toBe(0.5);
  });

  it('rejects a state with the wrong number of slots', () => {
    expect(State.safeParse({ runs: defaults.runs.slice(0, 2) }).success).toBe(false);
  });

  it('withSlot(list, i, patch) changes one slot and shares the others', () => {
    const next = withSlot(defaults.runs, 1, { lr: 2 });
    expect(next[1]).toEqual({ ...defaults.runs[1], lr: 2 });
    expect(next[0]).toBe(defaults.runs[0]);
    expect(defaults.runs[1].lr).toBe(0.5);
  });
});

describe('widgetCodec with slots: <id>.<field>.<i>.<sub>', () => {
  it('round-trips every slot field exactly and writes only what differs from that slot’s default', () => {
    const state: State = {
      runs: [
        { kind: 'step', lr: 0.0123456789012345, steps: 7, warm: true },
        { kind: 'step', lr: 0.5, steps: 100, warm: false },
        { kind: 'cosine', lr: 0.1, steps: 100, warm: false },
      ],
      horizon: 200,
    };
    const search = codec.withState('', state);
    expect(search).toBe(
      '?demo.v=1&demo.runs.0.kind=step&demo.runs.0.lr=0.0123456789012345&demo.runs.0.steps=7&demo.runs.0.warm=1&demo.runs.2.kind=cosine',
    );
    expect(codec.decode(search)).toEqual({ state, notices: [], present: true });
    expect(codec.encode(defaults)).toEqual([]);
  });

  it('clamps out-of-range slot values to the slot schema’s range and names the key', () => {
    const { state, notices } = codec.decode('?demo.runs.1.lr=1e6&demo.runs.2.steps=0.4');
    expect(state.runs[1].lr).toBe(10);
    expect(state.runs[2].steps).toBe(1);
    expect(notices.map((n) => n.message)).toEqual([
      'runs.1.lr was out of range (0.0001 to 10) and was set to 10.',
      'runs.2.steps was out of range (1 to 1000) and was set to 1.',
    ]);
  });

  it('falls back to that slot’s own default for an unreadable value', () => {
    const { state, notices } = codec.decode('?demo.runs.1.lr=NaN&demo.runs.1.kind=adam&demo.runs.0.warm=yes');
    expect(state.runs[1]).toEqual(defaults.runs[1]);
    expect(state.runs[0].warm).toBe(false);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['runs.0.warm', 'invalid'],
      ['runs.1.kind', 'invalid'],
      ['runs.1.lr', 'invalid'],
    ]);
    expect(notices[2].message).toBe('runs.1.lr in the link could not be read, so the default 0.5 is used.');
  });

  it('reads the old keys, says so once, and rewrites the link with the new ones', () => {
    const { state, notices, present } = codec.decode(
      '?demo.v=1&demo.aLr=0.3&demo.bKind=cosine&demo.cSteps=50',
    );
    expect(present).toBe(true);
    expect(state.runs.map((r) => [r.kind, r.lr, r.steps])).toEqual([
      ['cosine', 0.3, 100],
      ['cosine', 0.5, 100],
      ['none', 0.1, 50],
    ]);
    expect(notices.map((n) => n.kind)).toEqual(['renamed']);
    expect(codec.withState('?demo.aLr=0.3&other.x=1', state)).toBe(
      '?other.x=1&demo.v=1&demo.runs.0.lr=0.3&demo.runs.1.kind=cosine&demo.runs.2.steps=50',
    );
  });

  it('names an old key as the link wrote it when its value had to be adjusted', () => {
    const { state, notices } = codec.decode('?demo.bLr=-3&demo.bKind=%3Cscript%3E');
    expect(state.runs[1].lr).toBe(1e-4);
    expect(state.runs[1].kind).toBe('step');
    expect(notices.map((n) => n.message)).toEqual([
      'bKind in the link could not be read, so the default "step" is used.',
      'bLr was out of range (0.0001 to 10) and was set to 0.0001.',
      expect.stringContaining('earlier version'),
    ]);
  });

  it('prefers the new key when a link carries both', () => {
    const { state, notices } = codec.decode('?demo.aLr=0.3&demo.runs.0.lr=0.7');
    expect(state.runs[0].lr).toBe(0.7);
    expect(notices).toEqual([]);
  });

  it('ignores hostile and malformed keys: other indices, prototype names, nested paths, padded numbers', () => {
    const hostile = [
      'demo.runs.3.lr=5',
      'demo.runs.-1.lr=5',
      'demo.runs.01.lr=5',
      'demo.runs.1e0.lr=5',
      'demo.runs.0.lr.x=5',
      'demo.runs=5',
      'demo.runs.0=5',
      'demo.__proto__=1',
      'demo.constructor=1',
      'demo.runs.__proto__.lr=1',
      'demo.runs.0.__proto__=1',
      'demo.toString=1',
    ].join('&');
    const { state, notices, present } = codec.decode(`?${hostile}`);
    expect(state).toEqual(defaults);
    expect(notices).toEqual([]);
    expect(present).toBe(false);
    expect(({} as Record<string, unknown>).lr).toBeUndefined();
  });

  it('never echoes link text in a notice', () => {
    const { notices } = codec.decode(
      `?demo.runs.0.kind=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].message).not.toContain('<');
  });
});

describe('widgetCodec(…, { legacyKeys }) construction', () => {
  it('rejects old keys that map nowhere, shadow a current key or are not safe key text', () => {
    expect(() => widgetCodec('x', 1, State, { legacyKeys: { aLr: 'runs.5.lr' } })).toThrow(/unknown key/);
    expect(() => widgetCodec('x', 1, State, { legacyKeys: { horizon: 'runs.0.lr' } })).toThrow(/current key/);
    expect(() => widgetCodec('x', 1, State, { legacyKeys: { 'a b': 'runs.0.lr' } })).toThrow(/safe/);
  });
  it('rejects slots whose fields lack defaults or are not scalars', () => {
    const noDefault = z.object({ a: z.number() });
    expect(() =>
      widgetCodec('x', 1, z.object({ s: slots(z.object({ a: z.number().default(1) }), [{}]) })),
    ).not.toThrow();
    expect(() => slots(noDefault, [{ a: 1 }])).not.toThrow();
    expect(() => widgetCodec('x', 1, z.object({ s: slots(noDefault, [{ a: 1 }]) }))).toThrow(/default/);
    const nested = z.object({ s: z.array(z.number()).default([1]) });
    expect(() => widgetCodec('x', 1, nested)).toThrow(/array of objects/);
    expect(() => slots(z.object({ a: z.number().default(1) }), [])).toThrow(/at least one/);
  });
});
