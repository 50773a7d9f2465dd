/** Delete the selected conversation, or all of them; each asks for confirmation in the popup first. */
import { t } from '../../platform/i18n';
import { sendFromPage } from '../../platform/messaging';
import { ConfirmButton } from '../../ui/confirm-button';

interface Props {
  selectedId: string | null;
  allIds: string[];
  onDeleted: (deleted: number) => void;
}

export function DeleteControls({ selectedId, allIds, onDeleted }: Props) {
  const remove = async (ids: string[]) => {
    const { deleted } = await sendFromPage('conversations/delete', { ids });
    onDeleted(deleted);
  };
  const common = { confirmLabel: t('popupConfirmDelete'), cancelLabel: t('popupCancel') };
  return (
    <div class="buttons delete">
      {selectedId && (
        <ConfirmButton hook="delete" label={t('popupDelete')} question={t('popupDeleteQuestion')} onConfirm={() => remove([selectedId])} {...common} />
      )}
      <ConfirmButton
        hook="delete-all"
        label={t('popupDeleteAll')}
        question={t('popupDeleteAllQuestion', String(allIds.length))}
        disabled={allIds.length === 0}
        onConfirm={() => remove(allIds)}
        {...common}
      />
    </div>
  );
}
