import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/lessonSchema.ts';

const lessons = defineCollection({
  // content/lessons/NN-slug.mdx → id "slug"; the numeric prefix only orders files on disk,
  // the `order` field is what the site sorts by (a test checks the two agree).
  loader: glob({
    pattern: '[0-9][0-9]-*.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/^\d\d-/, '').replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
