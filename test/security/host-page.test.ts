/**
 * The host page, against the BUILT bundle.
 *
 * Its CSS is untrusted for our layout: on a page with hostile CSS (global `*` rules with
 * !important, a CSS reset, the full nhsuk-frontend CSS, a Bootstrap-like stylesheet, a 5px rem
 * base, an odd line-height and a dark colour scheme; test/security/pages/host-hostile.html) every
 * element of every element's shadow tree has the same box and the same computed style as on a
 * clean page, in every state (content, loading, error). The documented exceptions: the font family
 * (the hostile page's is given to the clean page's hosts, so the text is the same text) and the
 * language come from the page. The hosts' outer box (margin, width) is the page's to set, so both
 * pages give their hosts the same one.
 *
 * And we must not harm the page: every computed style of every element of a partner's page is the
 * same before and after the elements load and render.
 */
import {expect} from '@open-wc/testing';
import {
  everyElement,
  deepElements,
  hasError,
  openPage,
  place,
  PROGRAMME_ID,
  settle,
  tasks,
  until,
  type TestPage,
} from './harness.js';
import {ELEMENT_TAGS} from '../../src/elements.js';

/** Inherited properties the page may set, by contract: the font family, and the language's. */
const FROM_THE_PAGE = new Set(['font-family', '-webkit-locale']);

/**
 * Properties whose computed value is a used length measured from outside the element: the insets
 * of an absolutely positioned box whose containing block is on the page (the visually hidden
 * labels). The box itself, relative to the host, is compared instead.
 */
const MEASURED_FROM_THE_PAGE = new Set([
  'top',
  'right',
  'bottom',
  'left',
  'inset-block-start',
  'inset-block-end',
  'inset-inline-start',
  'inset-inline-end',
]);

/** Properties whose computed value is the used size of the box, which a longer page changes. */
const LAYOUT_RESOLVED = new Set([
  'width',
  'height',
  'inline-size',
  'block-size',
  'transform-origin',
  'perspective-origin',
]);

interface Snapshot {
  /** One line per element: its path, its box relative to the host, and every computed property. */
  readonly elements: {path: string; box: string; style: Record<string, string>}[];
}

let counter = 0;
const feed = (query = '') => `/__security/feed/host-${Date.now()}-${++counter}${query}`;

/** The elements in each state: content, loading (a body that never ends), error (404). */
function placeAll(page: TestPage, sources: {ready: string; loading: string; error: string}): HTMLElement[] {
  const column = place(page, 'div');
  column.style.setProperty('width', '640px', 'important');
  const hosts: HTMLElement[] = [];
  const host = (tag: string, attributes: Record<string, string>, parent: Element = column) => {
    const element = place(page, tag, attributes, {}, parent);
    // The host's outer box is the page's to set; both pages set the same one.
    element.style.setProperty('margin', '0', 'important');
    element.style.setProperty('width', '600px', 'important');
    hosts.push(element);
    return element;
  };
  for (const [state, src] of Object.entries(sources)) {
    for (const {tag, attributes} of everyElement(page)) host(tag, {...attributes, src, 'data-state': state});
    const provider = place(page, 'programme-feed', {src, programme: PROGRAMME_ID}, {}, column);
    host('programme-summary', {'data-state': state}, provider);
  }
  return hosts;
}

/** Every element of `host`'s shadow tree (nested shadow trees included), with box and style. */
function snapshot(host: Element): Snapshot {
  const origin = host.getBoundingClientRect();
  const view = host.ownerDocument.defaultView!;
  const elements: Snapshot['elements'] = [];
  let index = 0;
  for (const element of deepElements(host.shadowRoot!)) {
    const rect = element.getBoundingClientRect();
    const computed = view.getComputedStyle(element);
    const style: Record<string, string> = {};
    for (const name of computed) {
      // Custom properties are compared through what they resolve to: the elements take the
      // nhsuk-frontend theme's `--nhsuk-*` colours on purpose (documented in shared.styles.ts).
      if (!FROM_THE_PAGE.has(name) && !MEASURED_FROM_THE_PAGE.has(name) && !name.startsWith('--')) {
        style[name] = computed.getPropertyValue(name);
      }
    }
    const round = (value: number) => Math.round(value * 2) / 2;
    elements.push({
      path: `${index++}:${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`,
      // An element without a box of its own (display: contents, such as an empty slot) reports the
      // viewport's origin, which says nothing about the element.
      box:
        rect.x === 0 && rect.y === 0 && rect.width === 0 && rect.height === 0
          ? 'no box'
          : `${round(rect.x - origin.x)},${round(rect.y - origin.y)} ${round(rect.width)}×${round(rect.height)}`,
      style,
    });
  }
  return {elements};
}

/** The differences between two snapshots of the same element, one line each. */
function differences(what: string, clean: Snapshot, hostile: Snapshot): string[] {
  const found: string[] = [];
  if (clean.elements.length !== hostile.elements.length) {
    return [
      `${what}: ${clean.elements.length} elements on the clean page, ${hostile.elements.length} on the hostile one`,
    ];
  }
  clean.elements.forEach((element, index) => {
    const other = hostile.elements[index]!;
    const where = `${what} ${element.path}`;
    if (element.path !== other.path) found.push(`${where}: is ${other.path} on the hostile page`);
    if (element.box !== other.box) found.push(`${where}: box ${element.box} → ${other.box}`);
    for (const [name, value] of Object.entries(element.style)) {
      if (other.style[name] !== value) found.push(`${where}: ${name} ${value} → ${other.style[name]}`);
    }
  });
  return found;
}

