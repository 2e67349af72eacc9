// The names progress is known by, in a module without dependencies, so plain page scripts (the
// progress counts) can use them without pulling in the schema library.

/** The one localStorage key progress lives under (the version is inside the value). */
export const PROGRESS_KEY = 'descent:progress';

/**
 * The window event the progress store fires after every change, with the new progress as its
 * `detail`: plain scripts on the page follow the store without importing it.
 */
export const PROGRESS_EVENT = 'descent:progress';
