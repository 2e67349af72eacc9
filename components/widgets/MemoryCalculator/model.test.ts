import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, memoryCalculator, transformerBlocks } from './model.ts';
import { memoryCalculatorCodec } from './state.ts';
import { summarize } from './MemoryCalculator.tsx';

const gpt2 = memoryCalculatorCodec.defaults;

describe('memoryCalculator(state)', () => {
  it('counts GPT-2 small’s 124 439 808 parameters (the published count of the tied model)', () => {
    expect(memoryCalculator(gpt2).parameters).toBe(124_439_808);
  });
  it('Adam keeps two numbers per parameter, Lion one, Adafactor far below one', () => {
    const rows = memoryCalculator(gpt2).rows;
    const per = (n: string) => rows.find((r) => r.name === n)!.perParameter;
    expect(per('adamw')).toBe(2);
    expect(per('lion')).toBe(1);
    expect(per('adafactor')).toBeLessThan(0.01);
  });
  it('Adafactor by hand: d + 3d, d + d, d + rd, rd + d per layer, V + d and positions + d, vectors in full', () => {
    const d = 768;
    const perLayer = d + 3 * d + (d + d) + (d + 4 * d) + (4 * d + d) + (6 * d + 3 * d + 4 * d);
    const expected = 12 * perLayer + (50257 + d) + (1024 + d) + 2 * d;
    expect(memoryCalculator(gpt2).rows.find((r) => r.name === 'adafactor')!.floats).toBe(expected);
  });
  it('an untied head adds V·d parameters; bf16 halves the bytes', () => {
    const untied = memoryCalculator({ ...gpt2, tied: false });
    expect(untied.parameters - memoryCalculator(gpt2).parameters).toBe(50257 * 768);
    const bf = memoryCalculator({ ...gpt2, precision: 'bf16' });
    expect(bf.rows[5].bytes * 2).toBe(memoryCalculator(gpt2).rows[5].bytes);
    expect(transformerBlocks({ ...gpt2, context: 0 }).length).toBe(transformerBlocks(gpt2).length - 1);
  });
  it('formats bytes in powers of 1024 and says so in the summary', () => {
    expect(formatBytes(512 * 1024 ** 2)).toBe('512 MB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
    expect(formatCount(124_439_808)).toBe('124.4 million');
    expect(formatCount(950)).toBe('950');
    expect(summarize(memoryCalculator(gpt2), gpt2)).toMatch(/AdamW's state takes 949 MB/);
  });
});
