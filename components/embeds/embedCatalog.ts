import { allProblems } from '../../src/lib/problems/catalog.ts';
import { LESSON_SLUGS } from '../../src/lib/problems/problemTypes.ts';
import { lessonsFrom, problemSetSection } from './scanLessons.ts';
import { lessonSources, widgetEntries, type WidgetEntry } from './widgetRegistry.ts';

/**
 * Everything that has an embed page, for the embed routes, the oEmbed files and the instructors
 * gallery: widgets (from the widget registry), problems and per-lesson problem sets (from the
 * problem catalog). Each entry knows its path and where it links back to.
 */
export interface LessonGroup {
  slug: string;
  title: string;
  order: number;
  /** Path of the lesson page when the lesson is written, else the lesson's group on /problems/. */
  href: string;
  written: boolean;
  widgets: WidgetEntry[];
  problems: { id: string; title: string }[];
  /** Anchor of the lesson's practice section (or the problem group on /problems/). */
  problemsHref: string;
}

export const RESERVED_IDS = new Set(['problem', 'problems']);

export function lessonGroups(base = '/'): LessonGroup[] {
  const b = base.replace(/\/?$/, '/');
  const lessons = lessonsFrom(lessonSources);
  const problems = allProblems();
  const widgets = widgetEntries();
  for (const w of widgets)
    if (RESERVED_IDS.has(w.id)) throw new Error(`Widget id "${w.id}" would shadow /embed/${w.id}/`);
  const order = (slug: string) =>
    lessons.find((l) => l.slug === slug)?.order ?? LESSON_SLUGS.indexOf(slug as never);
  const slugs = [...new Set([...LESSON_SLUGS, ...lessons.map((l) => l.slug)])].sort(
    (a, b2) => order(a) - order(b2),
  );
  return slugs
    .map((slug) => {
      const lesson = lessons.find((l) => l.slug === slug);
      const href = lesson ? `${b}lessons/${slug}/` : `${b}problems/#lesson-${slug}`;
      const practice = lesson && problemSetSection(lesson.source);
      return {
        slug,
        title: lesson?.title ?? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' '),
        order: order(slug),
        href,
        written: Boolean(lesson),
        widgets: widgets.filter((w) => w.lesson === slug),
        problems: problems.filter((p) => p.lesson === slug).map((p) => ({ id: p.id, title: p.title })),
        problemsHref: practice ? `${href}#${practice.slug}` : `${b}problems/#lesson-${slug}`,
      };
    })
    .filter((g) => g.widgets.length > 0 || g.problems.length > 0);
}

/** Embed parameters (documented on /instructors/): everything else in the query is the widget's own state. */
export const EMBED_PARAMS = {
  hide: 'comma-separated names of controls to hide (as listed in the builder), or "description"',
  theme: '"light", "dark" or "auto" (follow the reader\'s system setting; the default)',
  seed: 'problems only: a whole number that fixes the variant every student sees ("New variant" is then hidden); the printable answer key for that seed matches it',
  graded:
    'problems only: "1" for graded mode (the worked solution opens only when asked for, after a warning, and a problem solved with it open is reported with withSolution: true); anything else is practice',
} as const;
