/**
 * The typed message protocol between Parley's contexts, one map per direction. Every entry has
 * a request schema (checked where the message arrives) and a response type. Message names are
 * `area/verb`. Contexts never import each other: they meet only here.
 */
import type { CapturedMessage, ConversationRecord } from './transcript-types';
import { arr, bool, empty, num, obj, oneOf, optional, str, type Schema } from './validate';

const AUTHORS = ['agent', 'customer', 'system'] as const;

/** The widget id of a chat area the user picked by hand ("This is my support chat"). */
export const PICKED_WIDGET = 'picked';
const STATUSES = ['sending', 'sent', 'failed'] as const;

const capturedMessage: Schema<CapturedMessage> = obj({
  key: str(2_000),
  author: oneOf(AUTHORS),
  text: str(2_000_000),
  name: optional(str(200)),
  shownTime: optional(str(100)),
  seenAt: num,
  after: optional(str(2_000)),
  status: optional(oneOf(STATUSES)),
  attachments: optional(arr(str(500), 50)),
});

/**
 * The draft's tone, as the composer gate sees it: the sidebar mirrors it. Sent while the user
 * types (throttled, at most ~5 a second), when a send is held, and once the draft left or was
 * emptied (`phase: 'cleared'`, no findings). Offsets are UTF-16 offsets into the draft; `phrase`
 * is the draft's text at [start, end) so the sidebar can show it without the whole draft.
 * `messageKey`/`params` are an i18n key and its substitutions (`tone_*`).
 */
const toneFindingSummary = obj({
  rule: str(100),
  category: str(40),
  family: oneOf(['hostile', 'coaching'] as const),
  severity: oneOf(['info', 'consider', 'strong'] as const),
  start: num,
  end: num,
  phrase: str(500),
  messageKey: str(100),
  params: optional(arr(str(200), 9)),
  suggestion: optional(str(5_000)),
});

const draftTone = {
  widget: str(100),
  phase: oneOf(['typing', 'held', 'cleared'] as const),
  lang: str(10),
  /** The draft's length in UTF-16 code units. */
  length: num,
  findings: arr(toneFindingSummary, 50),
};

/** Text for the bound widget's composer: replace the draft, or insert at the caret. */
const composerInsert = obj({ text: str(20_000), mode: oneOf(['replace', 'insert'] as const) });

/** Content script (any frame) → background. The sender's tab is checked by the router. */
export const contentToBackground = {
  /** A widget was bound in this frame: the background asks the tab's top frame to mount the sidebar. */
  'widget/found': obj({ widget: str(100) }),
  /** The widget in this frame was removed or the page navigated away from it. */
  'widget/lost': obj({ widget: str(100) }),
  /**
   * Captured messages, in log order, each naming the one before it (`after`). `snapshot` is true
   * for the first batch of a binding: the log as read at bind time, or the first messages of a
   * log that was empty then (lets the background tell a continued conversation from a new one).
   */
  'transcript/append': obj({
    widget: str(100),
    frameUrl: str(4_000),
    title: str(1_000),
    snapshot: bool,
    messages: arr(capturedMessage, 10_000),
  }),
  /** The draft's tone in this frame's composer (see `draftTone`); relayed as `draft/tone-updated`. */
  'draft/tone': obj(draftTone),
  /** The interface strings of a language the user chose over the browser's (for the warning UI). */
  'i18n/catalog': obj({ lang: oneOf(['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'] as const) }),
  /** The user picked a chat area in this frame, or cancelled: the pickers in the tab's other frames stop. */
  'picker/done': obj({ picked: bool }),
  /**
   * The origin of the tab's top-level page, for a frame that cannot tell it itself (a
   * cross-origin frame in a browser without `location.ancestorOrigins`); null when unknown.
   */
  'picker/site': empty,
  /**
   * A chat was found here (or the background woke the frame): inject the content script's awake
   * stage (its file of its own, see src/content/awake-load.ts) into this frame.
   */
  'frame/awake': empty,
} as const;

export interface ContentToBackgroundResponses {
  /** `allowed: false`: the user turned Parley off for this site; the frame must not capture. */
  'widget/found': { mounted: boolean; allowed: boolean };
  'widget/lost': { ok: true };
  'transcript/append': { conversationId: string; stored: number; messageCount: number };
  'draft/tone': { ok: true };
  'i18n/catalog': { messages: Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }> };
  'picker/done': { ok: true };
  'picker/site': { topOrigin: string | null };
  'frame/awake': { ok: true };
}

