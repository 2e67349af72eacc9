import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { stripInlineMath } from '../../lib/inlineMath.ts';
import { lessonCardSvg } from '../../lib/og/lessonCard.ts';

// One Open Graph card per lesson, rendered to PNG at build time (link previews need a bitmap).
export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({
    params: { slug: l.id },
    props: { title: l.data.title, summary: stripInlineMath(l.data.summary), position: l.data.order },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, summary, position } = props as { title: string; summary: string; position: number };
  const png = await sharp(Buffer.from(lessonCardSvg({ title, summary, position })))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
