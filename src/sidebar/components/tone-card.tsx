import { t } from '../../platform/i18n';
import type { DraftTone } from '../hooks/use-draft-tone';

type Finding = DraftTone['findings'][number];

/** The finding's explanation; the category's name when the engine's message key has no string yet. */
function explain(finding: Finding): string {
  const text = t(finding.messageKey, finding.params);
  return text && text !== finding.messageKey ? text : t(`composer_cat_${finding.category}`);
}

function FindingItem({ finding }: { finding: Finding }) {
  // A replacement without letters ("!!!" → ".") only makes sense next to what it replaces.
  const wordless = finding.suggestion !== undefined && !/\p{L}/u.test(finding.suggestion);
  return (
    <li class={`finding finding--${finding.severity}`} data-parley="tone-finding">
      <q class="phrase">{finding.phrase}</q>
      <span>{explain(finding)}</span>
      {finding.suggestion && (
        <span class="suggestion">
          {t('sidebarToneTry')} {wordless && <><q>{finding.phrase}</q> → </>}<q>{finding.suggestion}</q>
        </span>
      )}
    </li>
  );
}

function summaryOf(tone: DraftTone | null): string {
  if (!tone) return t('sidebarToneIdle');
  // The send is waiting on the warning next to the chat box: say so before anything else.
  if (tone.phase === 'held') return t('sidebarToneHeld');
  return tone.findings.length === 0 ? t('sidebarToneCalm') : t('sidebarToneFindings', String(tone.findings.length));
}

/**
 * The live draft's tone: a one-line summary (or, while the send is held, that the message has not
 * been sent) and each finding with its calmer wording.
 */
export function ToneCard({ tone }: { tone: DraftTone | null }) {
  const findings = tone?.findings ?? [];
  const hostile = findings.filter((f) => f.family === 'hostile').length;
  return (
    <section class="card" aria-labelledby="tone-title" data-parley="tone-summary" data-phase={tone?.phase ?? 'idle'}>
      <h2 id="tone-title">{t('sidebarToneTitle')}</h2>
      <p class={hostile > 0 || tone?.phase === 'held' ? 'warn-text' : 'muted'} aria-live="polite" data-parley="tone-status">
        {summaryOf(tone)}
      </p>
      {findings.length > 0 && <ul class="findings">{findings.map((f) => <FindingItem key={`${f.rule}:${f.start}`} finding={f} />)}</ul>}
    </section>
  );
}
