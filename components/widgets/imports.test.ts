import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { placeWidget } from '../embeds/scanLessons.ts';

// Where widget code may reach (see kit/README.md, "Where code lives"): a widget folder depends only on
// the kit, its own lesson's shared module (lessons/<lesson slug>/), the site's libraries in src/lib
// and packages (@descent/optim, React, zod, d3, …) — never on another widget's folder. The kit and
// the lesson modules depend on neither widgets nor lessons (a lesson module may use the kit).

const WIDGETS = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(WIDGETS, '../..');
const LIB = join(ROOT, 'src', 'lib');
const KIT = join(WIDGETS, 'kit');
const LESSONS = join(WIDGETS, 'lessons');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

/** Every module a file names: imports, re-exports, dynamic imports and `new URL('…', import.meta.url)`. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const m of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g))
    found.push(m[1]);
  return found;
}

/** The files of a folder that name something outside `allowed` (relative paths; packages are fine). */
function violations(dir: string, allowed: string[]): string[] {
  return files(dir).flatMap((file) =>
    specifiers(file)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s))
      .filter((target) => !allowed.some((a) => inside(target, a)))
      .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
  );
}

const lessonSources = Object.fromEntries(
  readdirSync(join(ROOT, 'content', 'lessons'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f, readFileSync(join(ROOT, 'content', 'lessons', f), 'utf8')]),
);
const widgetFolders = readdirSync(WIDGETS).filter(
  (name) => statSync(join(WIDGETS, name)).isDirectory() && name !== 'kit' && name !== 'lessons',
);

describe('widget folders', () => {
  it('are all scanned (a sanity check on the scan itself)', () => {
    expect(widgetFolders.length).toBeGreaterThanOrEqual(20);
    expect(specifiers(join(WIDGETS, 'Playground', 'Playground.tsx'))).toEqual(
      expect.arrayContaining(['react', '../kit/WidgetFrame.tsx', './playground.worker.ts']),
    );
  });

  it.each(widgetFolders)(
    '%s depends only on the kit, its lesson’s module, src/lib and packages',
    (folder) => {
      const lesson = placeWidget(folder, lessonSources)?.lesson;
      const allowed = [join(WIDGETS, folder), KIT, LIB, ...(lesson ? [join(LESSONS, lesson)] : [])];
      expect(violations(join(WIDGETS, folder), allowed)).toEqual([]);
    },
  );
});

describe('shared widget code', () => {
  it('the kit depends on no widget and no lesson module', () => {
    expect(violations(KIT, [KIT, LIB])).toEqual([]);
  });
  it.each(readdirSync(LESSONS))(
    'lessons/%s depends only on itself, the kit, src/lib and packages',
    (lesson) => {
      expect(lessonSources).toSatisfy((sources: Record<string, string>) =>
        Object.keys(sources).some((f) => f.replace(/^\d\d-|\.mdx$/g, '') === lesson),
      );
      expect(violations(join(LESSONS, lesson), [join(LESSONS, lesson), KIT, LIB])).toEqual([]);
    },
  );
});
