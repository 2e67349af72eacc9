import GithubSlugger from 'github-slugger';

/** Where a widget appears: the lesson (slug, title) and the section heading above its first use. */
export interface WidgetPlacement {
  lesson: string;
  lessonTitle: string;
  order: number;
  section?: { text: string; slug: string };
}

const lessonSlugOf = (file: string) =>
  file
    .replace(/^.*\//, '')
    .replace(/^\d\d-/, '')
    .replace(/\.mdx$/, '');

/** The frontmatter's `title:` and `order:` (plain YAML scalars in every lesson). */
function frontmatterField(source: string, name: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const line = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(fm)?.[1]?.trim();
  return line?.replace(/^(['"])(.*)\1$/, '$2');
}

/** Heading text as Astro renders it for slugging: inline code, emphasis and math markers removed. */
const headingText = (raw: string) =>
  raw
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1')
    .trim();

/**
 * Finds, in the lessons' MDX sources, the lesson that imports `components/widgets/<folder>/<folder>.tsx`
 * and the `##`/`###` heading above the first `<Folder` tag. Pure (sources in, placements out) so
 * it is unit-tested; the registry feeds it the raw files through import.meta.glob.
 */
export function placeWidget(folder: string, lessons: Record<string, string>): WidgetPlacement | undefined {
  const importRe = new RegExp(`from\\s+['"][^'"]*widgets/${folder}/${folder}(\\.tsx)?['"]`);
  for (const [file, source] of Object.entries(lessons).sort(([a], [b]) => a.localeCompare(b))) {
    const m = new RegExp(`^import\\s+(\\w+)\\s+` + importRe.source, 'm').exec(source);
    if (!m) continue;
    const local = m[1];
    const lines = source.split('\n');
    const use = lines.findIndex((l) => new RegExp(`^\\s*<${local}[\\s/>]`).test(l));
    const section = sectionBefore(lines, use);
    return {
      lesson: lessonSlugOf(file),
      lessonTitle: frontmatterField(source, 'title') ?? lessonSlugOf(file),
      order: Number(frontmatterField(source, 'order') ?? 99),
      section,
    };
  }
  return undefined;
}

/** `MomentumRavine` → `momentum-ravine` (the id of a widget that has no codec of its own). */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** The literal `title="…"` the view passes to WidgetFrame, if it is a literal. */
export function frameTitle(viewSource: string): string | undefined {
  const m = /<WidgetFrame[\s\S]*?\btitle="([^"]+)"/.exec(viewSource);
  return m?.[1];
}

/** The last `##`/`###` heading before line `use` (slugged as the page slugs every heading in order). */
export function sectionBefore(
  lines: readonly string[],
  use: number,
): { text: string; slug: string } | undefined {
  if (use < 0) return undefined;
  const slugger = new GithubSlugger();
  let section: { text: string; slug: string } | undefined;
  let fenced = false;
  for (let i = 0; i < use; i++) {
    if (/^```/.test(lines[i])) fenced = !fenced;
    const h = !fenced && /^(#{2,6})\s+(.+?)\s*$/.exec(lines[i]);
    if (!h) continue;
    const text = headingText(h[2]);
    const slug = slugger.slug(text);
    if (h[1].length <= 3) section = { text, slug };
  }
  return section;
}

export interface LessonOnDisk {
  slug: string;
  title: string;
  order: number;
  source: string;
}

/** Lessons from their raw MDX (slug from the file name, title and order from the frontmatter). */
export function lessonsFrom(lessons: Record<string, string>): LessonOnDisk[] {
  return Object.entries(lessons)
    .map(([file, source]) => ({
      slug: lessonSlugOf(file),
      title: frontmatterField(source, 'title') ?? lessonSlugOf(file),
      order: Number(frontmatterField(source, 'order') ?? 99),
      source,
    }))
    .sort((a, b) => a.order - b.order);
}

/** The section holding a lesson's `<ProblemSet`, if the lesson shows its problems. */
export function problemSetSection(source: string): { text: string; slug: string } | undefined {
  const lines = source.split('\n');
  return sectionBefore(
    lines,
    lines.findIndex((l) => /^\s*<ProblemSet[\s/>]/.test(l)),
  );
}
