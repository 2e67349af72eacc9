import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameTitle, kebab, placeWidget } from './scanLessons.ts';
import { widgetEntries } from './widgetRegistry.ts';
import { widgetSwitchSource } from './integration.ts';

describe('placeWidget', () => {
  const lessons = {
    '../../content/lessons/03-momentum.mdx': [
      '---',
      'title: "Momentum"',
      'order: 3',
      '---',
      "import Ravine from '../../components/widgets/MomentumRavine/MomentumRavine.tsx';",
      '## Why `momentum` helps',
      '```',
      '## not a heading',
      '```',
      '### The ravine',
      '#### Detail',
      '<Ravine client:visible />',
      '## Later',
    ].join('\n'),
    '../../content/lessons/01-sgd.mdx': '---\ntitle: SGD\norder: 1\n---\n## Intro\nno widget here',
  };
  it('finds the lesson, title and the heading above the first use', () => {
    expect(placeWidget('MomentumRavine', lessons)).toEqual({
      lesson: 'momentum',
      lessonTitle: 'Momentum',
      order: 3,
      section: { text: 'The ravine', slug: 'the-ravine' },
    });
  });
  it('returns undefined for a widget no lesson imports', () => {
    expect(placeWidget('Nowhere', lessons)).toBeUndefined();
  });
  it('slugs repeated headings the way the page does', () => {
    const src =
      "---\ntitle: T\norder: 0\n---\nimport W from '../../components/widgets/W/W.tsx';\n## Setup\n## Setup\n<W />";
    expect(placeWidget('W', { '00-t.mdx': src })?.section).toEqual({ text: 'Setup', slug: 'setup-1' });
  });
});

describe('kebab and frameTitle', () => {
  it('turns folder names into ids', () => {
    expect(kebab('MomentumRavine')).toBe('momentum-ravine');
    expect(kebab('SGDPaths')).toBe('sgd-paths');
  });
  it('reads a literal WidgetFrame title', () => {
    expect(frameTitle('<WidgetFrame id={x}\n title="A b" summary={s}>')).toBe('A b');
    expect(frameTitle('<WidgetFrame title={t}>')).toBeUndefined();
  });
});

describe('widgetEntries (the real widgets)', () => {
  const entries = widgetEntries();
  // Independent enumeration from the file system: every view a lesson imports.
  const lessonDir = 'content/lessons';
  const imported = new Set<string>();
  for (const f of readdirSync(lessonDir).filter((f) => f.endsWith('.mdx'))) {
    for (const m of readFileSync(`${lessonDir}/${f}`, 'utf8').matchAll(/widgets\/(\w+)\/(\w+)\.tsx/g))
      if (m[1] === m[2]) imported.add(m[1]);
  }
  it('lists exactly the widget views the lessons import', () => {
    expect(new Set(entries.map((e) => e.folder))).toEqual(imported);
    expect(entries.length).toBeGreaterThan(0);
  });
  it('gives each a unique id, the codec id when state.ts has one, and a loader', () => {
    const switchSource = widgetSwitchSource(process.cwd());
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const state = `components/widgets/${e.folder}/state.ts`;
      if (existsSync(state)) expect(readFileSync(state, 'utf8')).toContain(`widgetCodec('${e.id}'`);
      expect(switchSource).toMatch(
        new RegExp(
          `\\{folder === '${e.folder}' && <${e.folder} client:load( initial=\\{widgetInitial\\('${e.folder}'\\) as never\\})? />\\}`,
        ),
      );
      expect(e.section?.slug).toBeTruthy();
    }
  });
  it("passes the lesson's build-time result to every view that takes one, and each has one", async () => {
    const { widgetInitial } = await import('../../content/lessons/widgetDefaults.ts');
    const src = widgetSwitchSource(process.cwd());
    const withInitial = [...src.matchAll(/<(\w+) client:load initial=\{widgetInitial\('(\w+)'\)/g)];
    expect(withInitial.map((m) => m[1])).toEqual(
      expect.arrayContaining([
        'NoiseFloor',
        'FiniteSumRace',
        'StepSizeExplorer',
        'EstimatorVarianceChart',
        'GradientNoise',
        'WeightNormRace',
        'MomentumNoise',
      ]),
    );
    for (const [, view, folder] of withInitial) {
      expect(folder).toBe(view);
      expect(widgetInitial(folder)).toBeTruthy();
    }
    expect(widgetInitial('AdamStepper')).toBeUndefined();
  });
  it('writes every build-time result into the page at eight significant digits at most', async () => {
    const { widgetInitial } = await import('../../content/lessons/widgetDefaults.ts');
    const src = widgetSwitchSource(process.cwd());
    const folders = [...src.matchAll(/initial=\{widgetInitial\('(\w+)'\)/g)].map((m) => m[1]!);
    for (const folder of folders) {
      // Astro writes props as JSON-like text: count the digits of each number as it would appear.
      const numbers = JSON.stringify(widgetInitial(folder)).match(/-?\d+(\.\d+)?(e[+-]?\d+)?/g) ?? [];
      const fractional = numbers.filter((n) => n.includes('.'));
      expect(fractional.length, folder).toBeGreaterThan(0);
      const significant = (n: string) =>
        n.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length;
      const longest = fractional.reduce((a, n) => (significant(n) > significant(a) ? n : a));
      expect(significant(longest), `${folder}: ${longest}`).toBeLessThanOrEqual(8);
    }
  });
  it('orders by lesson', () => {
    const orders = entries.map((e) => e.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
  it('the generated switch imports every view and nothing from the kit', () => {
    const src = widgetSwitchSource(process.cwd());
    expect(src).not.toContain('kit/');
    for (const f of imported) expect(src).toContain(`import ${f} from '../../widgets/${f}/${f}.tsx';`);
  });
});
