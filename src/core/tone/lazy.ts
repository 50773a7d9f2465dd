/**
 * A value built on first use. The content script evaluates the engine's modules when a chat is
 * bound, so module top levels stay cheap: Unicode-class regular expressions and tables are made
 * by the first check that needs them, not at import.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
