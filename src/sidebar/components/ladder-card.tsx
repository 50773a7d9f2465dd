import { LADDER_STEPS, nextStep, type LadderProposal } from '../../core/escalation';
import type { Template } from '../../core/templates';
import type { Lang } from '../../core/tone/types';
import { t } from '../../platform/i18n';
import { LadderProposalView } from './ladder-proposal';

interface Props {
  done: readonly string[];
  onToggle(step: string, done: boolean): void;
  proposal: LadderProposal | null;
  lang: Lang;
  values: Readonly<Record<string, string | undefined>>;
  onFill(name: string, value: string): void;
  onInserted(template: Template): void;
  onDismiss(): void;
}

/** The escalation ladder (advice habit 8): polite steps in order, the current one marked. */
export function LadderCard({ done, onToggle, proposal, lang, values, onFill, onInserted, onDismiss }: Props) {
  const current = nextStep(done);
  return (
    <section class="card" aria-labelledby="ladder-title" data-parley="ladder">
      <h2 id="ladder-title">{t('sidebarLadderTitle')}</h2>
      {proposal && <LadderProposalView {...{ proposal, lang, values, onFill, onInserted, onDismiss }} />}
      <ol class="ladder">
        {LADDER_STEPS.map((step) => {
          const isDone = done.includes(step.id);
          return (
            <li key={step.id} class={step.id === current ? 'current' : isDone ? 'done' : ''} data-parley="ladder-step" data-step={step.id}>
              <div>
                <span class="step-name">{t(`sidebarStep_${step.id}`)}</span>
                <span class="muted small">{t(`sidebarStepHint_${step.id}`)}</span>
              </div>
              <label class="check">
                <input type="checkbox" checked={isDone} onChange={() => onToggle(step.id, !isDone)} />
                <span aria-hidden="true">{t('sidebarStepDone')}</span>
                <span class="sr-only">{t('sidebarStepDoneLabel', t(`sidebarStep_${step.id}`))}</span>
              </label>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
