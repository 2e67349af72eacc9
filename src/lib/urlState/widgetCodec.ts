import { z } from 'zod';
import { describeField, type FieldInfo, type ScalarInfo } from './describeField.ts';
import { formatField, parseField, type FieldValue } from './parseField.ts';

/** A widget's state schema: a zod object whose fields are numbers, booleans, enums (with defaults) or `slots(…)`. */
export type WidgetStateSchema = z.ZodObject<Record<string, z.ZodType>>;

/** Something the reader should be told about a link: a value was clamped or replaced, it came from another version, or it used old setting names. */
export interface UrlNotice {
  key: string;
  kind: 'clamped' | 'invalid' | 'version' | 'renamed';
  /** Plain text built only from the schema and parsed numbers — never from raw URL text. */
  message: string;
}

export interface WidgetCodecOptions {
  /**
   * Keys an earlier version of the widget wrote, each mapped to the key that now holds the same
   * setting (both without the `<id>.` prefix), e.g. `{ aTMax: 'slots.0.tMax' }`. A link that uses
   * them still opens as it did, with a notice; the next write of the URL uses the new keys.
   */
  legacyKeys?: Readonly<Record<string, string>>;
}

export interface WidgetCodec<T> {
  id: string;
  version: number;
  fields: Readonly<Record<string, FieldInfo>>;
  defaults: T;
  /** decode(search) → the state a link describes, plus notices; unknown keys are ignored. */
  decode(search: string): { state: T; notices: UrlNotice[]; present: boolean };
  /** encode(state) → the query entries for this widget (defaults omitted, version included). */
  encode(state: T): [string, string][];
  /** withState(search, state) → `search` with this widget's keys replaced; other keys kept. */
  withState(search: string, state: T): string;
}

const ID = /^[a-z][a-z0-9-]{0,30}$/;
const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;
const LEGACY = /^[a-zA-Z0-9][a-zA-Z0-9.]{0,60}$/;

/** One scalar position of the state: a plain field, or field `sub` of slot `index` of a slots field. */
interface Position {
  /** The key after `<id>.`: `lr`, or `slots.0.lr`. */
  key: string;
  info: ScalarInfo;
  defaultValue: FieldValue;
  field: string;
  slot?: { index: number; sub: string };
}

function show(info: ScalarInfo, v: FieldValue): string {
  return info.kind === 'number' ? String(v) : JSON.stringify(v);
}

function positionsOf(fields: Readonly<Record<string, FieldInfo>>): Position[] {
  const out: Position[] = [];
  for (const [field, info] of Object.entries(fields)) {
    if (info.kind !== 'slots') {
      out.push({ key: field, info, defaultValue: info.defaultValue, field });
      continue;
    }
    info.defaults.forEach((slotDefaults, index) => {
      for (const [sub, subInfo] of Object.entries(info.fields))
        out.push({
          key: `${field}.${index}.${sub}`,
          info: subInfo,
          defaultValue: slotDefaults[sub],
          field,
          slot: { index, sub },
        });
    });
  }
  return out;
}

type Values = Record<string, FieldValue | Record<string, FieldValue>[]>;

function read(values: Values, p: Position): FieldValue | undefined {
  const v = values[p.field];
  if (!p.slot) return Array.isArray(v) ? undefined : v;
  return Array.isArray(v) ? v[p.slot.index]?.[p.slot.sub] : undefined;
}

function write(values: Values, p: Position, value: FieldValue): void {
  const v = values[p.field];
  if (!p.slot) values[p.field] = value;
  else if (Array.isArray(v)) v[p.slot.index][p.slot.sub] = value;
}

/**
 * widgetCodec(id, version, schema, options) builds the URL codec for one widget. Keys are
 * namespaced as `<id>.<field>` (and `<id>.<field>.<i>.<sub>` inside slots) so several widgets share
 * one query string, and `<id>.v` carries the version.
 */
