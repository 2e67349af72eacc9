import type { Scorm12Api } from './lmsSession.ts';

/** Frames searched upwards from a window (ADL's discovery algorithm allows 500; real LMSs nest a few). */
const MAX_DEPTH = 12;

const isApi = (v: unknown): v is Scorm12Api =>
  typeof v === 'object' &&
  v !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].every(
    (f) => typeof (v as Record<string, unknown>)[f] === 'function',
  );

function searchUp(start: Window | null): Scorm12Api | undefined {
  let w: Window | null = start;
  for (let n = 0; w && n < MAX_DEPTH; n++) {
    try {
      const api = (w as unknown as { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      return undefined; // a cross-origin frame: the API is never above it
    }
    if (!w.parent || w.parent === w) break;
    w = w.parent;
  }
  return undefined;
}

/**
 * findScormApi(window) → the LMS's SCORM 1.2 API: the nearest `API` object up the chain of parent
 * frames, then up from the window that opened this one (the standard discovery, ADL SCORM 1.2 RTE
 * §3.3.6.1). Undefined when there is none; never throws.
 */
export function findScormApi(win: Window): Scorm12Api | undefined {
  const found = searchUp(win);
  if (found) return found;
  try {
    return win.opener ? searchUp(win.opener as Window) : undefined;
  } catch {
    return undefined;
  }
}
