/**
 * Reading what an element shows, the way a reader meets it: text with white space folded, and
 * headings in document order through nested shadow roots. Everything here returns strings,
 * numbers or arrays of them, never elements: a failing chai assertion on an element can stall
 * the browser while chai formats it, instead of failing the test.
 */

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every element under `root` that renders, in document order, looking through shadow roots. */
export function* renderedElements(root: Element | ShadowRoot): Generator<Element> {
  for (const child of root.children) {
    yield child;
    yield* renderedElements(child.shadowRoot ?? child);
  }
}

/** The headings `el` renders, nested elements' included, in order, as `h2 Aims`. */
export function headingsIn(el: Element): string[] {
  return [...renderedElements(shadow(el))]
    .filter((node) => /^h[1-6]$/.test(node.localName))
    .map((node) => `${node.localName} ${text(node)}`);
}

/** Waits until `el` and every element rendered inside it have finished updating. */
export async function settled(el: Element & {updateComplete: Promise<unknown>}): Promise<void> {
  await el.updateComplete;
  // Three rounds: an element can render elements that render elements (a page's list's cards).
  for (let round = 0; round < 3; round++) {
    const inner = [...renderedElements(shadow(el))].filter(
      (node): node is Element & {updateComplete: Promise<unknown>} => 'updateComplete' in node,
    );
    await Promise.all(inner.map((node) => node.updateComplete));
  }
}
