/**
 * Server rendering with @lit-labs/ssr: an element's HTML with its declarative shadow DOM, from a
 * feed passed in (no context, no fetch). The element is handed what the server selected, exactly
 * as a composite hands its sections theirs, so the server and the browser call the same views.
 * It also carries the feed it shows (trimmed to what it shows) in a `<script type="application/json">`
 * child, so the browser hydrates it without a request and without changing anything.
 */
import {render, type RenderResult} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {Feed, FeedProblem, Programme, Project} from '../feed/feed.js';
import {FeedError, feedError} from '../feed/feed-error.js';
import {parseFeed} from '../feed/parse-feed.js';
import {selectProgramme, type ProjectSelection} from '../feed/select.js';
import {headingLevel} from '../internal/heading.js';
import {catalogue as cy} from '../i18n/cy.js';
import {DEFAULT_LANG, registerCatalogue} from '../i18n/messages.js';
import type {FeedElement} from '../internal/feed-element.js';
import type {ElementView, Selected} from '../internal/view.js';
import {inlineFeedFor} from './inline-feed.js';
import {ELEMENT_TAGS} from '../elements.js';
import '../index.js';

// The server renders in every shipped language at once: nothing to load, nothing to wait for.
registerCatalogue('cy', cy);

/** The elements the server renders: every feed element (`<programme-feed>` shows nothing of its own). */
export const SERVER_ELEMENTS = ELEMENT_TAGS.filter(
  (tag): tag is Exclude<(typeof ELEMENT_TAGS)[number], 'programme-feed'> => tag !== 'programme-feed',
);

export type ElementTag = (typeof SERVER_ELEMENTS)[number];

export interface RenderOptions {
  /** The feed: parsed JSON, validated before anything is rendered. */
  readonly feed: unknown;
  /** The programme's id; optional when the feed holds one programme. */
  readonly programme?: string | undefined;
  /** The project's id, for `project-card`. */
  readonly project?: string | undefined;
  /** For `programme-list`: only programmes with this status (`open`, `closed`, `upcoming`, or several separated by spaces). */
  readonly status?: string | undefined;
  /** The level (1 to 6) of the element's top heading. Default 2. */
  readonly headingLevel?: number | undefined;
  /** The language to label and format in, as a BCP 47 tag; written on the element as `lang`. Default `en-GB`. */
  readonly lang?: string | undefined;
  /**
   * The absolute URL the feed is published at: relative links in the feed resolve against it,
   * and the element keeps it as `src`, so the browser can refresh it later. Without it, relative
   * links stay relative to the page.
   */
  readonly feedUrl?: string | undefined;
}

/** One reason a render was refused: a feed problem, or an id the feed does not hold. */
export type RenderProblem = Pick<FeedProblem, 'path' | 'message'> & Partial<FeedProblem>;

/** Why a render was refused: every problem with its JSON path, in one error. Nothing is rendered. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
  readonly problems: readonly RenderProblem[];

  constructor(summary: string, problems: readonly RenderProblem[]) {
    super(`${summary}\n${problems.map((problem) => `  - ${problem.path}: ${problem.message}`).join('\n')}`);
    this.problems = problems;
  }
}

/** What one element will render, worked out (and checked) before any HTML is made. */
interface Plan {
  readonly tag: ElementTag;
  readonly feed: Feed;
  /** The programme shown; undefined for `programme-list`, which shows the feed's programmes. */
  readonly programme: Programme | undefined;
  readonly project: Project | undefined;
  readonly status: string | undefined;
  readonly selected: Selected<unknown>;
  readonly level: number;
  readonly lang: string;
  readonly feedUrl: string | undefined;
}

