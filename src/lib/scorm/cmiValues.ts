/**
 * Values in the formats of the SCORM 1.2 data model (ADL, SCORM 1.2 Run-Time Environment, §3.4.2),
 * written by the package runtime. scorm-again, which the tests use as the LMS, accepts more than
 * the specification (e.g. spaces in identifiers, any length of feedback); these stay within it.
 */

/** CMITimespan, `HHHH:MM:SS.SS` (hours: 2 to 4 digits), used by session_time and latency. */
export function cmiTimespan(ms: number): string {
  const cs = Math.min(9999 * 360_000 + 359_999, Math.max(0, Math.round(ms / 10)));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  const frac = cs % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(m)}:${two(s)}.${two(frac)}`;
}

/** CMITime, `HH:MM:SS` on a 24-hour clock (the learner's local time), for interactions.n.time. */
export function cmiTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** Most digits before the point an LMS is known to accept in a CMIDecimal (scorm-again: 10). */
const MAX_INTEGER_DIGITS = 10;

/**
 * CMIDecimal: a plain decimal (no exponent), 12 significant digits; undefined when the number is
 * not finite or needs more than 10 digits before the point.
 */
export function cmiDecimal(x: number): string | undefined {
  if (!Number.isFinite(x)) return undefined;
  if (x === 0) return '0';
  const [mantissa, expText] = Math.abs(x).toExponential(11).split('e');
  const exp = Number(expText);
  if (exp >= MAX_INTEGER_DIGITS) return undefined;
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  let text: string;
  if (exp < 0) text = `0.${'0'.repeat(-exp - 1)}${digits}`;
  else if (digits.length <= exp + 1) text = digits + '0'.repeat(exp + 1 - digits.length);
  else text = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return x < 0 ? `-${text}` : text;
}

/** CMIIdentifier as the specification words it: letters, digits, `-` and `_`, 1 to 255 characters. */
export function cmiIdentifier(s: string): string {
  const id = s.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 255);
  return id === '' ? 'unnamed' : id;
}

/** CMIFeedback for fill-in responses: one line of at most 255 characters (a pair is never split). */
export function cmiFeedback(s: string): string {
  // Control characters (newlines, tabs…) become spaces: a response is one line.
  const line = Array.from(s, (ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch))
    .join('')
    .trim();
  if (line.length <= 255) return line;
  const cut = line.slice(0, 255);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, 254) : cut;
}

/** A choice response: options named by single characters a–z then 0–9, comma-separated (1.2's format). */
export function cmiChoice(indexes: readonly number[]): string | undefined {
  const names = 'abcdefghijklmnopqrstuvwxyz0123456789';
  if (indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= names.length)) return undefined;
  return [...new Set(indexes)]
    .sort((a, b) => a - b)
    .map((i) => names[i])
    .join(',');
}
