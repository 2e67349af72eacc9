import { z } from 'zod';
import { describeField, type FieldInfo } from './describeField.ts';
import { formatField, parseField, type FieldValue } from './parseField.ts';

/** A widget's state schema: a zod object whose every field is a number, boolean or enum with a default. */
export type WidgetStateSchema = z.ZodObject<Record<string, z.ZodType>>;

/** Something the reader should be told about a link: a value was clamped, replaced or from another version. */
export interface UrlNotice {
  key: string;
  kind: 'clamped' | 'invalid' | 'version';
  /** Plain text built only from the schema and parsed numbers — never from raw URL text. */
  message: string;
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

function show(info: FieldInfo, v: FieldValue): string {
  return info.kind === 'number' ? String(v) : JSON.stringify(v);
}

/**
 * widgetCodec(id, version, schema) builds the URL codec for one widget. Keys are namespaced as
 * `<id>.<field>` so several widgets share one query string, and `<id>.v` carries the version.
 */
export function widgetCodec<S extends WidgetStateSchema>(
  id: string,
  version: number,
  schema: S,
): WidgetCodec<z.infer<S>> {
  type T = z.infer<S>;
  if (!ID.test(id))
    throw new TypeError(`urlState: widget id "${id}" must be lowercase letters, digits and dashes`);
  if (!Number.isInteger(version) || version < 1)
    throw new TypeError('urlState: version must be a positive integer');
  const fields: Record<string, FieldInfo> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name))
      throw new TypeError(`urlState: field name "${name}" must be alphanumeric`);
    fields[name] = describeField(name, field);
  }
  const defaults = schema.parse({}) as T;
  const prefix = `${id}.`;
  const versionKey = `${id}.v`;

  function decode(search: string) {
    const params = new URLSearchParams(search);
    const values: Record<string, FieldValue> = { ...(defaults as Record<string, FieldValue>) };
    const notices: UrlNotice[] = [];
    let present = false;
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
    for (const [name, info] of Object.entries(fields)) {
      const raw = params.get(prefix + name);
      if (raw === null) continue;
      present = true;
      const parsed = parseField(info, raw);
      values[name] = parsed.value;
      if (parsed.problem === 'clamped' && info.kind === 'number') {
        notices.push({
          key: name,
          kind: 'clamped',
          message: `${name} was out of range (${show(info, info.min)} to ${show(info, info.max)}) and was set to ${show(info, parsed.value)}.`,
        });
      } else if (parsed.problem === 'invalid') {
        notices.push({
          key: name,
          kind: 'invalid',
          message: `${name} in the link could not be read, so the default ${show(info, info.defaultValue)} is used.`,
        });
      }
    }
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
    const s = state as Record<string, FieldValue>;
    for (const [name, info] of Object.entries(fields)) {
      if (s[name] === undefined || s[name] === info.defaultValue) continue;
      out.push([prefix + name, formatField(info, s[name])]);
    }
    if (out.length > 0) out.unshift([versionKey, String(version)]);
    return out;
  }

  function withState(search: string, state: T): string {
    const params = new URLSearchParams(search);
    for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
    for (const [k, v] of encode(state)) params.set(k, v);
    const q = params.toString();
    return q ? `?${q}` : '';
  }

  return { id, version, fields, defaults, decode, encode, withState };
}
