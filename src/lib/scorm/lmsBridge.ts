import type { KeyValueStorage } from '../progress/safeStorage.ts';
import type { LmsMode } from './lmsSession.ts';

/**
 * What a SCORM package's runtime (scorm.js, run before the page's modules) hands to the page when it
 * found an LMS: the storage the progress store uses instead of localStorage, the package's mode,
 * and a notice about the saved record. No LMS, no bridge: the page behaves as everywhere else.
 */
export interface LmsBridge {
  storage: KeyValueStorage;
  mode: LmsMode;
  notice?: string;
}

export const LMS_GLOBAL = 'descentLms';

/** The bridge on this page, checked for shape, or undefined. */
export function lmsBridge(): LmsBridge | undefined {
  const b = (globalThis as Record<string, unknown>)[LMS_GLOBAL] as Partial<LmsBridge> | undefined;
  if (
    !b ||
    typeof b.storage?.getItem !== 'function' ||
    typeof b.storage?.setItem !== 'function' ||
    typeof b.mode?.graded !== 'boolean'
  )
    return undefined;
  return b as LmsBridge;
}
