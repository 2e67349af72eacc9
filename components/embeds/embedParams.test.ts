import { describe, expect, it } from 'vitest';
import { readEmbedParams } from './embedParams.ts';

describe('readEmbedParams', () => {
  it('reads theme and hide', () => {
    expect(readEmbedParams('?theme=dark&hide=batch-size,description')).toEqual({
      theme: 'dark',
      hide: ['batch-size', 'description'],
    });
    expect(readEmbedParams('?theme=light')).toEqual({ theme: 'light', hide: [] });
  });
  it('ignores hostile values', () => {
    expect(readEmbedParams('?theme=<script>alert(1)</script>').theme).toBe('auto');
    expect(readEmbedParams('?theme=DARK').theme).toBe('auto');
    expect(readEmbedParams('?hide=.wk-frame,*,a%20b,"x",../y,' + 'a'.repeat(41) + ',ok').hide).toEqual([
      'ok',
    ]);
    expect(
      readEmbedParams('?hide=' + Array.from({ length: 100 }, (_, i) => `c${i}`).join(',')).hide,
    ).toHaveLength(40);
    expect(readEmbedParams('?hide=a,a,a').hide).toEqual(['a']);
    expect(readEmbedParams('%%%').hide).toEqual([]);
  });
});
