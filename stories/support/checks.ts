/**
 * The play function every story shares: the checks that make each story a test. It waits for
 * the state the story's args call for, then checks what a reader would see:
 * - every element on the canvas is defined (a build that dropped a registration fails here);
 * - the story's element reaches its state (loading, error or ready) and renders text;
 * - nothing inside any element is wider than the element's own box (the 280 px contract);
 * - on the partner page, the element looks exactly as it does with the page's CSS switched off.
 * Accessibility (axe, through the a11y addon) and console errors are checked by the runners.
 */
import {expect, waitFor} from 'storybook/test';
import {ELEMENT_TAGS} from '../../src/elements.js';
import {parseFeed} from '../../src/feed/parse-feed.js';
import type {FrameArgs} from './decorators.js';
import {STORY_FEEDS} from './story-feeds.js';

/** Every element of the library. */
export const TAGS = ELEMENT_TAGS;

type Expected = 'loading' | 'error' | 'ready';

/** The state a story's args lead to. */
export function expectedState(args: Record<string, unknown>): Expected {
  if (args['src'] === STORY_FEEDS.pending) return 'loading';
  if (args['src'] === STORY_FEEDS.notFound) return 'error';
  if (args['feed'] !== undefined) {
    // A damaged feed is shown with the damage left out: the story errs when its programme went too.
    const result = parseFeed(args['feed']);
    if (!result.ok) return 'error';
    const programme = args['programme'];
    const kept = typeof programme === 'string' ? result.feed.programmes.some((p) => p.id === programme) : true;
    const damaged = result.problems.some((problem) => /^programmes\[\d+\](\.title|\.id)?$/.test(problem.path));
    if (!kept || (programme === undefined && damaged)) return 'error';
  }
  return 'ready';
}

/** The library's elements in `root`, in light DOM order. */
function elementsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

/** Every element in `element`'s shadow tree, nested shadow trees included. */
function deepElements(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return found;
}

/** The text `element` renders, nested elements' shadow trees included. */
function renderedText(element: Element): string {
  const own = element.shadowRoot?.textContent ?? '';
  return [own, ...deepElements(element).map((inner) => inner.shadowRoot?.textContent ?? '')].join(' ').trim();
}

function stateOf(element: HTMLElement): Expected | 'idle' {
  const root = element.shadowRoot;
  if (!root) return 'idle';
  if (root.querySelector('[part~="skeleton"]')) return 'loading';
  if (root.querySelector('[part~="error"]')) return 'error';
  return renderedText(element) ? 'ready' : 'idle';
}

/** Everything that shows how an element looks: boxes relative to the host, and type. */
function appearance(host: HTMLElement): string[] {
  const origin = host.getBoundingClientRect();
  const rows = [`host ${Math.round(origin.width)}×${Math.round(origin.height)}`];
  for (const element of deepElements(host)) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    rows.push(
      [
        element.localName,
        element.getAttribute('part') ?? '',
        Math.round(box.x - origin.x),
        Math.round(box.y - origin.y),
        Math.round(box.width),
        Math.round(box.height),
        style.color,
        style.backgroundColor,
        style.font,
        style.letterSpacing,
        style.wordSpacing,
        style.textTransform,
        style.textAlign,
        style.textIndent,
        style.textShadow,
        style.whiteSpace,
        style.wordBreak,
        style.textDecorationLine,
      ].join(' | '),
    );
  }
  return rows;
}

/** What the play function reads of its story context. */
interface PlayContext {
  readonly canvasElement: HTMLElement;
  readonly args: object;
  readonly component?: unknown;
}

export async function checkStory({canvasElement, args, component}: PlayContext): Promise<void> {
  const expected = expectedState(args as Record<string, unknown>);
  const all = elementsIn(canvasElement);
  await expect(all.length, 'the story renders at least one programme element').toBeGreaterThan(0);
  for (const element of all) {
    await expect(customElements.get(element.localName), `<${element.localName}> is defined`).toBeDefined();
  }

  // The story's element, or for <programme-feed> (which shows nothing itself) the elements inside it.
  const own = all.filter((element) => element.localName === component);
  const targets = component === 'programme-feed' ? all.filter((element) => element.localName !== component) : own;
  await expect(targets.length, `the story renders <${component}> with content`).toBeGreaterThan(0);

  for (const target of targets) {
    await waitFor(() => expect(stateOf(target), `<${target.localName}> shows its ${expected} state`).toBe(expected), {
      timeout: 5_000,
    });
    await expect(renderedText(target), `<${target.localName}> renders text`).toBeTruthy();
  }

  for (const target of targets) {
    const box = target.getBoundingClientRect();
    const overflowing = deepElements(target).filter((element) => {
      const inner = element.getBoundingClientRect();
      return inner.width > 0 && (inner.left < box.left - 1 || inner.right > box.right + 1);
    });
    await expect(
      overflowing.map((element) => `${element.localName}[part=${element.getAttribute('part') ?? ''}]`),
      `nothing inside <${target.localName}> is wider than its ${Math.round(box.width)} px box`,
    ).toEqual([]);
  }

  if ((args as FrameArgs).host === 'partner') {
    const hostile = canvasElement.querySelector<HTMLStyleElement>('style[data-hostile-css]');
    await expect(hostile?.sheet, 'the partner page has its hostile stylesheet').toBeTruthy();
    const sheet = hostile!.sheet!;
    const onPartnerPage = targets.map(appearance);
    sheet.disabled = true;
    try {
      const onCleanPage = targets.map(appearance);
      await expect(onPartnerPage, 'the element looks the same with and without the partner page CSS').toEqual(
        onCleanPage,
      );
    } finally {
      sheet.disabled = false;
    }
  }
}
