/**
 * The adapter for an area the user picked by hand: it finds the remembered selector in the frame
 * (or one of its shadow roots) and reads it with the generic reader. Runs before every vendor
 * adapter, since the user's choice wins.
 */
import { PICKED_WIDGET } from '../../shared/protocol';
import { bindPicked } from './generic';
import type { WidgetAdapter } from './types';

export const PICKED_ID = PICKED_WIDGET;

export function pickedAdapter(selector: string): WidgetAdapter {
  return {
    id: PICKED_ID,
    name: 'Picked by you',
    frame: 'top',
    matches: () => true,
    markers: [selector],
    bind(root) {
      let el: Element | null;
      try {
        el = root.querySelector(selector);
      } catch {
        return null;
      }
      const binding = el && bindPicked(el);
      return binding ? { ...binding, widget: PICKED_ID } : null;
    },
  };
}
