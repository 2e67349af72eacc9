import { describe, expect, it } from 'vitest';
import { playbackFrame } from './playbackView.ts';

describe('playbackFrame', () => {
  it('draws the live frame while playing, whatever was deferred', () => {
    expect(playbackFrame(true, 12, 3)).toBe(12);
    expect(playbackFrame(true, 12, null)).toBe(12);
  });
  it('draws the deferred frame when paused (a scrub paints first, the view follows)', () => {
    expect(playbackFrame(false, 12, 11)).toBe(11);
  });
  it('draws the live frame right after Play stops, before anything was deferred again', () => {
    expect(playbackFrame(false, 60, null)).toBe(60);
  });
});
