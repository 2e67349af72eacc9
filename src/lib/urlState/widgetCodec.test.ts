import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { widgetCodec } from './widgetCodec.ts';

const schema = z.object({
  lr: z.number().min(1e-4).max(10).default(0.1),
  batch: z.number().int().min(1).max(64).default(4),
  method: z.enum(['sgd', 'gd']).default('sgd'),
  decay: z.boolean().default(false),
});
const codec = widgetCodec('demo', 2, schema);

describe('widgetCodec(id, version, schema).decode(search)', () => {
  it('returns the defaults and no notices for an empty query', () => {
    expect(codec.decode('')).toEqual({
      state: { lr: 0.1, batch: 4, method: 'sgd', decay: false },
      notices: [],
      present: false,
    });
  });

  it('round-trips every field through encode and withState exactly', () => {
    const state = { lr: 0.0123456789012345, batch: 17, method: 'gd' as const, decay: true };
    const search = codec.withState('', state);
    expect(search).toBe('?demo.v=2&demo.lr=0.0123456789012345&demo.batch=17&demo.method=gd&demo.decay=1');
    expect(codec.decode(search)).toEqual({ state, notices: [], present: true });
  });

  it('omits default values from the link', () => {
    expect(codec.encode({ lr: 0.1, batch: 4, method: 'sgd', decay: false })).toEqual([]);
    expect(codec.encode({ lr: 0.1, batch: 8, method: 'sgd', decay: false })).toEqual([
      ['demo.v', '2'],
      ['demo.batch', '8'],
    ]);
  });

  it('clamps out-of-range numbers to the schema range and says so', () => {
    const { state, notices } = codec.decode('?demo.lr=1e6&demo.batch=0');
    expect(state.lr).toBe(10);
    expect(state.batch).toBe(1);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['lr', 'clamped'],
      ['batch', 'clamped'],
    ]);
    expect(notices[0].message).toBe('lr was out of range (0.0001 to 10) and was set to 10.');
  });

  it('rounds a fractional integer field and reports it as adjusted', () => {
    const { state, notices } = codec.decode('?demo.batch=7.6');
    expect(state.batch).toBe(8);
    expect(notices[0].kind).toBe('clamped');
  });

  it("ignores unknown keys and other widgets' keys", () => {
    expect(codec.decode('?demo.bogus=3&other.lr=5&utm_source=x&demo.batch=9')).toEqual({
      state: { lr: 0.1, batch: 9, method: 'sgd', decay: false },
      notices: [],
      present: true,
    });
  });

  it('replaces NaN, Infinity, hex, empty and garbage values by the default with a notice', () => {
    for (const bad of [
      'NaN',
      'Infinity',
      '-Infinity',
      '0x10',
      '',
      '1,5',
      ' 3',
      '<script>alert(1)</script>',
      '1e999',
      '--1',
    ]) {
      const { state, notices } = codec.decode(`?demo.lr=${encodeURIComponent(bad)}`);
      expect(state.lr, bad).toBe(0.1);
      expect(notices, bad).toHaveLength(1);
      expect(notices[0].kind).toBe('invalid');
      // The notice never echoes what was in the URL.
      expect(notices[0].message).toBe('lr in the link could not be read, so the default 0.1 is used.');
    }
  });

  it('clamps huge but finite values and rejects absurdly long ones', () => {
    expect(codec.decode('?demo.lr=1e300').state.lr).toBe(10);
    expect(codec.decode('?demo.lr=-1e300').state.lr).toBe(1e-4);
    const long = '0.' + '1'.repeat(100);
    expect(codec.decode(`?demo.lr=${long}`).notices[0].kind).toBe('invalid');
  });

  it('rejects enum and boolean values outside their options', () => {
    const { state, notices } = codec.decode('?demo.method=adam&demo.decay=yes');
    expect(state).toEqual({ lr: 0.1, batch: 4, method: 'sgd', decay: false });
    expect(notices.map((n) => n.kind)).toEqual(['invalid', 'invalid']);
    expect(codec.decode('?demo.decay=true').state.decay).toBe(true);
    expect(codec.decode('?demo.decay=0').state.decay).toBe(false);
  });

  it('keeps settings from another version but notes it', () => {
    const { state, notices } = codec.decode('?demo.v=1&demo.batch=5');
    expect(state.batch).toBe(5);
    expect(notices.map((n) => n.kind)).toEqual(['version']);
  });
});

describe('widgetCodec(id, version, schema).withState(search, state)', () => {
  it("replaces only this widget's keys and keeps the rest of the query", () => {
    const out = codec.withState('?other.lr=5&demo.lr=3&demo.junk=1', {
      lr: 0.5,
      batch: 4,
      method: 'sgd',
      decay: false,
    });
    expect(new URLSearchParams(out).get('other.lr')).toBe('5');
    expect(new URLSearchParams(out).get('demo.lr')).toBe('0.5');
    expect(new URLSearchParams(out).has('demo.junk')).toBe(false);
  });
  it('returns an empty string when nothing remains', () => {
    expect(codec.withState('?demo.lr=3', codec.defaults)).toBe('');
  });
});

describe('widgetCodec(id, version, schema) construction', () => {
  it('rejects fields without defaults or of unsupported types', () => {
    expect(() => widgetCodec('x', 1, z.object({ a: z.number() }))).toThrow(/default/);
    expect(() => widgetCodec('x', 1, z.object({ a: z.string().default('s') }))).toThrow(/unsupported/);
  });
  it('rejects ids that would not be safe query-key prefixes', () => {
    expect(() => widgetCodec('Bad id', 1, schema)).toThrow(/id/);
    expect(() => widgetCodec('ok', 0, schema)).toThrow(/version/);
  });
});
