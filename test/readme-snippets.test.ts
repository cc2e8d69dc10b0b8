/**
 * Runs every snippet README.md marks with `<!-- snippet: name -->` before its fence, as written,
 * each in a fresh iframe, so the README cannot promise what the package does not do. The only
 * changes are the README's example URLs, pointed at this test server:
 *   https://programmes.example.org/feed.json  → /__feed/readme-<name> (the sample feed)
 *   https://programmes.example.org/elements/<version>/ → /elements/<version>/ (the build, served
 *     as `npm start` publishes it: web-dev-server.config.mjs; `npm test` builds first), so a
 *     README naming another version than package.json's fails here
 * and, in the npm snippets, `programme-elements/…` specifiers resolved through package.json's
 * `exports`, as a bundler would. Snippets that show only elements (theming, events) get the
 * partner snippet's script line first. test/embed/pages/probe.js records what each frame saw
 * (CSP violations, errors, warnings).
 */
import {expect} from '@open-wc/testing';
import packageJson from '../package.json' with {type: 'json'};
import {ELEMENT_TAGS} from '../src/elements.js';

const EXAMPLE_ORIGIN = 'https://programmes.example.org';
const EXAMPLE_FEED = `${EXAMPLE_ORIGIN}/feed.json`;
const EXAMPLE_ELEMENTS = `${EXAMPLE_ORIGIN}/elements/${packageJson.version}/`;
/** The elements that show content: every one but `<programme-feed>`. */
const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'programme-feed');
const CARD_TITLE = 'Example title: dialysis patients taking control';
/** For the snippets that show only elements: the partner snippet's first line, localised. */
const BUNDLE = '<script type="module" src="/dist/programme-elements.js"></script>';

interface Snippet {
  readonly language: string;
  readonly code: string;
}

interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
}

type FrameWindow = Window & typeof globalThis & {__embed: Probe; __info?: string[]};

let snippets: Map<string, Snippet>;

before(async () => {
  const readme = await (await fetch('/README.md')).text();
  snippets = new Map(
    [...readme.matchAll(/<!-- snippet: ([\w-]+) -->\s*```(\w+)\n([\s\S]*?)\n```/g)].map(([, name, language, code]) => [
      name!,
      {language: language!, code: code!},
    ]),
  );
});

function snippet(name: string): Snippet {
  const found = snippets.get(name);
  if (!found) throw new Error(`README.md has no snippet marked <!-- snippet: ${name} -->`);
  return found;
}

/** The README's example URLs, pointed at this server; `feedQuery` picks the test feed's answer. */
function localise(code: string, name: string, feedQuery = ''): string {
  return code
    .replaceAll(EXAMPLE_FEED, `${location.origin}/__feed/readme-${name}${feedQuery}`)
    .replaceAll(EXAMPLE_ELEMENTS, `${location.origin}/elements/${packageJson.version}/`)
    .replaceAll(EXAMPLE_ORIGIN, location.origin);
}

/** `programme-elements` and `programme-elements/…` resolved through package.json's `exports`. */
function resolveImports(code: string): string {
  const exports: Record<string, string | {types?: string; default?: string}> = packageJson.exports;
  return code.replace(/'programme-elements(\/[^']*)?'/g, (_match, subpath: string | undefined) => {
    const entry = exports[`.${subpath ?? ''}`];
    if (!entry)
      throw new Error(`README imports programme-elements${subpath ?? ''}, which package.json does not export`);
    const target = typeof entry === 'string' ? entry : entry.default;
    if (!target) throw new Error(`package.json exports programme-elements${subpath ?? ''} for types only`);
    return `'${new URL(target, `${location.origin}/`).href}'`;
  });
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads `body` (and `head`) into a fresh same-origin frame, with the probe first. */
async function runInFrame(body: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}<script src="/test/embed/pages/probe.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

function frameWindow(frame: HTMLIFrameElement): FrameWindow {
  return frame.contentWindow as FrameWindow;
}

