/**
 * Every widget adapter, vendor adapters first and the generic fallback last: the first adapter
 * that binds wins. Keep one import and one entry per line so parallel additions merge cleanly.
 */
import type { WidgetAdapter } from './types';
import { generic } from './generic';
import { intercom } from './adapters/intercom';
import { zendeskClassic } from './adapters/zendesk-classic';
import { zendeskMessaging } from './adapters/zendesk-messaging';
import { livechat } from './adapters/livechat';
import { tawk } from './adapters/tawk';
import { hubspot } from './adapters/hubspot';
import { drift } from './adapters/drift';
import { crisp } from './adapters/crisp';
import { freshchat } from './adapters/freshchat';
import { freshworks } from './adapters/freshworks';
import { olark } from './adapters/olark';
import { tidio } from './adapters/tidio';
import { zohoSalesiq } from './adapters/zoho-salesiq';
import { liveperson } from './adapters/liveperson';
import { salesforceLegacy } from './adapters/salesforce-legacy';
import { salesforceMiaw } from './adapters/salesforce-miaw';
import { gorgias } from './adapters/gorgias';
import { amazonConnect } from './adapters/amazon-connect';
import { chatra } from './adapters/chatra';
import { chatwoot } from './adapters/chatwoot';
import { comm100 } from './adapters/comm100';
import { front } from './adapters/front';
import { genesys } from './adapters/genesys';
import { gladly } from './adapters/gladly';
import { helpscout } from './adapters/helpscout';
import { jivochat } from './adapters/jivochat';
import { kustomer } from './adapters/kustomer';
import { reamaze } from './adapters/reamaze';
import { rocketchat } from './adapters/rocketchat';
import { smartsupp } from './adapters/smartsupp';
import { trengo } from './adapters/trengo';
import { userlike } from './adapters/userlike';
import { zammad } from './adapters/zammad';

export const adapters: readonly WidgetAdapter[] = [
  // No adapter recognises another vendor's fixture (tests/unit/detect/cross-talk.test.ts), so
  // this order decides nothing between vendors; only generic must stay last.
  comm100,
  front,
  genesys,
  gladly,
  helpscout,
  kustomer,
  trengo,
  userlike,
  intercom,
  zendeskClassic,
  zendeskMessaging,
  livechat,
  tawk,
  hubspot,
  drift,
  crisp,
  freshchat,
  freshworks,
  olark,
  tidio,
  zohoSalesiq,
  liveperson,
  salesforceLegacy,
  salesforceMiaw,
  gorgias,
  amazonConnect,
  chatra,
  chatwoot,
  jivochat,
  reamaze,
  rocketchat,
  smartsupp,
  zammad,
  generic,
];

export function adapterById(id: string): WidgetAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}
