/**
 * A destructive action with a confirmation step inside the page (not window.confirm, which
 * blocks the popup and cannot be styled or tested): the first press asks, the second does it.
 * Hooks: the button carries `hook`; the question, `confirm-<hook>` and `cancel-<hook>`.
 */
import { useState } from 'preact/hooks';

interface Props {
  hook: string;
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  disabled?: boolean;
  onConfirm: () => void | Promise<void>;
}

export function ConfirmButton({ hook, label, question, confirmLabel, cancelLabel, disabled, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger" data-parley={hook} disabled={disabled} onClick={() => setAsking(true)}>
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
      <button type="button" class="danger" data-parley={`confirm-${hook}`} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" data-parley={`cancel-${hook}`} autoFocus onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
