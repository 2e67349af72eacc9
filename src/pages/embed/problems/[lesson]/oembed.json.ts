import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonGroups } from '../../../../../components/embeds/embedCatalog.ts';
import { problemEmbedHeight } from '../../../../../components/embeds/embedHeight.ts';
import { oembedJson } from '../../../../../components/embeds/snippet.ts';
import { problemsOfLesson } from '../../../../lib/problems/catalog.ts';

export const getStaticPaths: GetStaticPaths = () =>
  lessonGroups(import.meta.env.BASE_URL)
    .filter((g) => g.problems.length > 0)
    .map((g) => ({
      params: { lesson: g.slug },
      props: {
        title: `${g.title}: practice problems`,
        height: problemEmbedHeight(problemsOfLesson(g.slug), 'problems'),
      },
    }));

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(
    JSON.stringify(
      oembedJson(
        site!, // always set: astro.config's site (DESCENT_SITE_URL)
        `${import.meta.env.BASE_URL}embed/problems/${params.lesson}/`,
        props.title,
        props.height,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
