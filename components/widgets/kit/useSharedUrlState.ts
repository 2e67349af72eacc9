import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint.ts';
import type { WidgetCodec } from '../../../src/lib/urlState/index.ts';
import { useUrlState, type StatePatch, type UrlState } from './useUrlState.ts';

const EVENT = 'descent:shared-url-state';

interface SharedDetail {
  id: string;
  search: string;
  source: symbol;
}

/**
 * useSharedUrlState(codec): `useUrlState` for state that several widgets on one page share
 * through the URL (one codec namespace, e.g. the momentum lesson's η, β and κ). Every `set` or
 * `reset` writes the URL as usual and tells the other widgets using the same codec, which decode
 * the new query entries through the codec and adopt them after the next paint, in a transition:
 * the widget being operated paints first, and the others follow without holding up its frame. Same
 * API and same first render (the defaults) as `useUrlState`.
 */
export function useSharedUrlState<T extends object>(codec: WidgetCodec<T>): UrlState<T> {
  const own = useUrlState(codec);
  const { set, reset, writeTo } = own;
  const [source] = useState(() => Symbol('shared-url-state'));

  useEffect(() => {
    let pending: (() => void) | undefined;
    const onShared = (e: Event) => {
      const d = (e as CustomEvent<SharedDetail>).detail;
      if (!d || d.id !== codec.id || d.source === source) return;
      const next = codec.decode(d.search).state;
      pending?.();
      pending = afterNextPaint(() => {
        pending = undefined;
        startTransition(() => set(next));
      });
    };
    window.addEventListener(EVENT, onShared);
    return () => {
      window.removeEventListener(EVENT, onShared);
      pending?.();
    };
  }, [codec, set, source]);

  // The state travels as query text (what `set` just made it), decoded by the receiver like any link.
  const broadcast = useCallback(() => {
    const search = writeTo('');
    window.dispatchEvent(new CustomEvent<SharedDetail>(EVENT, { detail: { id: codec.id, search, source } }));
  }, [codec, source, writeTo]);

  const sharedSet = useCallback(
    (patch: StatePatch<T>) => {
      set(patch);
      broadcast();
    },
    [set, broadcast],
  );

  const sharedReset = useCallback(() => {
    reset();
    broadcast();
  }, [reset, broadcast]);

  return { ...own, set: sharedSet, reset: sharedReset };
}
