/**
 * The reader's display preferences, in every element and state: Windows High Contrast (forced
 * colours) and reduced motion, emulated in Chromium through the DevTools protocol
 * (test/server/media-plugin.mjs).
 *
 * Forced colours replace every background with the system's Canvas colour and drop box
 * shadows. Whatever the elements draw with a background alone (skeleton blocks, tags, the error
 * box, the promo label) or a box shadow alone (the NHS.UK focus underline) would then vanish,
 * so each must keep a visible border or outline. What a reader sees is read with
 * getComputedStyle, which in Chromium reports the forced colours.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import {feedWith} from '../helpers/feeds.js';
import {renderedElements, settled} from '../helpers/dom.js';
import {ELEMENTS} from '../security/harness.js';

type Feature = {name: 'forced-colors' | 'prefers-reduced-motion'; value: string};
const emulate = (features: Feature[]) => executeServerCommand('emulate-media-features', features);

const TAGS = ELEMENTS.map(({tag}) => tag);
type Tag = (typeof TAGS)[number];

/** The sample feed with links on the projects, so that every kind of card and link is drawn. */
const linkedFeed = () =>
  feedWith((f) => {
    for (const project of f.programmes[0]!.projects!) (project as {url?: string}).url = `/projects/${project.id}`;
  });
const invalidFeed = () => feedWith((f) => ((f.programmes[0] as {title: unknown}).title = 5));

const placed: Element[] = [];

/** An element in one state: loading (its feed never arrives), ready, or showing an error. */
async function render(tag: Tag, state: 'loading' | 'ready' | 'error') {
  const el = document.createElement(tag);
  const {attributes} = ELEMENTS.find((element) => element.tag === tag)!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (state === 'loading') el.setAttribute('src', `/__feed/display-${tag}-${Math.random()}?body=never`);
  else el.feed = state === 'ready' ? linkedFeed() : invalidFeed();
  document.body.append(el);
  placed.push(el);
  await settled(el);
  return el;
}

/** What the element draws, nested elements included, as `{name, style}` records. */
const drawn = (el: Element) =>
  [...renderedElements(el.shadowRoot!)].map((node) => ({
    name: `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().replace(/\s+/g, '.')}` : ''}`,
    node,
  }));

const opaque = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
const visibleBorder = (style: CSSStyleDeclaration) =>
  (['Top', 'Right', 'Bottom', 'Left'] as const).every(
    (side) =>
      !['none', 'hidden'].includes(style[`border${side}Style`]) &&
      parseFloat(style[`border${side}Width`]) >= 1 &&
      opaque(style[`border${side}Color`]),
  );

afterEach(async () => {
  for (const el of placed.splice(0)) el.remove();
  await emulate([]);
});

describe('forced colours (Windows High Contrast)', () => {
  for (const tag of TAGS) {
    for (const state of ['loading', 'ready', 'error'] as const) {
      it(`<${tag}> ${state}: everything drawn by its background alone keeps a visible border`, async () => {
        const el = await render(tag, state);
        // Read without forced colours which parts have a background of their own, then which
        // of those have a border all round once the system's colours are forced.
        const filled = drawn(el).filter(({node}) => opaque(getComputedStyle(node).backgroundColor));
        expect(filled.length, 'the element draws something with a background').to.be.greaterThan(0);
        await emulate([{name: 'forced-colors', value: 'active'}]);
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
        const borderless = filled.filter(({node}) => !visibleBorder(getComputedStyle(node))).map(({name}) => name);
        expect(borderless).to.deep.equal([]);
      });
    }
  }

  it('a focused link keeps a visible outline, where the NHS.UK focus underline (a box shadow) is dropped', async () => {
    const el = await render('project-card', 'ready');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    link.focus();
    const before = getComputedStyle(link);
    expect(before.boxShadow, 'the NHS.UK focus style without forced colours').to.contain('rgb(33, 43, 50)');
    await emulate([{name: 'forced-colors', value: 'active'}]);
    const style = getComputedStyle(link);
    expect(link.matches(':focus-visible'), 'the link has keyboard focus').to.equal(true);
    expect(style.boxShadow).to.equal('none');
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(opaque(style.outlineColor), `outline colour ${style.outlineColor}`).to.equal(true);
  });
});

describe('reduced motion', () => {
  const animations = (el: Element) =>
    drawn(el)
      .filter(({node}) => node.classList.contains('skeleton'))
      .map(({node}) => getComputedStyle(node).animationName);

  for (const tag of TAGS) {
    it(`<${tag}>'s loading skeleton pulses, and stands still when the reader asks for reduced motion`, async () => {
      await emulate([{name: 'prefers-reduced-motion', value: 'no-preference'}]);
      const el = await render(tag, 'loading');
      const moving = animations(el);
      expect(moving.length, 'the skeleton has blocks').to.be.greaterThan(0);
      expect([...new Set(moving)]).to.deep.equal(['pe-pulse']);
      await emulate([{name: 'prefers-reduced-motion', value: 'reduce'}]);
      expect([...new Set(animations(el))]).to.deep.equal(['none']);
    });
  }
});
