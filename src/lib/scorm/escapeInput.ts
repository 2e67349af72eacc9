/**
 * A student's typed input made safe for `cmi.suspend_data`: characters that answers are usually
 * made of stay as they are; everything else becomes `%XX` (ASCII) or `%uXXXX` (any other UTF-16
 * unit), so the saved text is plain ASCII free of the codec's separators (`|`, `,`, `;`, `=`) and of
 * the quotes and angle brackets some LMSs mishandle.
 */
const SAFE = /[A-Za-z0-9 .()*/^+\-_[\]!~]/;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** escapeInput(text, maxChars) → the escaped form of the longest prefix of `text` that fits `maxChars`. */
export function escapeInput(text: string, maxChars = Infinity): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is kept whole or not at all.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const units = pair ? [c, text.charCodeAt(i + 1)] : [c];
    const piece = units
      .map((u) => {
        const ch = String.fromCharCode(u);
        if (SAFE.test(ch)) return ch;
        return u < 0x80 ? `%${hex(u, 2)}` : `%u${hex(u, 4)}`;
      })
      .join('');
    if (out.length + piece.length > maxChars) break;
    out += piece;
    if (pair) i++;
  }
  return out;
}

/** unescapeInput(escaped) → the text, or undefined when `escaped` is not something escapeInput writes. */
export function unescapeInput(escaped: string): string | undefined {
  let out = '';
  for (let i = 0; i < escaped.length;) {
    const ch = escaped[i];
    if (ch !== '%') {
      if (!SAFE.test(ch)) return undefined;
      out += ch;
      i++;
      continue;
    }
    const long = escaped[i + 1] === 'u';
    const digits = long ? escaped.slice(i + 2, i + 6) : escaped.slice(i + 1, i + 3);
    if (!/^[0-9A-F]+$/.test(digits) || digits.length !== (long ? 4 : 2)) return undefined;
    out += String.fromCharCode(parseInt(digits, 16));
    i += long ? 6 : 3;
  }
  return out;
}
