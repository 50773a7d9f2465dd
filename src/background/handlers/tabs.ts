import { clearDraftTone } from '../../platform/draft-tone-state';
import { clearTabState } from '../../platform/tab-state';

export function forgetTab(tabId: number): void {
  void clearTabState(tabId);
  void clearDraftTone(tabId);
}
