import { builtInTemplate, type Template } from '../../core/templates';
import type { LadderProposal } from '../../core/escalation';
import type { Lang } from '../../core/tone/types';
import { t } from '../../platform/i18n';
import { TemplateCard } from './template-card';

interface Props {
  proposal: LadderProposal;
  lang: Lang;
  values: Readonly<Record<string, string | undefined>>;
  onFill(name: string, value: string): void;
  onInserted(template: Template): void;
  onDismiss(): void;
}

/** What to do after the agent refused or stalled, with the template that does it. */
export function LadderProposalView({ proposal, lang, values, onFill, onInserted, onDismiss }: Props) {
  const template = builtInTemplate(lang, proposal.template);
  return (
    <div class="proposal" role="status" data-parley="ladder-proposal" data-step={proposal.step ?? ''} data-template-id={proposal.template}>
      <p>
        <strong>{proposal.signal === 'refusal' ? t('sidebarProposalRefusal') : t('sidebarProposalStall')}</strong>{' '}
        {proposal.step ? t('sidebarProposalNext', t(`sidebarStep_${proposal.step}`)) : t('sidebarProposalTimeline')}
      </p>
      {template && <TemplateCard idPrefix="proposal" template={template} values={values} onFill={onFill} onInserted={onInserted} />}
      <button type="button" class="link" onClick={onDismiss}>{t('sidebarDismiss')}</button>
    </div>
  );
}
