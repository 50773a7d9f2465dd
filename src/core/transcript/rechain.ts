/**
 * Recomputing the chain after messages were inserted before the end (history loaded later, or
 * an import filling a gap): positions before `from` keep their sequence number and hash; from
 * there on every message is renumbered and rehashed.
 */
import type { MessageRecord } from '../../shared/transcript-types';
import { chainHash, GENESIS_HASH } from './hash-chain';

export type UnchainedMessage = Omit<MessageRecord, 'hash' | 'seq'> & Partial<Pick<MessageRecord, 'hash' | 'seq'>>;

export async function rechain(
  conversationId: string,
  ordered: readonly UnchainedMessage[],
  from: number,
  subtle?: SubtleCrypto,
): Promise<MessageRecord[]> {
  const out: MessageRecord[] = [];
  let prev = GENESIS_HASH;
  for (const [seq, m] of ordered.entries()) {
    if (seq < from && m.hash !== undefined && m.seq === seq) {
      out.push({ ...m, seq, hash: m.hash });
    } else {
      const hash = await chainHash(prev, m, subtle);
      out.push({ ...m, conversationId, seq, hash });
    }
    prev = out[seq]?.hash ?? GENESIS_HASH;
  }
  return out;
}

/** The first position where `after` no longer holds the same item as `before`. */
export function firstDifference<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): number {
  const n = Math.min(before.length, after.length);
  for (let i = 0; i < n; i++) {
    if (keyOf(before[i] as T) !== keyOf(after[i] as T)) return i;
  }
  return n;
}
