import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonGroups } from '../../../../components/embeds/embedCatalog.ts';
import { WIDGET_HEIGHT, oembedJson } from '../../../../components/embeds/snippet.ts';

export const getStaticPaths: GetStaticPaths = () =>
  lessonGroups(import.meta.env.BASE_URL).flatMap((g) =>
    g.widgets.map((w) => ({ params: { widget: w.id }, props: { title: w.title } })),
  );

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(
    JSON.stringify(
      oembedJson(
        site!, // always set: astro.config's site (DESCENT_SITE_URL)
        `${import.meta.env.BASE_URL}embed/${params.widget}/`,
        props.title,
        WIDGET_HEIGHT,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
