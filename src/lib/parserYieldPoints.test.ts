import { describe, expect, it } from 'vitest';
import { YIELD_POINT, insertParserYieldPoints } from './parserYieldPoints.ts';

const block = (i: number, bytes: number) => `<p id="b${i}">${'x'.repeat(bytes)}</p>`;
const page = (body: string, cls = 'lesson-body') =>
  `<!doctype html><html><head><title>t</title></head><body><main><nav><p>toc</p></nav>` +
  `<article class="${cls}">${body}</article><footer><p>f</p></footer></main></body></html>`;
const count = (s: string, sub: string) => s.split(sub).length - 1;

describe('insertParserYieldPoints(html, every)', () => {
  it('puts a yield point before the first block at least `every` bytes after the last one', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => block(i, 90)); // ~100 bytes each
    const out = insertParserYieldPoints(page(blocks.join('')), 250);
    // Blocks start at 0, ~100, ~200, ~300 …: cuts before b3 (≥ 250 from the article's start) and b6 and b9.
    expect(out).toContain(`${YIELD_POINT}<p id="b3">`);
    expect(out).toContain(`${YIELD_POINT}<p id="b6">`);
    expect(out).toContain(`${YIELD_POINT}<p id="b9">`);
    expect(count(out, YIELD_POINT)).toBe(3);
    // Only the yield points were added: removing them gives the page back byte for byte.
    expect(out.split(YIELD_POINT).join('')).toBe(page(blocks.join('')));
  });

  it('cuts only between the body’s own blocks, never inside one', () => {
    const nested = `<div class="callout">${block(1, 400)}${block(2, 400)}</div>`;
    const out = insertParserYieldPoints(page(`${block(0, 400)}${nested}${block(3, 10)}`), 100);
    expect(out).toContain(`${YIELD_POINT}<div class="callout"><p id="b1">`);
    expect(out).toContain(`</div>${YIELD_POINT}<p id="b3">`);
    expect(out).not.toContain(`</p>${YIELD_POINT}<p id="b2">`);
    // Text between blocks is not a block boundary.
    const withText = insertParserYieldPoints(page(`${block(0, 400)} text ${block(1, 10)}`), 100);
    expect(withText).toContain(` text ${YIELD_POINT}<p id="b1">`);
  });

  it('leaves pages without a lesson body, and short lessons, as they are', () => {
    const other = page(block(0, 5000), 'reference-body');
    expect(insertParserYieldPoints(other, 100)).toBe(other);
    const short = page(block(0, 10) + block(1, 10));
    expect(insertParserYieldPoints(short)).toBe(short);
  });

  it('cuts between the blocks of every element marked data-parser-yield too', () => {
    const list = (id: string, n: number) =>
      `<div data-parser-yield id="${id}">${Array.from({ length: n }, (_, i) => block(i, 90)).join('')}</div>`;
    const html = `<!doctype html><html><body><main><h1>r</h1>${list('a', 4)}<p>between</p>${list('b', 4)}</main></body></html>`;
    const out = insertParserYieldPoints(html, 150);
    // In each list: blocks at ~0, ~100, ~200, ~300 from its start: cuts before b2 (≥ 150), none after.
    expect(count(out, YIELD_POINT)).toBe(2);
    expect(out.split(YIELD_POINT).join('')).toBe(html);
    expect(out).toMatch(/id="a">(?:(?!<\/div>).)*<script><\/script><p id="b2">/);
    expect(out).toMatch(/id="b">(?:(?!<\/div>).)*<script><\/script><p id="b2">/);
  });

  it('keeps offsets right after multi-byte characters (positions are UTF-16, as slice is)', () => {
    const greek = `<p id="b0">${'θ∇η'.repeat(100)}</p>`;
    const out = insertParserYieldPoints(page(greek + block(1, 10) + block(2, 10)), 200);
    expect(out).toContain(`${YIELD_POINT}<p id="b1">`);
    expect(count(out, YIELD_POINT)).toBe(1);
  });
});
