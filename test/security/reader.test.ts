/**
 * What a reader meets, against the BUILT bundle: headings whatever `heading-level` says, an error
 * state with a heading that is announced once and keeps focus, feed text isolated where it is
 * joined with other text, long words that stay inside a narrow element, and odd numbers shown
 * as numbers.
 */
import {expect} from '@open-wc/testing';
import sample from '../../sample/sample-feed.json' with {type: 'json'};
import {
  deepElements,
  freshFeedUrls,
  hasError,
  inPage,
  openPage,
  place,
  PROGRAMME_ID,
  PROJECT_ID,
  settle,
  shadowText,
  tasks,
  until,
  type Json,
  type TestPage,
} from './harness.js';

type Feed = typeof sample;
const feed = (): Feed => structuredClone(sample);
const feedUrl = freshFeedUrls('reader');

/** The levels of the headings in an element's shadow trees, in document order. */
function headingLevels(element: Element): number[] {
  return [...deepElements(element.shadowRoot!)]
    .filter((node) => /^h[1-6]$/.test(node.localName))
    .map((node) => Number(node.getAttribute('aria-level') ?? node.localName.slice(1)));
}

describe('what a reader meets', function () {
  this.timeout(20_000);
  let page: TestPage;
  beforeEach(async () => {
    page = await openPage('lifecycle');
  });
  afterEach(() => page.close());

  describe('heading-level', () => {
    for (const [name, value] of [
      ['removed', null],
      ['empty', ''],
      ['0', '0'],
      ['negative', '-3'],
      ['not a number', 'two'],
    ] as const) {
      it(`${name}: the top heading is the default h2`, async () => {
        const summary = place(
          page,
          'programme-summary',
          {programme: PROGRAMME_ID, 'heading-level': '4'},
          {feed: inPage(page, sample)},
        );
        await settle([summary]);
        if (value === null) summary.removeAttribute('heading-level');
        else summary.setAttribute('heading-level', value);
        await tasks(3);
        expect(headingLevels(summary)[0]).to.equal(2);
        expect(headingLevels(summary)[1]).to.equal(3);
      });
    }

    it('above 6: the top heading is h6, and inner headings stay at 6 (documented)', async () => {
      const summary = place(
        page,
        'programme-summary',
        {programme: PROGRAMME_ID, 'heading-level': '7'},
        {feed: inPage(page, sample)},
      );
      await settle([summary]);
      expect(headingLevels(summary)[0]).to.equal(6);
      expect(Math.max(...headingLevels(summary))).to.equal(6);
    });

    it('a fractional level rounds, and the element’s outline keeps its steps', async () => {
      const summary = place(
        page,
        'programme-summary',
        {programme: PROGRAMME_ID, 'heading-level': '2.6'},
        {feed: inPage(page, sample)},
      );
      await settle([summary]);
      expect(headingLevels(summary).slice(0, 2)).to.deep.equal([3, 4]);
    });
  });

  describe('the error state', () => {
    it('has a heading at the element’s heading level', async () => {
      const card = place(page, 'project-card', {src: feedUrl('?fault=404'), project: PROJECT_ID, 'heading-level': '3'});
      await until(() => hasError(card), 'the error');
      const heading = card.shadowRoot!.querySelector('[part~="error"] h3');
      expect(heading?.textContent?.trim()).to.equal('This content could not be shown');
    });

    it('is announced politely, once, through a live region that was there before the text arrived', async () => {
      const card = place(page, 'project-card', {src: feedUrl('?fault=slow&delay=600'), project: 'no-such-project'});
      await tasks(3);
      const region = card.shadowRoot!.querySelector('[role="status"]');
      expect(region !== null, 'a live region while loading').to.equal(true);
      expect(region!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      const texts: string[] = [];
      new page.win.MutationObserver(() => texts.push((region!.textContent ?? '').trim())).observe(region!, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      await until(() => hasError(card), 'the error');
      await tasks(5);
      // Updates that change nothing shown (the store refreshing, a framework setting the same
      // values again) must not announce it again.
      (card as HTMLElement & {requestUpdate(): void}).requestUpdate();
      card.setAttribute('project', 'no-such-project');
      await tasks(5);
      expect(card.shadowRoot!.querySelector('[role="status"]') === region, 'the same region').to.equal(true);
      expect(texts.filter(Boolean), texts.join(' | ')).to.have.length(1);
      expect(texts.filter(Boolean)[0]).to.include('This content could not be shown');
    });

    it('keeps focus in the element when src changes while its link has focus', async () => {
      const data = feed();
      (data.programmes[0]!.projects![0] as {url?: string}).url = 'https://example.org/example-only/p';
      const stored = `reader-focus-${Date.now()}`;
      await fetch(`/__security/stored/${stored}`, {method: 'POST', body: JSON.stringify(data)});
      const card = place(page, 'project-card', {src: `/__security/stored/${stored}`, project: PROJECT_ID});
      await settle([card]);
      const link = card.shadowRoot!.querySelector('a')!;
      link.focus();
      expect(card.shadowRoot!.activeElement === link).to.equal(true);
      card.setAttribute('src', feedUrl('?fault=404'));
      await until(() => hasError(card), 'the error');
      await tasks(3);
      expect(page.doc.activeElement === card, 'focus is in the element').to.equal(true);
      const focused = card.shadowRoot!.activeElement;
      expect(focused?.textContent?.trim()).to.equal('This content could not be shown');
    });
  });

  describe('bidirectional text', () => {
    it('isolates each partner’s name, so a right-to-left override in one does not reverse the others', async () => {
      const data = feed() as unknown as {programmes: {projects: Record<string, Json>[]}[]};
      data.programmes[0]!.projects[0]!.partners = [
        {name: '\u202Eevil partner'},
        {name: 'Second partner'},
        {name: 'Third'},
      ];
      data.programmes[0]!.projects[0]!.lead = {name: 'Lead \u202B'};
      const card = place(page, 'project-card', {project: PROJECT_ID}, {feed: inPage(page, data)});
      await settle([card]);
      const partners = [...card.shadowRoot!.querySelectorAll('dd')].at(-1)!;
      const names = [...partners.querySelectorAll('bdi, [dir="auto"]')].map((node) => node.textContent);
      expect(names).to.deep.equal(['\u202Eevil partner', 'Second partner', 'Third']);
    });

    it('isolates feed text put into a sentence: a publisher in "Published by …"', async () => {
      const data = feed() as unknown as {programmes: {resources: Record<string, Json>[]}[]};
      data.programmes[0]!.resources[0]!.publisher = {name: '\u202Ereversed publisher'};
      const related = place(page, 'related-programmes', {programme: PROGRAMME_ID}, {feed: inPage(page, data)});
      await settle([related]);
      const isolated = [...deepElements(related.shadowRoot!)]
        .filter((node) => node.localName === 'bdi')
        .map((node) => node.textContent);
      expect(isolated).to.include('\u202Ereversed publisher');
    });
  });

  it('a long single-word type label stays inside a 300 px <related-programmes>', async () => {
    const data = feed() as unknown as {programmes: {resources: Record<string, Json>[]}[]};
    data.programmes[0]!.resources[0]!.type = 'Pneumonoultramicroscopicsilicovolcanoconiosisreport'.repeat(2);
    const related = place(page, 'related-programmes', {programme: PROGRAMME_ID}, {feed: inPage(page, data)});
    related.style.inlineSize = '300px';
    await settle([related]);
    const host = related.getBoundingClientRect();
    const overflow = [...deepElements(related.shadowRoot!)]
      .map((node) => node.getBoundingClientRect().right - host.right)
      .filter((excess) => excess > 0.5);
    expect(overflow, 'px past the element’s edge').to.deep.equal([]);
  });

  it('odd numbers: a negative zero amount, duration or count is shown as 0, not -0', async () => {
    const data = page.win.JSON.parse(JSON.stringify(sample).replace('"programmes":[', '"programmes":[')) as {
      programmes: Record<string, unknown>[];
    };
    const programme = data.programmes[0]!;
    programme.fundingPerTeam = page.win.JSON.parse('{"amount": -0, "currency": "GBP"}');
    programme.teams = page.win.JSON.parse('-0');
    programme.durationMonths = page.win.JSON.parse('-0');
    const summary = place(page, 'programme-summary', {programme: PROGRAMME_ID}, {feed: data});
    await settle([summary]);
    expect(hasError(summary)).to.equal(false);
    const text = shadowText(summary);
    expect(text).not.to.match(/[-\u2212]\s?£?0\b/);
    expect(text).to.include('£0');
  });
});