/** Validates the options and selects what `tag` shows; throws a `RenderError` or a `TypeError`. */
export function plan(tag: string, options: RenderOptions): Plan {
  if (!(SERVER_ELEMENTS as readonly string[]).includes(tag)) {
    throw new TypeError(`programme-elements cannot render <${tag}>: use one of ${SERVER_ELEMENTS.join(', ')}.`);
  }
  const elementTag = tag as ElementTag;
  const feedUrl = options.feedUrl;
  if (feedUrl !== undefined && !/^https?:\/\//i.test(feedUrl)) {
    throw new TypeError(`feedUrl must be an absolute http(s) URL, got "${feedUrl}".`);
  }
  // A browser shows a damaged feed with the damage left out; a server publishing pages refuses
  // it, so the editor hears of every problem before anyone reads a page with a part missing.
  const parsed = parseFeed(options.feed);
  const problems = parsed.problems.filter((problem) => problem.severity !== 'advice');
  if (!parsed.ok || problems.length > 0) {
    throw new RenderError(feedError('invalid', 'invalid', {count: problems.length}).message, problems);
  }
  const feed = parsed.feed;
  const data = viewOf(elementTag).select(feed, options.programme, {project: options.project, status: options.status});
  if (data instanceof FeedError) {
    const path = elementTag === 'project-card' && options.project ? 'programmes[*].projects' : 'programmes';
    throw new RenderError(`Nothing to render for <${tag}>.`, [{path, message: data.message}]);
  }
  const selected = {data, feedUrl};
  if (elementTag === 'programme-list') {
    return {
      ...common(elementTag, options),
      feed,
      programme: undefined,
      project: undefined,
      status: options.status,
      selected,
    };
  }
  // The programme the element names and carries inline: its card's, or the one its view found
  // (every other view selects in `selectProgramme`'s programme, so this lookup cannot fail).
  const {programme, project} =
    elementTag === 'project-card'
      ? (data as ProjectSelection)
      : {programme: selectProgramme(feed, options.programme) as Programme, project: undefined};
  return {...common(elementTag, options), feed, programme, project, status: undefined, selected};
}

/**
 * The view of `tag`'s element (its `select`, `render` and `skeleton`), read from an instance, so
 * the server selects exactly what the element selects in the browser.
 */
function viewOf(tag: ElementTag): ElementView<unknown> {
  const Element = customElements.get(tag) as unknown as new () => FeedElement<unknown>;
  return new Element().elementView;
}

/** What every plan has, whatever the element shows. */
function common(tag: ElementTag, options: RenderOptions): Pick<Plan, 'tag' | 'level' | 'lang' | 'feedUrl'> {
  return {
    tag,
    level: headingLevel(options.headingLevel ?? 2),
    lang: options.lang ?? DEFAULT_LANG,
    feedUrl: options.feedUrl,
  };
}

/** JSON for a `<script>` element: `<` written as `\u003c`, so no text in the feed can end the script. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The element's template: its attributes, what the server selected, and its inline feed. */
export function elementTemplate(p: Plan): unknown {
  const tag = unsafeStatic(p.tag);
  const json = scriptJson(inlineFeedFor(p.tag, p.feed, p.programme, p.project));
  // One line: the spaces between attributes are written out as they stand here.
  return staticHtml`<${tag} src=${ifDefined(p.feedUrl)} programme=${ifDefined(p.programme?.id)} project=${ifDefined(p.project?.id)} status=${ifDefined(p.status)} heading-level=${p.level} lang=${p.lang} .selected=${p.selected}>${unsafeHTML(`<script type="application/json">${json}</script>`)}</${tag}>`;
}

/** The element's HTML with its declarative shadow DOM. Rejects, rendering nothing, on an invalid feed or id. */
export async function renderElement(tag: string, options: RenderOptions): Promise<string> {
  const p = plan(tag, options);
  return collectResult(render(elementTemplate(p)));
}

/**
 * The same HTML as `renderElement`, as a Web stream. The feed and ids are checked before the
 * first chunk: an invalid one errors the stream with nothing sent.
 */
export function renderElementStream(tag: string, options: RenderOptions): ReadableStream<string> {
  let chunks: AsyncGenerator<string> | undefined;
  let failure: unknown;
  try {
    chunks = flatten(render(elementTemplate(plan(tag, options))));
  } catch (error) {
    failure = error;
  }
  return new ReadableStream<string>({
    async pull(controller) {
      if (!chunks) {
        controller.error(failure);
        return;
      }
      const {value, done} = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}

/**
 * The render result as strings of at least 16 KB each (fewer, larger chunks stream faster than
 * one per tag), awaiting whatever the renderer left pending, in order.
 */
async function* flatten(result: RenderResult): AsyncGenerator<string> {
  let buffer = '';
  async function* walk(part: RenderResult): AsyncGenerator<string> {
    for (const chunk of part) {
      if (typeof chunk === 'string') {
        buffer += chunk;
        if (buffer.length >= 16_384) {
          yield buffer;
          buffer = '';
        }
      } else {
        yield* walk(await chunk);
      }
    }
  }
  yield* walk(result);
  if (buffer) yield buffer;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
