import { useRef, useState } from 'preact/hooks';
import { render, type Template } from '../../core/templates';
import { copyText } from '../../platform/clipboard';
import { t } from '../../platform/i18n';
import { sendFromPage } from '../../platform/messaging';
import { MissingInput } from './missing-input';

export interface TemplateCardProps {
  template: Template;
  /** Values from the case file (plus the latest reference). */
  values: Readonly<Record<string, string | undefined>>;
  /** A value typed into the card for a missing placeholder. */
  onFill(name: string, value: string): void;
  /** The text went into the composer (the ladder notes the step). */
  onInserted?(template: Template): void;
  /** Makes the card's element ids unique when a template is shown twice. */
  idPrefix: string;
}

/** One template, filled from the case file; missing values are asked for before it can be used. */
export function TemplateCard({ template, values, onFill, onInserted, idPrefix }: TemplateCardProps) {
  const [status, setStatus] = useState('');
  const firstMissing = useRef<HTMLDivElement>(null);
  const { text, missing } = render(template, values);
  // A field asked for stays on screen once filled, so typing its first letter doesn't remove the input.
  const asked = useRef(new Set<string>());
  for (const name of missing) asked.current.add(name);
  const base = `${idPrefix}-${template.id.replace(/[^A-Za-z0-9_-]/g, '')}`;

  const blocked = () => {
    if (missing.length === 0) return false;
    setStatus(t('sidebarFillMissing'));
    firstMissing.current?.querySelector('input')?.focus();
    return true;
  };
  const insert = () => {
    if (blocked()) return;
    sendFromPage('composer/insert', { text, mode: 'insert' }).then(
      ({ inserted }) => {
        setStatus(inserted ? t('sidebarInserted') : t('sidebarInsertFailed'));
        if (inserted) onInserted?.(template);
      },
      () => setStatus(t('sidebarInsertFailed')),
    );
  };
  const copy = () => {
    if (blocked()) return;
    void copyText(text).then((ok) => setStatus(ok ? t('sidebarCopied') : t('sidebarCopyFailed')));
  };

  return (
    <article class="template" data-parley="template" data-template-id={template.id} aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{template.title}</h3>
      <p class="template-text" data-parley="template-text">{text}</p>
      <div ref={firstMissing}>
        {[...asked.current].map((name) => (
          <MissingInput key={name} id={`${base}-${name}`} name={name} value={values[name] ?? ''} onInput={onFill} />
        ))}
      </div>
      <div class="row">
        <button type="button" class="primary" data-parley="template-insert" onClick={insert}>{t('sidebarInsert')}</button>
        <button type="button" data-parley="template-copy" onClick={copy}>{t('sidebarCopy')}</button>
        <span class="muted small" role="status">{status}</span>
      </div>
    </article>
  );
}
