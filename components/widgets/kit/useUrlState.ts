import { useCallback, useEffect, useRef, useState } from 'react';
import type { UrlNotice, WidgetCodec } from '../../../src/lib/urlState/index.ts';

export interface UrlState<T> {
  state: T;
  /** Merge a partial update into the state (the URL follows, debounced). */
  set: (patch: Partial<T>) => void;
  /** Back to the schema defaults; clears notices and this widget's keys from the URL. */
  reset: () => void;
  /** Notices from reading the link (clamped or unreadable values). Plain text, never HTML. */
  notices: UrlNotice[];
  dismissNotices: () => void;
  /** The full URL that reproduces the current state, pointing at the widget's anchor. */
  link: () => string;
  /** `search` with this state's keys written in (the rest kept): for links that combine several states. */
  writeTo: (search: string) => string;
}

// Browsers throttle history.replaceState (Chrome: ~100 calls per 10 s, then it logs an
// error), so a dragged slider writes the URL only after it settles.
const WRITE_DELAY_MS = 400;

/**
 * useUrlState(codec) keeps a widget's state in the query string under the codec's namespace.
 * The first render uses the defaults (identical on server and client, so hydration matches);
 * the link's values are applied right after mount.
 */
export function useUrlState<T extends object>(codec: WidgetCodec<T>): UrlState<T> {
  const [state, setState] = useState<T>(codec.defaults);
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<T>(codec.defaults);

  useEffect(() => {
    const { state: fromUrl, notices: found, present } = codec.decode(window.location.search);
    if (present) {
      latest.current = fromUrl;
      setState(fromUrl);
      setNotices(found);
    }
    return () => clearTimeout(timer.current);
  }, [codec]);

  const write = useCallback(
    (next: T) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        try {
          const url = new URL(window.location.href);
          const search = codec.withState(url.search, next);
          if (search !== url.search)
            window.history.replaceState(window.history.state, '', `${url.pathname}${search}${url.hash}`);
        } catch {
          // Writing the URL is a convenience; a sandboxed frame may forbid it.
        }
      }, WRITE_DELAY_MS);
    },
    [codec],
  );

  const set = useCallback(
    (patch: Partial<T>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setState(next);
      write(next);
    },
    [write],
  );

  const reset = useCallback(() => {
    latest.current = codec.defaults;
    setState(codec.defaults);
    setNotices([]);
    write(codec.defaults);
  }, [codec, write]);

  const dismissNotices = useCallback(() => setNotices([]), []);

  const writeTo = useCallback((search: string) => codec.withState(search, latest.current), [codec]);
  const link = useCallback(() => linkTo(codec.id, writeTo), [codec, writeTo]);

  return { state, set, reset, notices, dismissNotices, link, writeTo };
}

/** The page's URL with every state written into its query, pointing at the anchor `id`. */
export function linkTo(id: string, ...states: ((search: string) => string)[]): string {
  const url = new URL(window.location.href);
  return `${url.origin}${url.pathname}${states.reduce((q, write) => write(q), url.search)}#${id}`;
}
