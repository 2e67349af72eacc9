import { z } from 'zod';

/** Frontmatter of a lesson (content/lessons/NN-slug.mdx). The build fails naming file and field. */
export const lessonSchema = z.object({
  title: z.string().min(3),
  /** One line shown on the course home and under the title. */
  summary: z.string().min(10).max(240),
  /** Position in the course, counting from 0 (the notation lesson). */
  order: z.number().int().min(0),
  objectives: z.array(z.string().min(5)).min(3).max(5),
  /** Slugs of lessons to read first (may be empty). */
  prerequisites: z.array(z.string()).default([]),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().positive().max(180),
  /** Shown as a tag on the home page; "draft" lessons are listed but marked. */
  status: z.enum(['published', 'draft']).default('published'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
