import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WidgetAdapter } from '../../../src/content/detect/types';

export const FIXTURES = join(__dirname, '../../fixtures/widgets');

/** tests/fixtures/widgets/<id>/expected.json */
export interface Expected {
  adapter: string;
  messages: { author: string; text: string }[];
  /** false for widgets that send on Enter only (no send control exists). */
  sendButton?: boolean;
  /** The frame's window.name, for frames recognised by the embedding iframe's name. */
  frameName?: string;
  /** The frame's URL, for frames recognised by host. */
  url?: string;
  /**
   * Markup of the host page around the widget's iframe, for same-origin frames recognised by
   * their embedding element (the frame's `window.frameElement` is that page's only iframe).
   */
  embeddedIn?: string;
}

export function fixtureDir(adapter: WidgetAdapter): string {
  return join(FIXTURES, adapter.id);
}

export function hasFixture(adapter: WidgetAdapter): boolean {
  return existsSync(join(fixtureDir(adapter), 'expected.json'));
}

export function readExpected(adapter: WidgetAdapter): Expected {
  return JSON.parse(readFileSync(join(fixtureDir(adapter), 'expected.json'), 'utf8')) as Expected;
}

/** The document the adapter runs in: the widget frame's for widget-frame adapters. */
export function fixtureHtml(adapter: WidgetAdapter): string {
  const file = adapter.frame === 'widget-frame' ? 'frame.html' : 'index.html';
  return readFileSync(join(fixtureDir(adapter), file), 'utf8');
}

/**
 * Mirrors the fixtures' inline loader script without evaluating page JavaScript: every
 * `<template data-parley-shadow>` becomes an open shadow root of its parent, recursively.
 */
export function buildShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[data-parley-shadow]'))) {
    const host = template.parentElement;
    if (!host || !(template instanceof HTMLTemplateElement)) {
      continue;
    }
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    buildShadowRoots(shadow);
  }
}

/** Loads fixture HTML into the test window's document (scripts dropped, shadow roots built). */
export function loadIntoDocument(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script'))) {
    script.remove();
  }
  const root = document.documentElement;
  for (const attr of Array.from(root.attributes)) {
    root.removeAttribute(attr.name);
  }
  for (const attr of Array.from(parsed.documentElement.attributes)) {
    root.setAttribute(attr.name, attr.value);
  }
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  buildShadowRoots(document);
  return document;
}

/** The document and every open shadow root under it, nested ones included. */
export function allRoots(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i += 1) {
    for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
      }
    }
  }
  return roots;
}
