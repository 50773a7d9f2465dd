/**
 * Search as the user types: debounced, and a newer query makes an older search stop between
 * chunks (searchTranscripts asks `isStale`), so typing never queues up full scans.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchTranscripts, type SearchHit } from '../../platform/transcript-search';

export const SEARCH_DEBOUNCE_MS = 200;

export interface SearchState {
  /** Hits by conversation id; null while no query is active. */
  hits: Map<string, SearchHit> | null;
  busy: boolean;
}

export function useSearch(query: string, refresh: unknown): SearchState {
  const [state, setState] = useState<SearchState>({ hits: null, busy: false });
  const generation = useRef(0);
  useEffect(() => {
    const mine = ++generation.current;
    if (!query.trim()) {
      setState({ hits: null, busy: false });
      return;
    }
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      const stale = () => generation.current !== mine;
      searchTranscripts(query, stale).then(
        (hits) => {
          if (hits && !stale()) setState({ hits: new Map(hits.map((h) => [h.conversationId, h])), busy: false });
        },
        () => !stale() && setState({ hits: new Map(), busy: false }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, refresh]);
  return state;
}
