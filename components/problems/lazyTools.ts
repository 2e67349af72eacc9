import { useCallback, useState } from 'react';

export type InputTools = typeof import('../../src/lib/problems/inputTools.ts');
let pending: Promise<InputTools> | undefined;

/** Loads the parser and checker chunk once per page (mathjs is most of its weight). */
export const loadInputTools = (): Promise<InputTools> =>
  (pending ??= import('../../src/lib/problems/inputTools.ts'));

/** The tools once loaded (null before), and a function that starts loading them. */
export function useInputTools(): [InputTools | null, () => void] {
  const [tools, setTools] = useState<InputTools | null>(null);
  const want = useCallback(() => {
    loadInputTools().then(setTools, () => {
      pending = undefined;
    });
  }, []);
  return [tools, want];
}
