import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { addReference, emptyCaseFile, type CaseFile, type CaseTextField } from '../../core/case';
import { getCaseFile, saveCaseFile } from '../../platform/case-store';

/** Typing saves after this pause, so a burst of keystrokes is one write. */
export const SAVE_DELAY_MS = 400;

export interface CaseFileApi {
  file: CaseFile | null;
  setField(name: CaseTextField, value: string): void;
  saveReference(reference: string): void;
  removeReference(reference: string): void;
  markStep(step: string, done: boolean): void;
}

/** The conversation's case file: loaded once, changed in memory, saved debounced (and on leave). */
export function useCaseFile(conversationId: string | null): CaseFileApi {
  const [file, setFile] = useState<CaseFile | null>(null);
  const pending = useRef<CaseFile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current) void saveCaseFile(pending.current).catch(() => undefined);
    pending.current = null;
  }, []);

  useEffect(() => {
    setFile(null);
    if (!conversationId) return;
    let live = true;
    void getCaseFile(conversationId).then(
      (loaded) => live && setFile(loaded),
      () => live && setFile(emptyCaseFile(conversationId)),
    );
    addEventListener('pagehide', flush);
    return () => {
      live = false;
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [conversationId, flush]);

  const change = useCallback((update: (f: CaseFile) => CaseFile, delay: number) => {
    setFile((current) => {
      if (!current) return current;
      const next = update(current);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
      return next;
    });
  }, [flush]);

  return {
    file,
    setField: (name, value) => change((f) => ({ ...f, fields: { ...f.fields, [name]: value }, updatedAt: Date.now() }), SAVE_DELAY_MS),
    saveReference: (reference) => change((f) => addReference(f, reference, Date.now()), 0),
    removeReference: (reference) => change((f) => ({ ...f, references: f.references.filter((r) => r !== reference), updatedAt: Date.now() }), 0),
    markStep: (step, done) =>
      change((f) => ({ ...f, ladderDone: done ? [...new Set([...f.ladderDone, step])] : f.ladderDone.filter((s) => s !== step), updatedAt: Date.now() }), 0),
  };
}
