/**
 * Text at the reader's size: a reader who sets a larger default font size in the browser gets
 * larger text in every element, and a page that shrinks its root (`html {font-size: 62.5%}`, or
 * 10px) does not shrink the elements' text. The default size is set as the browser's setting is,
 * through DevTools' Page.setFontSizes (test/server/font-size-plugin.mjs).
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import {sampleFeed} from '../helpers/feeds.js';
import {ELEMENTS} from '../security/harness.js';

const TAGS = ELEMENTS.map((element) => element.tag);

/** Small print, on the NHS.UK 16-point scale (14px at the default size): tags, dates, organisations. */
const SMALL_PRINT = '.tag, .meta, [part~="meta"], .small, .error__detail';

interface Text {
  readonly where: string;
  readonly size: number;
  readonly small: boolean;
}

/** The font size of every element with text of its own, through every shadow root inside `root`. */
function textSizes(root: ShadowRoot, where: string): Text[] {
  const found: Text[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...textSizes(element.shadowRoot, `${where} ${element.localName}`));
    if (element.closest('.visually-hidden')) continue;
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
    );
    if (!ownText) continue;
    found.push({
      where: `${where} ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`,
      size: parseFloat(getComputedStyle(element).fontSize),
      small: Boolean(element.closest(SMALL_PRINT)),
    });
  }
  return found;
}

type Rendered = HTMLElement & {feed?: unknown; updateComplete?: Promise<unknown>};

/** Waits for `el` and every element inside its shadow tree to finish rendering. */
async function settled(el: Rendered): Promise<void> {
  await el.updateComplete;
  const inner = [...(el.shadowRoot?.querySelectorAll<Rendered>('*') ?? [])].filter((child) => child.shadowRoot);
  await Promise.all(inner.map(settled));
}

async function render(tag: (typeof TAGS)[number]): Promise<HTMLElement> {
  const el = document.createElement(tag) as Rendered;
  const {attributes} = ELEMENTS.find((element) => element.tag === tag)!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = sampleFeed();
  document.body.append(el);
  await settled(el);
  return el;
}

/** Every text that is smaller than it should be: body text below `body` px, small print below `small` px. */
async function tooSmall(tag: (typeof TAGS)[number], body: number, small: number): Promise<string[]> {
  const el = await render(tag);
  const texts = textSizes(el.shadowRoot!, tag);
  el.remove();
  expect(texts.length, `${tag} has text`).to.be.greaterThan(0);
  return texts
    .filter((text) => text.size + 0.01 < (text.small ? small : body))
    .map((text) => `${text.where}: ${text.size}px`);
}

describe("text at the reader's size", function () {
  this.timeout(20_000);

  describe('with the browser’s default font size at 24px', () => {
    before(() => executeServerCommand('set-font-sizes', {standard: 24}));
    after(() => executeServerCommand('set-font-sizes', {standard: 16}));

    for (const tag of TAGS) {
      it(`<${tag}>: body text at least 24px, small print at least 21px`, async () => {
        expect(parseFloat(getComputedStyle(document.documentElement).fontSize)).to.equal(24);
        expect(await tooSmall(tag, 24, 21)).to.deep.equal([]);
      });
    }
  });

  describe('on a page with html {font-size: 10px}', () => {
    before(() => {
      document.documentElement.style.fontSize = '10px';
      document.body.style.fontSize = '0.8rem';
    });
    after(() => {
      document.documentElement.style.removeProperty('font-size');
      document.body.style.removeProperty('font-size');
    });

    for (const tag of TAGS) {
      it(`<${tag}>: body text at least 16px, small print at least 14px`, async () => {
        expect(await tooSmall(tag, 16, 14)).to.deep.equal([]);
      });
    }
  });
});
