import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonGroups } from '../../../../../components/embeds/embedCatalog.ts';
import { problemEmbedHeight } from '../../../../../components/embeds/embedHeight.ts';
import { oembedJson } from '../../../../../components/embeds/snippet.ts';
import { problemById } from '../../../../lib/problems/catalog.ts';

export const getStaticPaths: GetStaticPaths = () =>
  lessonGroups(import.meta.env.BASE_URL).flatMap((g) =>
    g.problems.map((p) => ({
      params: { id: p.id },
      props: { title: p.title, height: problemEmbedHeight([problemById(p.id)], 'problem') },
    })),
  );

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(
    JSON.stringify(
      oembedJson(
        site!, // always set: astro.config's site (DESCENT_SITE_URL)
        `${import.meta.env.BASE_URL}embed/problem/${params.id}/`,
        props.title,
        props.height,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
