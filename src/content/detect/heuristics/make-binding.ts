import type { Binding, ReadMessage } from '../types';

/** What an adapter knows; `makeBinding` makes every callback safe on hostile DOM. */
export interface BindingParts {
  widget: string;
  log: Element;
  messages: () => Element[];
  read: (el: Element) => ReadMessage | null;
  composer: () => HTMLElement | null;
  sendButton: () => HTMLElement | null;
}

function guard<T, A extends unknown[]>(fn: (...args: A) => T, fallback: T): (...args: A) => T {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch {
      return fallback;
    }
  };
}

/**
 * A Binding whose callbacks never throw: a page can remove or mutate the widget between calls,
 * and capture must then see "nothing" rather than an exception.
 */
export function makeBinding(parts: BindingParts): Binding {
  return {
    widget: parts.widget,
    log: parts.log,
    messages: () => guard(parts.messages, null)() ?? [],
    read: guard(parts.read, null),
    composer: guard(parts.composer, null),
    sendButton: guard(parts.sendButton, null),
  };
}
