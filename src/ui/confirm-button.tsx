/**
 * A destructive action with a confirmation step inside the page (not window.confirm, which
 * blocks the popup and cannot be styled or tested): the first press asks, the second does it.
 * Hooks: the button carries `hook`; the question, `confirm-<hook>` and `cancel-<hook>`.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  hook: string;
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  disabled?: boolean;
  /** Shown under the question: what exactly the action removes. */
  details?: ComponentChildren;
  /** Called when the question opens (to count what will go). */
  onAsk?: () => void;
  onConfirm: () => void | Promise<void>;
}

export function ConfirmButton({ hook, label, question, confirmLabel, cancelLabel, disabled, details, onAsk, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    const ask = () => {
      onAsk?.();
      setAsking(true);
    };
    return (
      <button type="button" class="danger" data-parley={hook} disabled={disabled} onClick={ask}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setAsking(false);
    await onConfirm();
  };
  return (
    <div class="confirm" role="alertdialog" aria-label={question} data-parley={`${hook}-question`}>
      <p>{question}</p>
      {details}
      <button type="button" class="danger" data-parley={`confirm-${hook}`} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" data-parley={`cancel-${hook}`} autoFocus onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
