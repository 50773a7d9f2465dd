import type { Finding } from '../types';
import type { NeutralContext } from './context';
import { makeFinding } from '../finding';
import { NEUTRAL_TEXT } from '../neutral-text';

/**
 * Bursts: at least 3 customer messages within 30 s, or at least 4 in a row without an agent
 * reply, counting the message being written. Times come from the caller; core reads no clock.
 */
export const BURST_WINDOW_MS = 30_000;
export const BURST_IN_WINDOW = 3;
export const BURST_IN_A_ROW = 4;

export function burst(ctx: NeutralContext): Finding[] {
  const { history, now } = ctx.options;
  const end = ctx.text.trimEnd().length;
  if (!history || now === undefined || end === 0) {
    return [];
  }
  const recent = history.customerSends.filter((t) => t > now - BURST_WINDOW_MS && t <= now).length + 1;
  const lastReply = history.agentReplies.reduce((a, b) => Math.max(a, b), -Infinity);
  const inARow = history.customerSends.filter((t) => t > lastReply).length + 1;
  if (recent < BURST_IN_WINDOW && inARow < BURST_IN_A_ROW) {
    return [];
  }
  const count = recent >= BURST_IN_WINDOW ? recent : inARow;
  return [
    makeFinding('core/burst', 'burst', 'consider', [0, end], ctx.lang,
      { key: 'tone_burst', params: [String(count)] },
      [{ scope: 'message', text: NEUTRAL_TEXT[ctx.lang].burst }]),
  ];
}
