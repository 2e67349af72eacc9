import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonGroups } from '../../../../../components/embeds/embedCatalog.ts';
import { DEFAULT_HEIGHT, oembedJson } from '../../../../../components/embeds/snippet.ts';

export const getStaticPaths: GetStaticPaths = () =>
  lessonGroups(import.meta.env.BASE_URL).flatMap((g) =>
    g.problems.map((p) => ({ params: { id: p.id }, props: { title: p.title } })),
  );

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(
    JSON.stringify(
      oembedJson(
        site!, // always set: astro.config's site (DESCENT_SITE_URL)
        `${import.meta.env.BASE_URL}embed/problem/${params.id}/`,
        props.title,
        DEFAULT_HEIGHT.problem,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
