/**
 * Faithful to NHS.UK, measured: each element beside nhsuk-frontend 10's own markup for the same
 * component, styled by nhsuk-frontend's compiled CSS, in one page at 320, 768 and 1,024 px. The
 * computed padding, margins, font sizes and line heights of each pair must agree within 1px:
 * the clickable card (`<project-card>`), the summary list in a card (the key facts of
 * `<programme-summary>`), the tag and the inset text (its status sentence).
 *
 * The NHS markup is nhsuk-frontend's own (its fixtures), with our content in it.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/components/programme-summary/programme-summary.js';
import '../../src/components/project-card/project-card.js';
import {HEADING_SIZES} from '../../src/styles/shared.styles.js';
import {feedWith, PROGRAMME_ID, PROJECT_ID} from '../helpers/feeds.js';

const NHS_CSS = '/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
const WIDTHS = [320, 768, 1024] as const;

const BOX = ['padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'margin-top', 'margin-bottom'];
const TEXT = ['font-size', 'line-height'];

/** One pair to compare: a part of our element, the matching element of NHS.UK's markup, and what to compare. */
interface Pair {
  readonly name: string;
  readonly ours: (root: ShadowRoot) => Element | null;
  readonly nhs: string;
  readonly properties: readonly string[];
}

const part = (name: string) => (root: ShadowRoot) => root.querySelector(`[part~="${name}"]`);

const CARD: readonly Pair[] = [
  {name: 'card', ours: part('base'), nhs: '.nhsuk-card', properties: ['margin-bottom', 'border-top-width']},
  {name: 'card content', ours: part('body'), nhs: '.nhsuk-card__content', properties: BOX},
  {name: 'card heading', ours: part('title'), nhs: '.nhsuk-card__heading', properties: [...BOX, ...TEXT]},
  {name: 'card description', ours: part('summary'), nhs: '.nhsuk-card__description', properties: TEXT},
  {
    name: 'tag',
    ours: part('type'),
    nhs: '.nhsuk-tag',
    properties: [...BOX, ...TEXT, 'border-top-width', 'border-top-left-radius'],
  },
];

const SUMMARY: readonly Pair[] = [
  {name: 'summary list card', ours: part('facts'), nhs: '.nhsuk-card', properties: ['margin-bottom']},
  {name: 'summary list card content', ours: part('facts'), nhs: '.nhsuk-card__content', properties: BOX.slice(0, 4)},
  {name: 'summary list heading', ours: part('facts-title'), nhs: '.nhsuk-card__heading', properties: [...BOX, ...TEXT]},
  {
    name: 'summary list',
    ours: part('facts-list'),
    nhs: '.nhsuk-summary-list',
    properties: [...TEXT, 'margin-left', 'margin-right', 'margin-bottom'],
  },
  {name: 'summary list row', ours: part('fact'), nhs: '.nhsuk-summary-list__row', properties: BOX},
  {name: 'summary list key', ours: part('fact-key'), nhs: '.nhsuk-summary-list__key', properties: [...BOX, ...TEXT]},
  {
    name: 'summary list value',
    ours: part('fact-value'),
    nhs: '.nhsuk-summary-list__value',
    properties: [...BOX, ...TEXT],
  },
  {
    name: 'inset text',
    ours: part('notice'),
    nhs: '.nhsuk-inset-text',
    properties: [...BOX, 'border-left-width'],
  },
  {
    name: 'inset text paragraph',
    ours: (root) => root.querySelector('[part~="notice"] p'),
    nhs: '.nhsuk-inset-text p',
    properties: TEXT,
  },
  {name: 'status tag', ours: part('status-tag'), nhs: '.nhsuk-tag', properties: [...BOX, ...TEXT]},
];

const cardFeed = () =>
  feedWith((feed) => {
    (feed.programmes[0]!.projects![0] as {url?: string}).url = 'https://example.org/p';
  });

const NHS_CARD = `<div class="nhsuk-card nhsuk-card--clickable">
  <div class="nhsuk-card__content">
    <p><strong class="nhsuk-tag nhsuk-tag--blue">Improvement project</strong></p>
    <h2 class="nhsuk-card__heading nhsuk-heading-m">
      <a class="nhsuk-card__link" href="https://example.org/p">Example title: dialysis patients taking control</a>
    </h2>
    <p class="nhsuk-card__description">This project aimed to reduce the reliance of dialysis patients on nursing staff.</p>
  </div>
</div>`;

const NHS_SUMMARY = `<p class="nhsuk-lede-text">Our improvement programme</p>
<p><strong class="nhsuk-tag nhsuk-tag--grey">Closed for applications</strong></p>
<div class="nhsuk-inset-text">
  <span class="nhsuk-u-visually-hidden">Information: </span>
  <p>This programme is closed for applications.</p>
</div>
<div class="nhsuk-card">
  <div class="nhsuk-card__content">
    <h3 class="nhsuk-card__heading">Key facts</h3>
    <dl class="nhsuk-summary-list nhsuk-summary-list--no-last-row-border">
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Funding per team</dt>
        <dd class="nhsuk-summary-list__value">around £400,000</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Years</dt>
        <dd class="nhsuk-summary-list__value">2011 to 2013</dd>
      </div>
    </dl>
  </div>
</div>`;

