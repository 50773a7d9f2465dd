import type { Author } from '../../shared/transcript-types';
import type { ExportMessage } from './model';

const LABELS: Readonly<Record<Author, string>> = { agent: 'Agent', customer: 'Customer', system: 'System' };

/** "Agent (Anna)", "Customer", "System": who wrote a message, for the human-readable formats. */
export function authorLabel(m: Pick<ExportMessage, 'author' | 'name'>): string {
  const label = LABELS[m.author];
  return m.name ? `${label} (${m.name})` : label;
}
