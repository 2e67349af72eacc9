import type { WidgetCodec } from '../../src/lib/urlState/index.ts';
import { frameTitle, kebab, placeWidget, type WidgetPlacement } from './scanLessons.ts';

/**
 * Every widget of the course, discovered at build time — nothing to register by hand:
 * a widget is a folder `components/widgets/<Name>/` with a view `<Name>.tsx`; its id is the id of
 * the codec its `state.ts` exports (the URL namespace and anchor), or `kebab(<Name>)` when it has
 * no state of its own; its lesson and section come from the lesson MDX that imports the view.
 * Only widgets placed in a lesson are listed (a view no lesson uses has nothing to link back to).
 */
const views = import.meta.glob<string>('../widgets/*/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const states = import.meta.glob<Record<string, unknown>>('../widgets/*/state.ts', { eager: true });
const lessons = import.meta.glob<string>('../../content/lessons/*.mdx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface WidgetEntry extends WidgetPlacement {
  /** URL namespace and anchor, e.g. `sgd-paths`; also the embed path `/embed/<id>/`. */
  id: string;
  /** Folder (and view) name, e.g. `SgdTrajectories`: what the embed island lazy-loads. */
  folder: string;
  title: string;
}

const isCodec = (v: unknown): v is WidgetCodec<object> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { decode?: unknown }).decode === 'function';

/** The codec id a widget's state.ts exports (the first codec export), if any. */
function codecId(folder: string): string | undefined {
  const mod = states[`../widgets/${folder}/state.ts`];
  return mod ? Object.values(mod).find(isCodec)?.id : undefined;
}

let cached: WidgetEntry[] | undefined;

/** All widgets in course order (lesson order, then position in the lesson's file). */
export function widgetEntries(): WidgetEntry[] {
  if (cached) return cached;
  const out: (WidgetEntry & { pos: number })[] = [];
  for (const [path, source] of Object.entries(views)) {
    const [folder, file] = path.split('/').slice(-2);
    if (file !== `${folder}.tsx` || folder === 'kit' || !/export default function/.test(source)) continue;
    const placed = placeWidget(folder, lessons);
    if (!placed) continue;
    const lessonSource =
      Object.entries(lessons).find(([f]) => f.endsWith(`-${placed.lesson}.mdx`))?.[1] ?? '';
    const name = /^import\s+(\w+)\s+from\s+['"][^'"]*widgets\/(\w+)\//gm;
    let pos = 0;
    for (const m of lessonSource.matchAll(name)) if (m[2] === folder) pos = lessonSource.indexOf(`<${m[1]}`);
    out.push({
      ...placed,
      id: codecId(folder) ?? kebab(folder),
      folder,
      title: frameTitle(source) ?? folder,
      pos,
    });
  }
  const ids = new Set<string>();
  for (const w of out) {
    if (ids.has(w.id)) throw new Error(`Two widgets share the id "${w.id}"`);
    ids.add(w.id);
  }
  cached = out.sort((a, b) => a.order - b.order || a.pos - b.pos).map(({ pos: _pos, ...w }) => w);
  return cached;
}

export const widgetById = (id: string) => widgetEntries().find((w) => w.id === id);

export { lessons as lessonSources };
