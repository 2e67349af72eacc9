import type { ComponentType } from 'react';

/**
 * Lazy loaders for every widget view (`components/widgets/<Name>/<Name>.tsx`), for the one embed
 * island that shows a widget chosen by name. Vite gives each its own chunk, so an embed page
 * downloads only its widget.
 */
const loaders = import.meta.glob<{ default: ComponentType }>(['../widgets/*/*.tsx', '!../widgets/kit/**']);

export function widgetLoader(folder: string): (() => Promise<{ default: ComponentType }>) | undefined {
  if (!/^[A-Za-z0-9]+$/.test(folder)) return undefined;
  return loaders[`../widgets/${folder}/${folder}.tsx`];
}