/** Background → content script of a given frame. */
export const backgroundToContent = {
  'sidebar/mount': obj({ widget: str(100) }),
  'sidebar/unmount': empty,
  /**
   * Start the "This is my support chat" element picker in this frame (the popup sends it to every
   * frame of the tab; each frame's picker highlights only its own document).
   */
  'picker/start': empty,
  /** Another frame's picker finished: stop this frame's picker, if one runs. */
  'picker/stop': empty,
  /** Forget the chat area picked in this frame (for this top-level site) and stop reading it. */
  'picker/forget': empty,
  /** Keyboard shortcut: open or collapse the sidebar in this tab. */
  'sidebar/toggle': empty,
  /** Keyboard shortcut: move focus into the sidebar (it then focuses its template search). */
  'sidebar/focus': empty,
  /** Put text into the bound widget's composer so the widget's own state follows (templates). */
  'composer/insert': composerInsert,
} as const;

export interface BackgroundToContentResponses {
  'sidebar/mount': { ok: true };
  'sidebar/unmount': { ok: true };
  'picker/start': { picked: boolean };
  'picker/stop': { ok: true };
  'picker/forget': { forgotten: boolean };
  'sidebar/toggle': { ok: true };
  'sidebar/focus': { ok: true };
  'composer/insert': { inserted: boolean };
}

/** Extension pages (sidebar, popup, options) → background. Sender must be the extension itself. */
export const pageToBackground = {
  /** The sidebar asks what is bound in the tab it is shown in. */
  'sidebar/context': empty,
  'conversations/delete': obj({ ids: arr(str(100), 100_000) }),
  /** The popup asks to start the element picker in the active tab (in all its frames). */
  'picker/start-active': empty,
  /** The sidebar asks to forget the chat area the user picked in its tab ("Forget this chat choice"). */
  'picker/forget': empty,
  /** The sidebar puts text (a template) into the composer of the chat bound in its tab. */
  'composer/insert': composerInsert,
  /** The options page changed the retention period: apply it now rather than after the next chat. */
  'transcripts/apply-retention': empty,
  /**
   * The host of the page the asker is about: the sidebar's own tab, or for the popup the active
   * tab (the extension has no "tabs" permission, so the tab's top frame tells).
   */
  'site/current': empty,
} as const;

export interface SidebarContext {
  /** The tab the asking sidebar is shown in (lets it pick out broadcasts meant for it). */
  tabId: number | null;
  widget: string | null;
  conversation: ConversationRecord | null;
  /** The draft's tone as last reported in this tab (a held send included), or null. */
  draftTone: RequestOf<Broadcast, 'draft/tone-updated'> | null;
}

export interface PageToBackgroundResponses {
  'sidebar/context': SidebarContext;
  'conversations/delete': { deleted: number };
  'picker/start-active': { started: boolean };
  'picker/forget': { forgotten: boolean };
  'composer/insert': { inserted: boolean };
  'transcripts/apply-retention': { deleted: number };
  /** A normalised host name, or null for a page Parley does not run in (browser pages, files). */
  'site/current': { host: string | null };
}

/** Background → every extension page (broadcast). */
export const broadcast = {
  'transcript/updated': obj({ conversationId: str(100), messageCount: num, tabId: optional(num) }),
  /** The focus-template-search shortcut was pressed in this tab. */
  'sidebar/focus-search': obj({ tabId: num }),
  /**
   * The draft's tone in tab `tabId` changed (the `draft/tone` payload plus the tab). The sidebar
   * shows the findings of its own tab; `phase: 'cleared'` means nothing to show.
   */
  /** `at`: when the background heard it (epoch ms); a sidebar never lets an older report replace a newer one. */
  'draft/tone-updated': obj({ ...draftTone, tabId: num, at: num }),
  /**
   * The browser refused a transcript write: its storage quota is reached (epoch ms). What was
   * saved before stays; the batch waits in the content script's retry queue.
   */
  'transcripts/quota-reached': obj({ at: num }),
} as const;

export interface BroadcastResponses {
  'transcript/updated': void;
  'sidebar/focus-search': void;
  'draft/tone-updated': void;
  'transcripts/quota-reached': void;
}

export type ContentToBackground = typeof contentToBackground;
export type BackgroundToContent = typeof backgroundToContent;
export type PageToBackground = typeof pageToBackground;
export type Broadcast = typeof broadcast;

/** The request type of a message in a map. */
export type RequestOf<M, K extends keyof M> = M[K] extends Schema<infer T> ? T : never;

/** The wire envelope. The `parley` tag keeps other extensions' and libraries' messages out. */
export interface Envelope {
  parley: 1;
  name: string;
  payload: unknown;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Envelope).parley === 1 &&
    typeof (value as Envelope).name === 'string'
  );
}
