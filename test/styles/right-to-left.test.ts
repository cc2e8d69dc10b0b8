/**
 * Right to left (issue 16): every element's styles name sides by the text's direction (logical
 * properties: `inline-start`, `inline-end`), never the screen's left or right, so under
 * `dir="rtl"` the layout mirrors: the notice's bar, a list's markers and a label beside its value
 * all move to the other side.
 */
import {expect} from '@open-wc/testing';
import type {CSSResultOrNative} from 'lit';
import '../../src/index.js';
import {ELEMENT_TAGS} from '../../src/elements.js';
import {settled, shadow} from '../helpers/dom.js';
import {PROGRAMME_ID, sampleFeed} from '../helpers/feeds.js';

type Lit = HTMLElement & {updateComplete: Promise<unknown>; feed: unknown};

/** The CSS text of a stylesheet Lit adopts, comments left out. */
function cssTextOf(style: CSSResultOrNative): string {
  const text =
    style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * The declarations in `css` that name a physical side: a property with `left` or `right` in its
 * name (`margin-left`, `border-top-right-radius`, `left`), a value that is a side (`float: left`,
 * `text-align: right`), or a four-value margin, padding or inset whose right and left differ.
 */
function physicalSides(css: string): string[] {
  const found: string[] = [];
  for (const [, property = '', value = ''] of css.matchAll(/([\w-]+)\s*:\s*([^;{}]+)/g)) {
    const declaration = `${property}: ${value.trim()}`;
    if (/(^|-)(left|right)(-|$)/.test(property)) found.push(declaration);
    else if (/^(float|clear|text-align|caption-side|background-position(-x)?)$/.test(property)) {
      if (/\b(left|right)\b/.test(value)) found.push(declaration);
    } else if (
      /^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/.test(property)
    ) {
      const sides = value
        .replace(/!important/, '')
        .trim()
        .split(/\s+(?![^(]*\))/);
      if (sides.length === 4 && sides[1] !== sides[3]) found.push(declaration);
    }
  }
  return found;
}

describe('right to left', function () {
  this.timeout(20_000);

  it('finds a physical side where one is written (the check itself)', () => {
    expect(
      physicalSides(
        '.a { margin-left: 4px; inset-inline-start: 0 } .b { text-align: right; padding: 0 8px 0 4px; margin: 0 auto }',
      ),
    ).to.deep.equal(['margin-left: 4px', 'text-align: right', 'padding: 0 8px 0 4px']);
  });

  it('no element styles a physical left or right side', () => {
    const found: string[] = [];
    for (const tag of ELEMENT_TAGS) {
      const element = customElements.get(tag) as unknown as {elementStyles: CSSResultOrNative[]};
      for (const style of element.elementStyles) {
        for (const declaration of physicalSides(cssTextOf(style))) found.push(`<${tag}> ${declaration}`);
      }
    }
    expect([...new Set(found)]).to.deep.equal([]);
  });

  describe('under dir="rtl" the layout mirrors', () => {
    const placed: Element[] = [];
    afterEach(() => placed.splice(0).forEach((node) => node.remove()));

    async function place(tag: string, dir: 'ltr' | 'rtl', attributes: Record<string, string> = {}): Promise<Lit> {
      const box = document.createElement('div');
      box.setAttribute('dir', dir);
      box.setAttribute('lang', dir === 'rtl' ? 'ar' : 'en-GB');
      // One column, wide enough for the key facts' labels beside their values.
      box.style.inlineSize = '600px';
      const el = document.createElement(tag) as Lit;
      el.setAttribute('programme', PROGRAMME_ID);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.feed = sampleFeed();
      box.append(el);
      document.body.append(box);
      placed.push(box);
      await settled(el);
      return el;
    }

    const box = (node: Element | null | undefined) => node!.getBoundingClientRect();

    /** A label and its value on one line, the label on the side the text starts from. */
    function expectLabelFirst(label: Element | null | undefined, value: Element | null | undefined, dir: string) {
      const [labelBox, valueBox] = [box(label), box(value)];
      expect(labelBox.top, 'side by side').to.equal(valueBox.top);
      if (dir === 'ltr') expect(labelBox.right).to.be.at.most(valueBox.left);
      else expect(labelBox.left).to.be.at.least(valueBox.right);
    }

    for (const dir of ['ltr', 'rtl'] as const) {
      const start = dir === 'ltr' ? 'left' : 'right';
      const end = dir === 'ltr' ? 'right' : 'left';

      it(`${dir}: <programme-summary>'s notice has its bar, and its key points their indent, on the ${start}`, async () => {
        const el = await place('programme-summary', dir);
        const notice = shadow(el).querySelector('[part~="notice"]')!;
        const style = getComputedStyle(notice);
        expect(style.getPropertyValue(`border-${start}-width`)).to.equal('8px');
        expect(style.getPropertyValue(`border-${end}-width`)).to.equal('0px');
        // The text starts inside the bar: the notice's box is wider on the bar's side.
        const list = shadow(el).querySelector('[part~="key-points"]');
        const point = list?.querySelector('li');
        const indent = dir === 'ltr' ? box(point).left - box(list).left : box(list).right - box(point).right;
        const other = dir === 'ltr' ? box(list).right - box(point).right : box(point).left - box(list).left;
        expect(Math.round(indent)).to.equal(20);
        expect(Math.round(other)).to.equal(0);
      });

      it(`${dir}: <programme-summary>'s key facts put each label on the ${start} of its value`, async () => {
        const el = await place('programme-summary', dir);
        const row = shadow(el).querySelector('[part~="fact"]');
        expectLabelFirst(row?.querySelector('[part~="fact-key"]'), row?.querySelector('[part~="fact-value"]'), dir);
      });

      it(`${dir}: <project-card> puts "Lead organisation" on the ${start} of the organisation`, async () => {
        const el = await place('project-card', dir, {project: 'homeless-health'});
        const meta = shadow(el).querySelector('[part~="meta"]');
        expectLabelFirst(meta?.querySelector('dt'), meta?.querySelector('dd'), dir);
      });
    }
  });
});
