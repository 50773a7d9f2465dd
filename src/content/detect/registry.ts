/**
 * Every widget adapter, vendor adapters first and the generic fallback last: the first adapter
 * that binds wins. Keep one import and one entry per line so parallel additions merge cleanly.
 */
import type { WidgetAdapter } from './types';
import { generic } from './generic';

export const adapters: readonly WidgetAdapter[] = [
  generic,
];

export function adapterById(id: string): WidgetAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}
