import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { UrlNotice, WidgetCodec } from '../../../src/lib/urlState/index.ts';

export interface UrlState<T> {
  state: T;
  /**
   * Merge a partial update into the state (the URL follows, debounced). Pass a function of the
   * current state when the patch is computed from it (a slot of a list, a clamp against another
   * field): controls hand their values over after the frame that shows the press has painted, so
   * two controls pressed within one frame both hand over before React renders again, and a patch
   * built from the last rendered state would undo the first (a chosen optimizer lost to the
   * learning rate pressed just after it).
   */
  set: (patch: StatePatch<T>) => void;
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
 * Runs `run` when the main thread is idle, or within 2 s (in a task where requestIdleCallback is
 * missing). replaceState is one synchronous call that took ~13 ms on the capstone page (~55 ms at
 * 4× CPU) while a board trained: in an idle period it holds up no press and no frame.
 */
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run);

/**
 * The link the page was opened with, decoded once per codec: a stable snapshot, unaffected by
 * the URL the widgets write later (every page load starts this module afresh).
 */
type Decoded<T> = ReturnType<WidgetCodec<T>['decode']>;
const opened = new WeakMap<WidgetCodec<object>, Decoded<object>>();
function decodeLink<T extends object>(codec: WidgetCodec<T>): Decoded<T> {
  // Each entry was stored under its own codec, so it holds that codec's T.
  const known = opened.get(codec) as Decoded<T> | undefined;
  if (known) return known;
  const value = codec.decode(window.location.search);
  opened.set(codec, value);
  return value;
}
// The link is read once, when the island hydrates: nothing to subscribe to.
const noSubscription = () => () => {};

/**
 * useUrlState(codec) keeps a widget's state in the query string under the codec's namespace.
 * The server and the hydrating render use the defaults (so hydration matches); React then
 * renders once more with the link's values (useSyncExternalStore's server snapshot). From the
 * reader's first change on, the state is theirs and the URL follows it.
 */
/** A partial state, or a function of the current state that returns one. */
export type StatePatch<T> = Partial<T> | ((current: T) => Partial<T>);

export function useUrlState<T extends object>(codec: WidgetCodec<T>): UrlState<T> {
  const fromLink = useSyncExternalStore(
    noSubscription,
    () => decodeLink(codec),
    () => null,
  );
  const link = fromLink?.present ? fromLink : null;
  /** What the reader has set (or reset to) since the page opened; until then, the link. */
  const [own, setOwn] = useState<T | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const state = own ?? link?.state ?? codec.defaults;
  const notices = own === null && !dismissed && link ? link.notices : NO_NOTICES;

  // `set` merges into the state last rendered (an event handler runs after that commit).
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const write = useCallback(
    (next: T) => {
      clearTimeout(timer.current);
      // Idle callbacks run in the order they were asked for: a later state is written last.
      timer.current = setTimeout(
        () =>
          whenIdle(() => {
            try {
              const url = new URL(window.location.href);
              const search = codec.withState(url.search, next);
              if (search !== url.search)
                window.history.replaceState(window.history.state, '', `${url.pathname}${search}${url.hash}`);
            } catch {
              // Writing the URL is a convenience; a sandboxed frame may forbid it.
            }
          }),
        WRITE_DELAY_MS,
      );
    },
    [codec],
  );

  const set = useCallback(
    (patch: StatePatch<T>) => {
      const next = { ...latest.current, ...(typeof patch === 'function' ? patch(latest.current) : patch) };
      latest.current = next;
      setOwn(next);
      write(next);
    },
    [write],
  );

  const reset = useCallback(() => {
    latest.current = codec.defaults;
    setOwn(codec.defaults);
    write(codec.defaults);
  }, [codec, write]);

  const dismissNotices = useCallback(() => setDismissed(true), []);
  const writeTo = useCallback((search: string) => codec.withState(search, latest.current), [codec]);
  const linkToState = useCallback(() => linkTo(codec.id, writeTo), [codec, writeTo]);

  return { state, set, reset, notices, dismissNotices, link: linkToState, writeTo };
}

const NO_NOTICES: UrlNotice[] = [];

/** The page's URL with every state written into its query, pointing at the anchor `id`. */
export function linkTo(id: string, ...states: ((search: string) => string)[]): string {
  const url = new URL(window.location.href);
  return `${url.origin}${url.pathname}${states.reduce((q, write) => write(q), url.search)}#${id}`;
}