async function ready(hosts: HTMLElement[]): Promise<void> {
  const settled = hosts.filter((host) => host.dataset.state !== 'loading');
  await settle(settled, 'content and errors');
  await until(() => settled.filter((host) => host.dataset.state === 'error').every(hasError), 'the error states');
  // The loading state's skeletons pulse: take the animations off, on both pages alike.
  await tasks(5);
  for (const host of hosts) {
    for (const element of deepElements(host.shadowRoot!)) {
      for (const animation of element.getAnimations()) animation.cancel();
    }
  }
}

describe('the host page', function () {
  this.timeout(60_000);

  it("cannot change the elements' layout or colours with its CSS, in any state", async () => {
    const sources = {ready: feed(), loading: feed('?fault=never'), error: feed('?fault=404')};
    const hostile = await openPage('host-hostile');
    const clean = await openPage('host-clean');
    try {
      for (const page of [hostile, clean]) page.bundle.store.configure({timeout: 60_000});
      const hostileHosts = placeAll(hostile, sources);
      const cleanHosts = placeAll(clean, sources);
      // The documented exception: the font family comes from the page. Give the clean page's
      // hosts the hostile page's, so both lay out the same text in the same font.
      cleanHosts.forEach((host, index) => {
        host.style.setProperty(
          'font-family',
          hostile.win.getComputedStyle(hostileHosts[index]!).fontFamily,
          'important',
        );
      });
      await ready(hostileHosts);
      await ready(cleanHosts);

      // The hostile rules did reach the hosts (canary): they are in force around the elements.
      const hostStyle = hostile.win.getComputedStyle(hostileHosts[0]!);
      expect(hostile.win.getComputedStyle(hostile.doc.documentElement).fontSize).to.equal('5px');
      expect(hostile.win.getComputedStyle(hostile.doc.body).color).to.equal('rgb(192, 255, 238)');
      expect(hostStyle.textTransform, 'the page tried to make the host uppercase').to.equal('none');

      const found: string[] = [];
      cleanHosts.forEach((host, index) => {
        const what = `<${host.localName}> (${host.dataset.state})`;
        found.push(...differences(what, snapshot(host), snapshot(hostileHosts[index]!)));
      });
      const properties = [...new Set(found.map((line) => line.split(': ')[1]!.split(' ')[0]))].sort();
      expect(found.slice(0, 40), `${found.length} differences in ${properties.join(', ')}`).to.deep.equal([]);
      expect(found.slice(0, 40), `${found.length} differences`).to.deep.equal([]);
      for (const page of [hostile, clean]) {
        expect(page.record.errors).to.deep.equal([]);
        expect(page.record.violations).to.deep.equal([]);
      }
    } finally {
      hostile.close();
      clean.close();
    }
  });

  it('notices a change inside a shadow tree (canary)', async () => {
    const page = await openPage('host-clean');
    try {
      const [host] = placeAll(page, {ready: feed(), loading: feed('?fault=never'), error: feed('?fault=404')});
      await settle([host!]);
      const before = snapshot(host!);
      host!.style.setProperty('letter-spacing', '2px', 'important');
      host!.style.setProperty('color', 'red', 'important');
      const after = snapshot(host!);
      // The elements defend these two; the canary shows that a change would be seen if they did not.
      expect(differences('canary', before, after)).to.deep.equal([]);
      const title = host!.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
      title.style.letterSpacing = '2px';
      expect(differences('canary', before, snapshot(host!)).length).to.be.greaterThan(0);
    } finally {
      page.close();
    }
  });

  it("leaves every computed style of the partner's page as it was before the elements loaded", async () => {
    const page = await openPage('host-before-after', {waitForBundle: false});
    try {
      const ours = new Set(ELEMENT_TAGS);
      const pageElements = () =>
        [...page.doc.querySelectorAll('*')].filter(
          (element) => !element.closest([...ours].join(',')) && element.localName !== 'script',
        );
      const styles = () =>
        pageElements().map((element) => {
          const computed = page.win.getComputedStyle(element);
          const style: Record<string, string> = {};
          for (const name of computed) if (!LAYOUT_RESOLVED.has(name)) style[name] = computed.getPropertyValue(name);
          return {
            element: element.localName + (element.className ? `.${String(element.className).split(' ')[0]}` : ''),
            style,
          };
        });
      const sheets = () => ({
        styleSheets: page.doc.styleSheets.length,
        adopted: page.doc.adoptedStyleSheets.length,
        head: [...page.doc.head.children].map((child) => child.outerHTML),
        html: [...page.doc.documentElement.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
        body: [...page.doc.body.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
      });
      expect(page.win.customElements.get('programme-page'), 'not defined yet').to.equal(undefined);
      const before = styles();
      const sheetsBefore = sheets();

      const loaded = new Promise<void>((resolve) =>
        window.addEventListener('message', (event) => event.data === 'bundle-loaded' && resolve()),
      );
      page.win.postMessage('load-bundle', '*');
      await loaded;
      const hosts = [
        ...page.doc.querySelectorAll<HTMLElement>(
          'programme-summary, project-card, aims-list, project-list, related-programmes, programme-page',
        ),
      ];
      await settle(hosts, 'every element rendered');
      expect(
        hosts.every((host) => !hasError(host)),
        'every element shows its content',
      ).to.equal(true);

      const after = styles();
      expect(after.length).to.equal(before.length);
      const changed: string[] = [];
      before.forEach(({element, style}, index) => {
        for (const [name, value] of Object.entries(style)) {
          if (after[index]!.style[name] !== value)
            changed.push(`${element}: ${name} ${value} → ${after[index]!.style[name]}`);
        }
      });
      expect(changed).to.deep.equal([]);
      expect(sheets()).to.deep.equal(sheetsBefore);
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