export function widgetCodec<S extends WidgetStateSchema>(
  id: string,
  version: number,
  schema: S,
  options: WidgetCodecOptions = {},
): WidgetCodec<z.infer<S>> {
  type T = z.infer<S>;
  if (!ID.test(id))
    throw new TypeError(`urlState: widget id "${id}" must be lowercase letters, digits and dashes`);
  if (!Number.isInteger(version) || version < 1)
    throw new TypeError('urlState: version must be a positive integer');
  const fields: Record<string, FieldInfo> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    if (!NAME.test(name)) throw new TypeError(`urlState: field name "${name}" must be alphanumeric`);
    fields[name] = describeField(name, field);
  }
  const defaults = schema.parse({}) as T;
  const positions = positionsOf(fields);
  const prefix = `${id}.`;
  const versionKey = `${id}.v`;

  // Old key → position, checked once here so a typo in the table fails at module load.
  const byKey = new Map(positions.map((p) => [p.key, p]));
  const legacyOf = new Map<string, string[]>();
  for (const [old, now] of Object.entries(options.legacyKeys ?? {})) {
    if (!LEGACY.test(old)) throw new TypeError(`urlState: legacy key "${old}" is not a safe key`);
    if (byKey.has(old)) throw new TypeError(`urlState: legacy key "${old}" is also a current key`);
    if (!byKey.has(now)) throw new TypeError(`urlState: legacy key "${old}" maps to unknown key "${now}"`);
    legacyOf.set(now, [...(legacyOf.get(now) ?? []), old]);
  }

  /** A deep copy of the defaults: slot arrays are written position by position. */
  function fresh(): Values {
    const out: Values = {};
    for (const [name, v] of Object.entries(defaults as Values))
      out[name] = Array.isArray(v) ? v.map((slot) => ({ ...slot })) : v;
    return out;
  }

  function decode(search: string) {
    const params = new URLSearchParams(search);
    const values = fresh();
    const notices: UrlNotice[] = [];
    let present = false;
    let renamed = false;
    const v = params.get(versionKey);
    if (v !== null) {
      present = true;
      if (v !== String(version)) {
        notices.push({
          key: 'v',
          kind: 'version',
          message: `This link was made for a different version of this widget; settings that still apply were kept.`,
        });
      }
    }
    // Only known keys are ever looked up: nothing in the link is used as a property name.
    for (const p of positions) {
      let name = p.key;
      let raw = params.get(prefix + p.key);
      if (raw === null) {
        const old = legacyOf.get(p.key)?.find((k) => params.has(prefix + k));
        if (old === undefined) continue;
        name = old;
        raw = params.get(prefix + old) ?? '';
        renamed = true;
      }
      present = true;
      const parsed = parseField(p.info, raw);
      write(values, p, parsed.problem === 'invalid' ? p.defaultValue : parsed.value);
      // The notice names the key as it stands in the reader's link (a known key, never URL text).
      if (parsed.problem === 'clamped' && p.info.kind === 'number') {
        notices.push({
          key: name,
          kind: 'clamped',
          message: `${name} was out of range (${show(p.info, p.info.min)} to ${show(p.info, p.info.max)}) and was set to ${show(p.info, parsed.value)}.`,
        });
      } else if (parsed.problem === 'invalid') {
        notices.push({
          key: name,
          kind: 'invalid',
          message: `${name} in the link could not be read, so the default ${show(p.info, p.defaultValue)} is used.`,
        });
      }
    }
    if (renamed)
      notices.push({
        key: 'renamed',
        kind: 'renamed',
        message:
          'This link names its settings the way an earlier version of this widget did; they were carried over, and a new link uses the current names.',
      });
    // Last line of defence: whatever survived must satisfy the schema, else use the defaults.
    const checked = schema.safeParse(values);
    if (!checked.success)
      return {
        state: defaults,
        notices: [
          ...notices,
          { key: '*', kind: 'invalid' as const, message: 'The link could not be read; defaults are shown.' },
        ],
        present,
      };
    return { state: checked.data as T, notices, present };
  }

  function encode(state: T): [string, string][] {
    const out: [string, string][] = [];
    for (const p of positions) {
      const value = read(state as Values, p);
      if (value === undefined || value === p.defaultValue) continue;
      out.push([prefix + p.key, formatField(p.info, value)]);
    }
    if (out.length > 0) out.unshift([versionKey, String(version)]);
    return out;
  }

  function withState(search: string, state: T): string {
    const params = new URLSearchParams(search);
    // Every key under the prefix goes, old names included: the link is rewritten in current form.
    for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
    for (const [k, val] of encode(state)) params.set(k, val);
    const q = params.toString();
    return q ? `?${q}` : '';
  }

  return { id, version, fields, defaults, decode, encode, withState };
}
