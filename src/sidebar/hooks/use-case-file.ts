import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { addReference, attachDraft, emptyCaseFile, isBlankCaseFile, type CaseFile, type CaseTextField } from '../../core/case';
import { draftId, getCaseDraft, removeCaseDraft, saveCaseDraft } from '../../platform/case-drafts';
import { getCaseFile, saveCaseFile } from '../../platform/case-store';

/** Typing saves after this pause, so a burst of keystrokes is one write. */
export const SAVE_DELAY_MS = 400;

export interface CaseFileApi {
  file: CaseFile | null;
  /** True while the file is the tab's draft: the chat has no stored message yet. */
  draft: boolean;
  setField(name: CaseTextField, value: string): void;
  saveReference(reference: string): void;
  removeReference(reference: string): void;
  markStep(step: string, done: boolean): void;
}

type Save = (file: CaseFile) => Promise<void>;

/**
 * The conversation's case file, loaded once, changed in memory, saved debounced (and on leave).
 * Before the chat has a conversation, the tab's draft (storage.session) stands in for it, so the
 * user can prepare at once; when the conversation appears, the draft joins its case file.
 */
export async function loadCaseFile(conversationId: string | null, tabId: number | null, now: number): Promise<{ file: CaseFile; save: Save } | null> {
  if (conversationId) {
    const file = await getCaseFile(conversationId);
    const draft = tabId === null ? null : await getCaseDraft(tabId);
    if (!draft || isBlankCaseFile(draft)) return { file, save: saveCaseFile };
    const joined = attachDraft(file, draft, now);
    await saveCaseFile(joined);
    await removeCaseDraft(tabId!);
    return { file: joined, save: saveCaseFile };
  }
  if (tabId === null) return null;
  const file = (await getCaseDraft(tabId)) ?? emptyCaseFile(draftId(tabId));
  return { file, save: (f) => saveCaseDraft(tabId, f) };
}

export function useCaseFile(conversationId: string | null, tabId: number | null): CaseFileApi {
  const [file, setFile] = useState<CaseFile | null>(null);
  const pending = useRef<{ file: CaseFile; save: Save } | null>(null);
  const save = useRef<Save | null>(null);
  /** The last write, so loading the conversation's file waits for the draft's final save. */
  const written = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const job = pending.current;
    pending.current = null;
    if (job) written.current = written.current.then(() => job.save(job.file)).catch(() => undefined);
  }, []);

  useEffect(() => {
    setFile(null);
    save.current = null;
    if (!conversationId && tabId === null) return;
    let live = true;
    void written.current
      .then(() => loadCaseFile(conversationId, tabId, Date.now()))
      .then(
        (loaded) => {
          if (!live || !loaded) return;
          save.current = loaded.save;
          setFile(loaded.file);
        },
        () => {
          if (!live || !conversationId) return;
          save.current = saveCaseFile;
          setFile(emptyCaseFile(conversationId));
        },
      );
    addEventListener('pagehide', flush);
    return () => {
      live = false;
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [conversationId, tabId, flush]);

  const change = useCallback((update: (f: CaseFile) => CaseFile, delay: number) => {
    setFile((current) => {
      if (!current || !save.current) return current;
      const next = update(current);
      pending.current = { file: next, save: save.current };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
      return next;
    });
  }, [flush]);

  return {
    file,
    draft: !conversationId && file !== null,
    setField: (name, value) => change((f) => ({ ...f, fields: { ...f.fields, [name]: value }, updatedAt: Date.now() }), SAVE_DELAY_MS),
    saveReference: (reference) => change((f) => addReference(f, reference, Date.now()), 0),
    removeReference: (reference) => change((f) => ({ ...f, references: f.references.filter((r) => r !== reference), updatedAt: Date.now() }), 0),
    markStep: (step, done) =>
      change((f) => ({ ...f, ladderDone: done ? [...new Set([...f.ladderDone, step])] : f.ladderDone.filter((s) => s !== step), updatedAt: Date.now() }), 0),
  };
}
