import { describe, expect, it } from 'vitest';
import { lessonSchema } from './lessonSchema.ts';

const good = {
  title: 'Notation',
  summary: 'The symbols used throughout the course.',
  order: 0,
  objectives: ['Read update rules', 'Name every symbol', 'Use PyTorch defaults'],
  minutes: 10,
};

describe('lessonSchema', () => {
  it('accepts complete frontmatter and defaults prerequisites to []', () => {
    const r = lessonSchema.parse(good);
    expect(r.prerequisites).toEqual([]);
    expect(r.status).toBe('published');
  });
  it('rejects fewer than 3 objectives, naming the field', () => {
    const r = lessonSchema.safeParse({ ...good, objectives: ['one objective'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['objectives']);
  });
  it('rejects more than 5 objectives', () => {
    expect(lessonSchema.safeParse({ ...good, objectives: Array(6).fill('an objective') }).success).toBe(
      false,
    );
  });
  it('rejects a missing summary and a non-integer order', () => {
    const { summary: _omit, ...noSummary } = good;
    expect(lessonSchema.safeParse(noSummary).success).toBe(false);
    expect(lessonSchema.safeParse({ ...good, order: 1.5 }).success).toBe(false);
  });
});
