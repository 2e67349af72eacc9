import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScript } from './inlineScript.ts';

const dir = new URL('../scripts/inline/', import.meta.url);

describe('inlineScript(source)', () => {
  it('drops comments and whitespace and keeps the behaviour', () => {
    const code = inlineScript(
      '// why\n(function () {\n  const answer = 40 + 2;\n  globalThis.__x = answer;\n})();\n',
    );
    expect(code).not.toContain('why');
    expect(code.length).toBeLessThan(40);
    new Function(code)();
    expect((globalThis as { __x?: number }).__x).toBe(42);
  });
  it('fails on a syntax error; a "</script" in a string cannot end the element', () => {
    expect(() => inlineScript('let = ;')).toThrow();
    expect(inlineScript('document.title = "</script>";')).not.toMatch(/<\/script/i);
  });
  it('every layout script minifies to less than half of its source', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const source = readFileSync(new URL(f, dir), 'utf8');
      expect(inlineScript(source).length, f).toBeLessThan(source.length / 2 + 40);
    }
  });
});
