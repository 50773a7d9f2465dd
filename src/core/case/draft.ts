/**
 * A draft case file: filled in before the chat has a stored message, so before Parley knows
 * which conversation it belongs to (advice habit 3, prepare before you start). When the
 * conversation appears, the draft joins its case file.
 */
import { addReference, type CaseFile } from './case-file';

/** A draft counts when the user put anything in it. */
export function isBlankCaseFile(file: CaseFile): boolean {
  return Object.values(file.fields).every((v) => !v?.trim()) && file.references.length === 0 && file.ladderDone.length === 0;
}

/**
 * The conversation's case file with the draft joined in: the draft's filled fields win (the user
 * wrote them for this chat, just now), references and taken ladder steps are combined.
 */
export function attachDraft(file: CaseFile, draft: CaseFile, now: number): CaseFile {
  const fields = { ...file.fields };
  for (const [name, value] of Object.entries(draft.fields) as [keyof CaseFile['fields'], string | undefined][]) {
    if (value?.trim()) fields[name] = value;
  }
  const joined = draft.references.reduce((f, r) => addReference(f, r, now), { ...file, fields });
  return { ...joined, ladderDone: [...new Set([...file.ladderDone, ...draft.ladderDone])], updatedAt: now };
}
