/**
 * Where newly seen items go in a stored sequence. A batch read from a chat widget shows messages
 * in the widget's order, some already stored and some not. Each new item goes right after the
 * nearest known item before it in the batch (so a live message lands after the last one, and a
 * missed one fills its gap); new items before any known one go in front of the first known item
 * that follows them (history loaded by scrolling up is prepended in order). A batch that shares
 * nothing with the stored sequence is appended. Linear in stored + batch size.
 */
export function placeInOrder<T>(stored: readonly T[], batch: readonly T[], keyOf: (item: T) => string): T[] {
  const known = new Set(stored.map(keyOf));
  const before = new Map<string, T[]>();
  const after = new Map<string, T[]>();
  const seen = new Set<string>();
  let anchor: string | null = null;
  let leading: T[] = [];
  for (const item of batch) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    if (known.has(key)) {
      if (leading.length > 0) before.set(key, leading);
      leading = [];
      anchor = key;
    } else if (anchor === null) {
      leading.push(item);
    } else {
      const list = after.get(anchor) ?? [];
      list.push(item);
      after.set(anchor, list);
    }
  }
  const result: T[] = [];
  for (const item of stored) {
    const key = keyOf(item);
    result.push(...(before.get(key) ?? []), item, ...(after.get(key) ?? []));
  }
  return [...result, ...leading];
}
