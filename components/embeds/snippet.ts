import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from './embedHeight.ts';

/**
 * The embed snippet (builder, oEmbed): an iframe with a title and a fixed starting height, plus the
 * host script that resizes it to its content. Without the script the iframe keeps `height`.
 * Attribute values are escaped; the URL is built with URL/URLSearchParams, never by pasting text.
 */
export interface SnippetOptions {
  /** Absolute URL of the embed page, query included. */
  src: string;
  title: string;
  height: number;
  /** Max width in px (0 = full width of the host column). */
  maxWidth: number;
  /** Absolute URL of embed.js; omitted → iframe only. */
  script?: string;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function iframeHtml({ src, title, height, maxWidth }: SnippetOptions): string {
  const h = Math.round(Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, height)));
  const style = `width:100%;${maxWidth > 0 ? `max-width:${Math.round(maxWidth)}px;` : ''}height:${h}px;border:0`;
  return `<iframe src="${attr(src)}" title="${attr(title)}" height="${h}" style="${style}" loading="lazy" allow="clipboard-write" data-descent-embed></iframe>`;
}

export function snippetHtml(o: SnippetOptions): string {
  return o.script ? `${iframeHtml(o)}\n<script src="${attr(o.script)}" async></script>` : iframeHtml(o);
}

/** Starting height (px) of a widget embed before the host script takes over (problems: embedHeight.ts). */
export const WIDGET_HEIGHT = 720;

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: 'Descent';
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function oembedJson(site: URL, path: string, title: string, height: number): OEmbed {
  const src = new URL(path, site).href;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Descent',
    provider_url: new URL('/', site).href,
    html: snippetHtml({
      src,
      title: `${title} (Descent)`,
      height,
      maxWidth: 0,
      script: new URL('/embed.js', site).href,
    }),
    width: 800,
    height,
  };
}
