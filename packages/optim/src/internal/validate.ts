// Option checks shared by every factory. Messages name the function and the option so a
// widget or lesson author sees at once what to fix: "adam: beta2 must be in [0, 1), got 1".
import type { LearningRate, Vec } from '../types.ts';

function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
}

/** Throws unless `value` is a finite number. */
export function finite(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is a finite number ≥ 0. */
export function nonNegative(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${fn}: ${name} must be a finite number ≥ 0, got ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is a finite number > 0. */
export function positive(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${fn}: ${name} must be a finite number > 0, got ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is in [0, 1) — the range of every decay rate β. */
export function unitInterval(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new RangeError(`${fn}: ${name} must be in [0, 1), got ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is in [0, 1]. */
export function closedUnitInterval(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new RangeError(`${fn}: ${name} must be in [0, 1], got ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is an integer ≥ `min`. */
export function integer(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${fn}: ${name} must be an integer ≥ ${min}, got ${show(value)}`);
  }
  return value;
}

export function boolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new RangeError(`${fn}: ${name} must be true or false, got ${show(value)}`);
  }
  return value;
}

export function oneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new RangeError(
      `${fn}: ${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(value)}`,
    );
  }
  return value as T;
}

/** A learning rate is a finite number ≥ 0 or a schedule function (checked when called). */
export function learningRate(fn: string, name: string, value: unknown): LearningRate {
  if (typeof value === 'function') return value as LearningRate;
  return nonNegative(fn, name, value);
}

/** Throws unless `v` is a Float64Array of length `n`. */
export function vecOfLength(fn: string, name: string, v: unknown, n: number): Vec {
  if (!(v instanceof Float64Array)) {
    throw new RangeError(`${fn}: ${name} must be a Float64Array, got ${show(v)}`);
  }
  if (v.length !== n) {
    throw new RangeError(`${fn}: ${name} has length ${v.length}, expected ${n}`);
  }
  return v;
}

/** Throws unless `v` is a Float64Array of finite numbers. */
export function finiteVec(fn: string, name: string, v: unknown): Vec {
  if (!(v instanceof Float64Array)) {
    throw new RangeError(`${fn}: ${name} must be a Float64Array, got ${show(v)}`);
  }
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${v[i]}`);
  }
  return v;
}
