/** "2025-01-05 10:30:00 UTC" from an ISO time: readable, unambiguous, and free of any clock or locale. */
export function readableTime(iso: string): string {
  const m = /^(\d{4,}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
