import { describe, expect, it } from 'vitest';
import { embedUrl, type BuilderItem } from './builderUrl.ts';
import { readEmbedParams } from './embedParams.ts';

const widget: BuilderItem = {
  kind: 'widget',
  id: 'sgd-paths',
  title: 'W',
  lessonTitle: 'L',
  path: '/embed/sgd-paths/',
  height: 700,
};
const set: BuilderItem = {
  kind: 'problems',
  id: 'sgd',
  title: 'P',
  lessonTitle: 'L',
  path: '/embed/problems/sgd/',
  height: 1400,
};

describe('embedUrl', () => {
  it('keeps the widget state and adds hide and theme', () => {
    const u = new URL(
      embedUrl('https://x.test', widget, {
        state: '?sgd-paths.lr=0.3&sgd-paths.v=1&hide=old&theme=light',
        hide: ['batch-size', 'description'],
        theme: 'dark',
      }),
    );
    expect(u.origin + u.pathname).toBe('https://x.test/embed/sgd-paths/');
    expect(u.searchParams.get('sgd-paths.lr')).toBe('0.3');
    expect(u.searchParams.getAll('hide')).toEqual(['batch-size,description']);
    expect(readEmbedParams(u.search)).toEqual({ theme: 'dark', hide: ['batch-size', 'description'] });
  });
  it('omits defaults; problem sets take a seed and no widget state', () => {
    expect(embedUrl('https://x.test', widget, { state: '', hide: [], theme: 'auto' })).toBe(
      'https://x.test/embed/sgd-paths/',
    );
    expect(embedUrl('https://x.test', set, { state: '?a.b=1', hide: [], theme: 'auto', seed: 42 })).toBe(
      'https://x.test/embed/problems/sgd/?seed=42',
    );
    expect(embedUrl('https://x.test', set, { state: '', hide: [], theme: 'auto', seed: -1 })).toBe(
      'https://x.test/embed/problems/sgd/',
    );
  });
  it('problems take graded mode; widgets never get seed or graded', () => {
    const one: BuilderItem = {
      ...set,
      kind: 'problem',
      id: 'sgd-noise-floor',
      path: '/embed/problem/sgd-noise-floor/',
    };
    expect(
      embedUrl('https://x.test', one, { state: '', hide: [], theme: 'dark', seed: 7, graded: true }),
    ).toBe('https://x.test/embed/problem/sgd-noise-floor/?theme=dark&seed=7&graded=1');
    expect(
      embedUrl('https://x.test', set, { state: '?graded=1', hide: [], theme: 'auto', graded: false }),
    ).toBe('https://x.test/embed/problems/sgd/');
    expect(
      embedUrl('https://x.test', widget, { state: '', hide: [], theme: 'auto', seed: 7, graded: true }),
    ).toBe('https://x.test/embed/sgd-paths/');
  });
  it('escapes state values it passes on', () => {
    const u = embedUrl('https://x.test', widget, {
      state: '?sgd-paths.lr=%22%3E%3Cscript%3E',
      hide: [],
      theme: 'auto',
    });
    expect(u).not.toContain('<');
    expect(u).not.toContain('"');
  });
});
