/**
 * Shadow roots of an element, including closed ones where the browser gives extensions access
 * (chrome.dom.openOrClosedShadowRoot in Chromium, element.openOrClosedShadowRoot in Firefox).
 */
interface ChromeDom {
  dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null };
}
interface FirefoxElement {
  openOrClosedShadowRoot?: ShadowRoot | null;
}

export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  const chromeApi = (globalThis as { chrome?: ChromeDom }).chrome;
  try {
    if (chromeApi?.dom?.openOrClosedShadowRoot && el instanceof HTMLElement) {
      return chromeApi.dom.openOrClosedShadowRoot(el);
    }
    return (el as unknown as FirefoxElement).openOrClosedShadowRoot ?? null;
  } catch {
    return null;
  }
}
