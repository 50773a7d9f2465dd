import type { Author } from '../../../shared/transcript-types';
import { AGENT_TOKENS, AUTHOR_ATTRIBUTES, CUSTOMER_TOKENS, SYSTEM_TOKENS } from './author-vocabulary';
import { classTokens, splitWords } from './class-tokens';

/** How far above a message element author classes are looked for (row → group → list). */
const DEFAULT_DEPTH = 3;

/** Classifies a bag of words; null when it names no author or names two (ambiguous). */
export function authorFromWords(words: Iterable<string>): Author | null {
  let customer = false;
  let agent = false;
  let system = false;
  for (const word of words) {
    customer ||= CUSTOMER_TOKENS.has(word);
    agent ||= AGENT_TOKENS.has(word);
    system ||= SYSTEM_TOKENS.has(word);
  }
  if (system && !customer && !agent) {
    return 'system';
  }
  if (customer === agent) {
    return null;
  }
  return customer ? 'customer' : 'agent';
}

/** Author named by `data-direction`, `data-author`… on one element. */
export function authorFromAttributes(el: Element): Author | null {
  for (const name of AUTHOR_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) {
      const author = authorFromWords(splitWords(value));
      if (author) {
        return author;
      }
    }
  }
  return null;
}

/**
 * Author from class tokens and author attributes of `el` and up to `depth` ancestors, stopping
 * at `stop` (the log). The nearest element with unambiguous evidence wins, because a row's own
 * class is more specific than its group's.
 */
export function authorFromClasses(el: Element, stop?: Element | null, depth = DEFAULT_DEPTH): Author | null {
  let node: Element | null = el;
  for (let level = 0; node && level <= depth; level += 1) {
    const author = authorFromAttributes(node) ?? authorFromWords(classTokens(node));
    if (author) {
      return author;
    }
    if (node === stop) {
      break;
    }
    node = node.parentElement;
  }
  return null;
}

/**
 * Author from the first descendant (breadth-first, bounded) carrying author classes: rows often
 * wrap a `.bubble.agent` child rather than carrying the class themselves.
 */
export function authorFromDescendants(el: Element, limit = 12): Author | null {
  const queue: Element[] = [...Array.from(el.children)];
  for (let seen = 0; queue.length > 0 && seen < limit; seen += 1) {
    const next = queue.shift();
    if (!next) {
      break;
    }
    const tokens = classTokens(next);
    if (next.localName === 'img' || tokens.has('avatar') || tokens.has('icon')) {
      // Avatars are often classed `user-avatar` or `agent-photo` whichever side they sit on.
      continue;
    }
    const author = authorFromAttributes(next) ?? authorFromWords(tokens);
    if (author) {
      return author;
    }
    queue.push(...Array.from(next.children));
  }
  return null;
}
