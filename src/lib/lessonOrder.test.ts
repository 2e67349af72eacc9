import { describe, expect, it } from 'vitest';
import { lessonHref, neighbours, sortLessons } from './lessonOrder.ts';

const l = (id: string, order: number) => ({ id, data: { order, title: id } });

describe('sortLessons(lessons)', () => {
  it('orders by the order field, not by input order', () => {
    expect(sortLessons([l('b', 2), l('a', 0), l('c', 1)]).map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });
  it('throws naming both lessons when two share an order', () => {
    expect(() => sortLessons([l('x', 1), l('y', 1)])).toThrow(/"x" and "y" share order 1/);
  });
});

describe('neighbours(sorted, id)', () => {
  const s = [l('a', 0), l('b', 1), l('c', 2)];
  it('gives prev and next in the middle', () => {
    const n = neighbours(s, 'b');
    expect([n.index, n.prev?.id, n.next?.id]).toEqual([1, 'a', 'c']);
  });
  it('has no prev on the first lesson and no next on the last', () => {
    expect(neighbours(s, 'a').prev).toBeUndefined();
    expect(neighbours(s, 'c').next).toBeUndefined();
  });
  it('throws on an unknown id', () => {
    expect(() => neighbours(s, 'zz')).toThrow(/Unknown lesson "zz"/);
  });
});

describe('lessonHref(id, base)', () => {
  it('builds /lessons/<id>/ under any base', () => {
    expect(lessonHref('sgd')).toBe('/lessons/sgd/');
    expect(lessonHref('sgd', '/course')).toBe('/course/lessons/sgd/');
  });
});
