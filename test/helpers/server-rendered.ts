/**
 * Reading server-rendered HTML as a reader meets it, in frames: with JavaScript off (a sandboxed
 * frame runs no script; declarative shadow DOM is still parsed) and hydrated (the page records
 * every mutation, request and error after parsing: test/server/ssr-plugin.mjs).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {settled} from './dom.js';

export interface Reading {
  readonly text: string;
  readonly headings: readonly string[];
  readonly links: readonly string[];
}

const ELEMENT = 1;
const TEXT = 3;

/** The composed tree under `node` as a reader meets it (shadow roots, slotted nodes), across frames. */
export function* composed(node: Node): Generator<Node> {
  yield node;
  if (node.nodeType !== ELEMENT) return;
  const element = node as Element;
  if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.nodeName)) return;
  const children =
    element.localName === 'slot'
      ? (element as HTMLSlotElement).assignedNodes({flatten: true})
      : [...(element.shadowRoot ?? element).childNodes];
  for (const child of children) yield* composed(child);
}

export function read(root: Element): Reading {
  const nodes = [...composed(root)];
  const textOf = (element: Element) =>
    [...composed(element)]
      .filter((node) => node.nodeType === TEXT)
      .map((node) => node.nodeValue)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const elements = nodes.filter((node): node is Element => node.nodeType === ELEMENT);
  return {
    text: textOf(root),
    headings: elements.filter((el) => /^h[1-6]$/.test(el.localName)).map((el) => `${el.localName} ${textOf(el)}`),
    links: elements.filter((el) => el.localName === 'a').map((el) => `${(el as HTMLAnchorElement).href} ${textOf(el)}`),
  };
}

export function frame(url: string, sandbox?: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
    iframe.style.inlineSize = '1000px';
    iframe.addEventListener('load', () => resolve(iframe), {once: true});
    iframe.addEventListener('error', () => reject(new Error(`${url} did not load`)), {once: true});
    iframe.src = url;
    document.body.append(iframe);
  });
}

export type Lit = Element & {updateComplete: Promise<unknown>; hasUpdated: boolean};

/** The library's elements in the composed tree under `root`. */
export const litElements = (root: Element) =>
  [...composed(root)].filter((node): node is Lit => node.nodeType === ELEMENT && 'updateComplete' in node);

/**
 * Waits for the elements of `page` to hydrate, then asserts nothing changed, nothing was
 * requested, nothing failed, and `el` is live: a new heading level re-renders its headings.
 */
export async function expectHydrated(page: HTMLIFrameElement, el: Lit): Promise<void> {
  const win = page.contentWindow as Window & {
    __record: {mutations: {attribute: string | null}[]; fetches: string[]; errors: string[]};
  };
  const before = read(el);
  await waitUntil(
    () => win.customElements.get(el.localName) && litElements(el).every((node) => node.hasUpdated),
    'hydrated',
    {timeout: 10_000},
  );
  await Promise.all(litElements(el).map((node) => node.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const {mutations, fetches, errors} = win.__record;
  // Lit's own bookkeeping: a section waits for its composite, which removes this attribute.
  expect(mutations.filter((m) => m.attribute !== 'defer-hydration')).to.deep.equal([]);
  expect(fetches).to.deep.equal([]);
  expect(errors).to.deep.equal([]);
  expect(read(el)).to.deep.equal(before);

  const level = Number(/^h(\d)/.exec(before.headings[0] ?? '')?.[1]);
  el.setAttribute('heading-level', String(level + 1));
  await Promise.all(litElements(el).map((node) => node.updateComplete));
  await settled(el);
  expect(read(el).headings[0]).to.equal(before.headings[0]!.replace(/^h\d/, `h${level + 1}`));
}

/**
 * The element as the browser renders it on the test page, with these attributes (`src` among
 * them), once its content (not its skeleton) is shown; `placed` collects it for removal.
 */
export async function renderedInBrowser(
  tag: string,
  attributes: Readonly<Record<string, string | undefined>>,
  placed: Element[],
): Promise<Lit> {
  const client = document.createElement(tag) as unknown as Lit;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) client.setAttribute(name, value);
  document.body.append(client);
  placed.push(client);
  await waitUntil(
    () => client.hasUpdated && !client.shadowRoot!.querySelector('[part~="skeleton"]'),
    'the browser renders',
  );
  await settled(client);
  return client;
}
