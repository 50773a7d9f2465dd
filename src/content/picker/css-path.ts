/**
 * A CSS selector that finds the same element again after a reload: ids when they look stable,
 * otherwise tag names with classes that do not look generated, and :nth-of-type where needed.
 */
const GENERATED = /\d{3,}|^[a-z]{1,3}-[a-z0-9]{4,}$|[A-Z].*[0-9]|__[a-zA-Z0-9]{5,}$|^css-|^sc-/;
const MAX_DEPTH = 12;

function stableId(el: Element): string | null {
  const id = el.id;
  return id && !GENERATED.test(id) && /^[A-Za-z][\w-]*$/.test(id) ? id : null;
}

function step(el: Element): string {
  const id = stableId(el);
  if (id) return `#${CSS.escape(id)}`;
  const tag = el.localName;
  const classes = Array.from(el.classList).filter((c) => !GENERATED.test(c)).slice(0, 2);
  let part = tag + classes.map((c) => `.${CSS.escape(c)}`).join('');
  const parent = el.parentElement;
  if (parent) {
    const same = Array.from(parent.children).filter((c) => c.localName === tag);
    if (same.length > 1) part += `:nth-of-type(${same.indexOf(el) + 1})`;
  }
  return part;
}

export function cssPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const part = step(node);
    parts.unshift(part);
    if (part.startsWith('#')) break;
    node = node.parentElement;
  }
  return parts.join(' > ');
}
