import type { Author, DeliveryStatus } from '../../shared/transcript-types';

/** Where an adapter's DOM lives relative to the page that embeds the widget. */
export type FrameModel =
  /** The widget renders in the page itself (possibly in a shadow root). */
  | 'top'
  /** The widget renders inside its own iframe (same- or cross-origin); the adapter runs there. */
  | 'widget-frame';

/** What a reader makes of one message element. */
export interface ReadMessage {
  author: Author;
  text: string;
  name?: string;
  /** ISO time or the widget's own time label, when the widget shows one. */
  time?: string;
  /** The widget's own stable message id, when it exposes one (data-id, id attributes…). */
  id?: string;
  status?: DeliveryStatus;
  /** Notes on attachments ("image.png", "file: invoice.pdf"), never their content. */
  attachments?: string[];
}

/** A bound widget: everything capture, the composer gate and insertion need. */
export interface Binding {
  /** Equals the adapter id. */
  widget: string;
  /** The element holding the message list; capture observes only this subtree. */
  log: Element;
  /** The current message elements in document order (excluding typing indicators and chrome). */
  messages(): Element[];
  /** Turns a message element into data; null for non-message rows (dates, typing, chrome). */
  read(el: Element): ReadMessage | null;
  /** The draft input: textarea, input or contenteditable element (may be re-rendered: call again). */
  composer(): HTMLElement | null;
  /** The send control, when there is one right now (some exist only while text is typed). */
  sendButton(): HTMLElement | null;
}

export interface WidgetAdapter {
  /** Equals the file name: 'intercom' ↔ adapters/intercom.ts. */
  readonly id: string;
  /** Human-readable vendor name. */
  readonly name: string;
  /** Which frame the adapter's detect() runs in. */
  readonly frame: FrameModel;
  /**
   * Cheap test on the frame: URL host/path patterns of the vendor's frame, or a marker element
   * in the page. Called once per frame at start-up and on each added-container notification.
   */
  matches(doc: Document, location: Location): boolean;
  /**
   * For widgets that render in the page itself: selectors whose presence in a document says the
   * widget is (or will be) there, each a single id, class or tag (querySelector's fast paths; a
   * selector list walks the whole page). A large page is looked at only through these, which
   * spares compiling every adapter's own test in pages without a chat.
   */
  readonly markers?: readonly string[];
  /**
   * Looks in `root` (the document or a shadow root) for the widget and binds it. Pure DOM read;
   * returns null when the widget is not (yet) there, e.g. only its launcher button is.
   */
  bind(root: Document | ShadowRoot): Binding | null;
}
