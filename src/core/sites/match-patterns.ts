/**
 * Match patterns for the frames of the origins where the user picked a chat by hand, so the
 * background can register a tiny script that wakes Parley there at start-up (see
 * src/platform/pick-wakers.ts). Ports are left out (a pattern without one matches every port);
 * the woken frame reads its pick by its exact origin, so a wider match only wakes it for nothing.
 * Only http(s) origins: picks are never keyed by opaque or extension origins.
 */
export function pickWakerMatches(frameOrigins: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const origin of frameOrigins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      continue;
    }
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '') patterns.add(`${url.protocol}//${url.hostname}/*`);
  }
  return [...patterns].sort();
}
