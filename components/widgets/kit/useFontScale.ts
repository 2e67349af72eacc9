import type { CSSProperties } from 'react';
import { useElementWidth } from './useElementWidth.ts';

/**
 * useFontScale(viewBoxWidth) → [ref, style]: put the ref on the element wrapping an SVG whose
 * viewBox is `viewBoxWidth` wide and the style on it; axis text then keeps a readable size when
 * the SVG is scaled down (phones), up to 1.8× its viewBox size.
 */
export function useFontScale<T extends HTMLElement>(
  viewBoxWidth: number,
): [React.RefObject<T | null>, CSSProperties] {
  const [ref, width] = useElementWidth<T>();
  const k = width > 0 ? Math.min(1.8, Math.max(1, viewBoxWidth / width)) : 1;
  return [ref, { ['--wk-font-scale' as string]: k.toFixed(3) } as CSSProperties];
}
