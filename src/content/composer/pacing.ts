/**
 * The customer's recent sends in this frame, for the burst rule and for the generic reader's
 * "just sent" cue (recentSends). One user action can reach the gate several times (keydown,
 * keypress, then the widget's own submit), so a text counts once per second.
 */
import type { PacingHistory } from '../../core/tone/index';
import { recentSends } from '../detect/heuristics/recent-sends';
import type { Binding } from '../detect/types';

const SAME_SEND_MS = 1_000;
const KEEP = 20;

export class Pacing {
  private sends: number[] = [];
  private last = { text: '', at: -Infinity };

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a send of `text` (once per user action). */
  sent(text: string): void {
    const at = this.now();
    if (text === this.last.text && at - this.last.at < SAME_SEND_MS) return;
    this.last = { text, at };
    this.sends.push(at);
    if (this.sends.length > KEEP) this.sends.shift();
    recentSends.note(text);
  }

  /**
   * History for the burst rule. Agent replies are not timed here (capture owns the log), but when
   * the newest message in the log is the agent's, every earlier send came before a reply.
   */
  history(binding: Binding): PacingHistory {
    const now = this.now();
    return { customerSends: this.sends.slice(), agentReplies: lastIsAgent(binding) ? [now - 1] : [] };
  }
}

function lastIsAgent(binding: Binding): boolean {
  try {
    const messages = binding.messages();
    const last = messages[messages.length - 1];
    return !!last && binding.read(last)?.author === 'agent';
  } catch {
    return false;
  }
}
