import type { UrlNotice, WidgetCodec } from '../../../src/lib/urlState/index.ts';
import { linkTo, useUrlState, type UrlState } from './useUrlState.ts';

/** The props of `WidgetFrame` that come from a widget's URL state: spread them, `<WidgetFrame {...frame} title="…">`. */
export interface FrameProps {
  id: string;
  onReset: () => void;
  link: () => string;
  notices: readonly UrlNotice[];
  onDismissNotices: () => void;
}

/**
 * widgetFrame(id, ...states) → the frame props of a widget whose settings live in one or more URL
 * states (its own and, say, a lesson's shared one): Reset and Dismiss act on all of them, their
 * notices are listed together and the link carries all of them, pointing at the anchor `id`.
 */
export function widgetFrame(id: string, ...states: readonly UrlState<object>[]): FrameProps {
  return {
    id,
    onReset: () => states.forEach((s) => s.reset()),
    link: () => linkTo(id, ...states.map((s) => s.writeTo)),
    notices: states.flatMap((s) => s.notices),
    onDismissNotices: () => states.forEach((s) => s.dismissNotices()),
  };
}

/**
 * useWidget(codec) → the widget's URL state (`state`, `set`, …, see useUrlState) and `frame`, the
 * WidgetFrame props that wire Reset, "Copy link" and the link's notices to it.
 */
export function useWidget<T extends object>(codec: WidgetCodec<T>): UrlState<T> & { frame: FrameProps } {
  const url = useUrlState(codec);
  return { ...url, frame: widgetFrame(codec.id, url) };
}