/** Waits until the frame holds programme elements and each shows content (or its error). */
async function rendered(frame: HTMLIFrameElement): Promise<Element[]> {
  const deadline = performance.now() + 8000;
  for (;;) {
    const elements = [...frame.contentDocument!.querySelectorAll(TAGS.join(','))];
    const done =
      elements.length > 0 &&
      elements.every(
        (element) =>
          element.shadowRoot &&
          element.shadowRoot.textContent!.trim() !== '' &&
          !element.shadowRoot.querySelector('[part~="skeleton"]'),
      );
    if (done || performance.now() > deadline) return elements;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function text(element: Element | undefined): string {
  return element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function part(element: Element, name: string): Element {
  const found = element.shadowRoot!.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`<${element.localName}> has no part "${name}"`);
  return found;
}

describe('README embedding snippets', function () {
  this.timeout(20_000);

  it('marks only snippets this file runs', () => {
    expect([...snippets.keys()].sort()).to.deep.equal(
      ['autoloader', 'csp', 'events', 'npm-element', 'npm-index', 'partner', 'theming'].sort(),
    );
  });

  it('partner: the two lines put a project card on the page', async () => {
    const frame = await runInFrame(localise(snippet('partner').code, 'partner'));
    const [card] = await rendered(frame);
    expect(card!.localName).to.equal('project-card');
    expect(text(card)).to.contain(CARD_TITLE);
    expect(frameWindow(frame).__embed.errors).to.deep.equal([]);
  });

  it('csp: the partner snippet renders under the README policy with no violation', async () => {
    const header = snippet('csp').code.trim();
    expect(header).to.match(/^Content-Security-Policy: /);
    const policy = header.slice('Content-Security-Policy: '.length);
    const directives = Object.fromEntries(
      policy.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    // What the README says a page needs: the feed's origin to connect to, nothing else; the
    // strict parts of the embedding tests' policy (test/server/embed-plugin.mjs) kept.
    expect(directives['connect-src']).to.deep.equal(["'self'", EXAMPLE_ORIGIN]);
    expect(directives['require-trusted-types-for']).to.deep.equal(["'script'"]);
    expect(directives['style-src']).to.deep.equal(["'self'"]);
    expect(policy).not.to.contain('unsafe');

    // The policy as a <meta> (the directives used here all work there), then the partner snippet.
    const meta = `<meta http-equiv="Content-Security-Policy" content="${localise(policy, 'csp').replaceAll('"', '&quot;')}">`;
    const frame = await runInFrame(localise(snippet('partner').code, 'csp'), meta);
    const [card] = await rendered(frame);
    const probe = frameWindow(frame).__embed;
    expect(text(card)).to.contain(CARD_TITLE);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);

    // Canary: the policy really is enforced in the frame, Trusted Types included (the error is
    // the frame's TypeError, not this window's, hence the match on the message).
    expect(() => {
      frame.contentDocument!.createElement('div').innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML/);
  });

  it('theming: custom properties and ::part reach inside the card', async () => {
    const frame = await runInFrame(`${BUNDLE}${localise(snippet('theming').code, 'theming')}`);
    const [card] = await rendered(frame);
    const style = (element: Element) => frameWindow(frame).getComputedStyle(element);
    expect(style(part(card!, 'base')).borderTopColor).to.equal('rgb(0, 112, 60)');
    expect(style(part(card!, 'base')).borderTopLeftRadius).to.equal('8px');
    // --pe-heading-size: s, nhsuk-heading-s: 19px, 22px from 641px (a card's heading is otherwise 22px, 26px).
    const tablet = frameWindow(frame).matchMedia('(min-width: 40.0625em)').matches;
    expect(style(part(card!, 'title')).fontSize).to.equal(tablet ? '22px' : '19px');
    expect(style(part(card!, 'title')).fontFamily).to.contain('Georgia');
  });

  it('theming: the README names every shared --pe-* custom property', async () => {
    const shared = await (await fetch('/src/styles/shared.styles.ts')).text();
    const readme = await (await fetch('/README.md')).text();
    const names = [...new Set(shared.match(/--pe-[a-z-]+[a-z]/g))];
    expect(names.length).to.be.greaterThan(5);
    expect(names.filter((name) => !readme.includes(`\`${name}\``))).to.deep.equal([]);
  });

  it('events: feed-load reaches the listener', async () => {
    // Records console.info, which the snippet logs to on feed-load (the probe records warnings).
    const recordInfo =
      '<script>window.__info = []; const info = console.info; console.info = (...args) => { __info.push(args.join(" ")); info.apply(console, args); };</script>';
    const frame = await runInFrame(`${BUNDLE}${localise(snippet('events').code, 'events')}`, recordInfo);
    await rendered(frame);
    expect(frameWindow(frame).__info).to.deep.equal([
      `programme feed loaded from ${location.origin}/__feed/readme-events`,
    ]);
  });

  it('events: feed-error gives the kind, the message and each problem with its path', async () => {
    const frame = await runInFrame(`${BUNDLE}${localise(snippet('events').code, 'events-invalid', '?body=invalid')}`);
    await rendered(frame);
    const warnings = frameWindow(frame).__embed.warnings;
    expect(warnings[0]).to.match(/^programme feed invalid: \S/);
    expect(warnings.slice(1).some((warning) => warning.startsWith('programmes[0].title: '))).to.equal(true);
  });

  it('autoloader: defines the tags on the page, and only those', async () => {
    const frame = await runInFrame(localise(snippet('autoloader').code, 'autoloader'));
    const [card] = await rendered(frame);
    expect(text(card)).to.contain(CARD_TITLE);
    expect(frameWindow(frame).customElements.get('programme-page')).to.equal(undefined);
  });

  it('npm-element: importing one element registers it and nothing else', async () => {
    const code = resolveImports(snippet('npm-element').code);
    const frame = await runInFrame(`<script type="module">${code}</script>`);
    const registry = frameWindow(frame).customElements;
    expect(registry.get('project-card')).not.to.equal(undefined);
    expect(ELEMENT_TAGS.filter((tag) => tag !== 'project-card' && registry.get(tag))).to.deep.equal([]);

    const card = frame.contentDocument!.createElement('project-card');
    card.setAttribute('src', `${location.origin}/__feed/readme-npm-element`);
    card.setAttribute('project', 'dialysis-self-care');
    frame.contentDocument!.body.append(card);
    await rendered(frame);
    expect(text(card)).to.contain(CARD_TITLE);
  });

  it('npm-index: parseFeed and the feed property show a card with no request of its own', async () => {
    const code = localise(resolveImports(snippet('npm-index').code), 'npm-index');
    const frame = await runInFrame(`<script type="module">${code}</script>`);
    const [card] = await rendered(frame);
    expect(text(card)).to.contain(CARD_TITLE);
    expect(frameWindow(frame).customElements.get('programme-page')).not.to.equal(undefined);
    const feedRequests = frameWindow(frame)
      .performance.getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/__feed/'));
    expect(feedRequests).to.have.length(1);
  });
});
