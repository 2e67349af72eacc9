import { describe, expect, it } from 'vitest';
import { playbackFrame } from './playbackView.ts';

describe('playbackFrame(playing, live, deferred, lastPlayed)', () => {
  it('draws the live frame while playing, whatever was deferred', () => {
    expect(playbackFrame(true, 12, 3, 11)).toBe(12);
    expect(playbackFrame(true, 12, null, 11)).toBe(12);
  });
  it('draws the deferred frame when paused (a scrub paints first, the view follows)', () => {
    expect(playbackFrame(false, 12, 11, 30)).toBe(11);
  });
  it('keeps the frame Play last drew right after a press stops Play, before anything was deferred', () => {
    // The scrubber moved to 45 while Play was drawing 30: the press repaints the scrubber only.
    expect(playbackFrame(false, 45, null, 30)).toBe(30);
  });
  it('draws the live frame when paused with nothing deferred and nothing played', () => {
    expect(playbackFrame(false, 60, null, null)).toBe(60);
    expect(playbackFrame(false, 60, null)).toBe(60);
  });
});
