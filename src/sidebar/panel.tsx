import { useState } from 'preact/hooks';
import { CASE_TEXT_FIELDS, detectReferences, placeholderValues, type CaseTextField } from '../core/case';
import { stepOfTemplate } from '../core/escalation';
import type { Template } from '../core/templates';
import type { Lang } from '../core/tone/types';
import { uiLanguage } from '../platform/i18n';
import type { SidebarContext } from '../shared/protocol';
import { chatLanguage } from './chat-language';
import { CaseFileCard } from './components/case-file-card';
import { ConversationCard } from './components/conversation-card';
import { LadderCard } from './components/ladder-card';
import { TemplatesCard } from './components/templates-card';
import { ToneCard } from './components/tone-card';
import { UserTemplatesDialog } from '../ui/templates/user-templates-dialog';
import type { CaseFileApi } from './hooks/use-case-file';
import { useDraftTone } from './hooks/use-draft-tone';
import { useMessages } from './hooks/use-messages';
import { useProposal } from './hooks/use-proposal';
import { useUserTemplates } from '../ui/templates/use-user-templates';

const isCaseField = (name: string): name is CaseTextField => (CASE_TEXT_FIELDS as readonly string[]).includes(name);

/** Everything the open sidebar shows for the chat in its tab. */
export function Panel({ context, caseFile }: { context: SidebarContext | null; caseFile: CaseFileApi }) {
  const conversation = context?.conversation ?? null;
  const messages = useMessages(conversation);
  const tone = useDraftTone(context);
  const userTemplates = useUserTemplates();
  const done = caseFile.file?.ladderDone ?? [];
  const { proposal, dismiss } = useProposal(messages, done);
  const [langOverride, setLang] = useState<Lang | null>(null);
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [managing, setManaging] = useState(false);

  const detected = chatLanguage(messages, uiLanguage());
  const lang = langOverride ?? detected;
  const values = { ...(caseFile.file ? placeholderValues(caseFile.file) : {}), ...extra };
  const detectedRefs = [...new Set(messages.filter((m) => m.author === 'agent').flatMap((m) => detectReferences(m.text)))];
  const fill = (name: string, value: string) => (isCaseField(name) && caseFile.file ? caseFile.setField(name, value) : setExtra((e) => ({ ...e, [name]: value })));
  const inserted = (template: Template) => {
    const step = stepOfTemplate(template.id);
    if (step) caseFile.markStep(step, true);
  };
  const insertedFromProposal = (template: Template) => {
    inserted(template);
    dismiss();
  };
  return (
    <>
      <ToneCard tone={tone} />
      <LadderCard done={done} onToggle={caseFile.markStep} proposal={proposal} lang={lang} values={values} onFill={fill} onInserted={insertedFromProposal} onDismiss={dismiss} />
      <TemplatesCard
        tabId={context?.tabId ?? null}
        lang={lang}
        detected={detected}
        onLang={setLang}
        userTemplates={userTemplates.templates}
        values={values}
        onFill={fill}
        onInserted={inserted}
        onManage={() => setManaging(true)}
      />
      <CaseFileCard api={caseFile} detected={detectedRefs} />
      <ConversationCard context={context} />
      {managing && <UserTemplatesDialog api={userTemplates} initialLang={lang} onClose={() => setManaging(false)} />}
    </>
  );
}
