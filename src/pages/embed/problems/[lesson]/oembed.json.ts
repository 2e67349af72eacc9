import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonGroups } from '../../../../../components/embeds/embedCatalog.ts';
import { DEFAULT_HEIGHT, oembedJson } from '../../../../../components/embeds/snippet.ts';

export const getStaticPaths: GetStaticPaths = () =>
  lessonGroups(import.meta.env.BASE_URL)
    .filter((g) => g.problems.length > 0)
    .map((g) => ({ params: { lesson: g.slug }, props: { title: `${g.title}: practice problems` } }));

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(
    JSON.stringify(
      oembedJson(
        site!, // always set: astro.config's site (DESCENT_SITE_URL)
        `${import.meta.env.BASE_URL}embed/problems/${params.lesson}/`,
        props.title,
        DEFAULT_HEIGHT.problems,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