async function loadNhsCss(): Promise<void> {
  if (document.querySelector(`link[href="${NHS_CSS}"]`)) return;
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: NHS_CSS});
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

/**
 * Our element and the NHS markup, one above the other, each the page's full width: for the
 * summary, the width of NHS.UK's two-thirds column (640px at most), where a page puts a summary
 * list, so that both lists are laid out the same way (side by side from 641px).
 */
async function sideBySide(tag: 'project-card' | 'programme-summary', nhsMarkup: string) {
  const page = document.createElement('div');
  if (tag === 'programme-summary') page.style.maxInlineSize = '640px';
  const el = document.createElement(tag) as HTMLElement & {
    feed: unknown;
    programme?: string;
    project?: string;
    updateComplete: Promise<unknown>;
  };
  el.feed = cardFeed();
  el.programme = PROGRAMME_ID;
  if (tag === 'project-card') el.project = PROJECT_ID;
  const nhs = document.createElement('div');
  nhs.innerHTML = nhsMarkup;
  page.append(el, nhs);
  document.body.append(page);
  await el.updateComplete;
  return {page, root: el.shadowRoot!, nhs};
}

function differences(pairs: readonly Pair[], root: ShadowRoot, nhs: Element, width: number): string[] {
  const found: string[] = [];
  for (const pair of pairs) {
    const ours = pair.ours(root);
    const theirs = nhs.querySelector(pair.nhs);
    if (!ours || !theirs) {
      found.push(`${width}px ${pair.name}: ${ours ? 'no NHS element' : 'no element of ours'}`);
      continue;
    }
    const a = getComputedStyle(ours);
    const b = getComputedStyle(theirs);
    for (const property of pair.properties) {
      const x = parseFloat(a.getPropertyValue(property));
      const y = parseFloat(b.getPropertyValue(property));
      if (!(Math.abs(x - y) <= 1)) {
        found.push(
          `${width}px ${pair.name} ${property}: ours ${a.getPropertyValue(property)}, NHS.UK ${b.getPropertyValue(property)}`,
        );
      }
    }
  }
  return found;
}

describe('side by side with nhsuk-frontend 10', function () {
  this.timeout(20_000);

  before(async () => {
    await loadNhsCss();
    document.body.style.margin = '0 16px';
  });

  after(() => setViewport({width: 800, height: 600}));

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({width, height: 800}));

      it('the clickable card and its tag have NHS.UK spacing and type', async () => {
        const {page, root, nhs} = await sideBySide('project-card', NHS_CARD);
        const found = differences(CARD, root, nhs, width);
        page.remove();
        expect(found).to.deep.equal([]);
      });

      it('the key facts (summary list in a card), the status tag and the inset text have NHS.UK spacing and type', async () => {
        const {page, root, nhs} = await sideBySide('programme-summary', NHS_SUMMARY);
        const found = differences(SUMMARY, root, nhs, width);
        page.remove();
        expect(found).to.deep.equal([]);
      });

      it("--pe-heading-size gives the top heading each of NHS.UK's heading sizes", async () => {
        const found: string[] = [];
        for (const size of HEADING_SIZES) {
          const {page, root, nhs} = await sideBySide(
            'programme-summary',
            `<h2 class="nhsuk-heading-${size}">Title</h2>`,
          );
          page.style.setProperty('--pe-heading-size', size);
          const pair = {
            name: `heading ${size}`,
            ours: part('title'),
            nhs: 'h2',
            properties: [...TEXT, 'margin-bottom'],
          };
          found.push(...differences([pair], root, nhs, width));
          page.remove();
        }
        expect(found).to.deep.equal([]);
      });
    });
  }
});

describe("the complete card's image", () => {
  for (const width of [280, 600, 1200]) {
    it(`stays inside its card in a ${width} px column`, async () => {
      const feed = feedWith((f) => {
        Object.assign(f.programmes[0]!.projects![0]!, {
          url: 'https://example.org/p',
          image: {src: '/stories/assets/project-photo.svg', alt: 'Two people talking at a table'},
        });
      });
      const el = Object.assign(document.createElement('project-card'), {feed, project: PROJECT_ID});
      el.style.inlineSize = `${width}px`;
      document.body.append(el);
      await el.updateComplete;
      // Its box is the card's width at 16:9 before it loads (it is lazy, and may never load in a background page).
      const image = el.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]')!;
      const card = el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
      const box = image.getBoundingClientRect();
      el.remove();
      expect(box.width, 'the image is shown').to.be.greaterThan(0);
      expect(box.left).to.be.at.least(card.left);
      expect(box.right).to.be.at.most(card.right);
      expect(box.top).to.be.at.least(card.top);
      expect(box.bottom).to.be.at.most(card.bottom);
    });
  }
});
