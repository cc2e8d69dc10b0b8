import {adoptStyles, html, isServer, LitElement, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {FeedController, feedStateOf, viewOf} from '../feed/feed-controller.js';
import {errorMessage, type FeedError} from '../feed/feed-error.js';
import {
  DEFAULT_LANG,
  format,
  hasCatalogue,
  loadCatalogue,
  messages,
  onCatalogue,
  plural,
  type Messages,
} from '../i18n/messages.js';
import {problemMessage} from '../feed/problems.js';
import {focusableHeading, headingLevel} from './heading.js';
import {hideFailedImages} from './image.js';
import {followLang, inheritedLang, notifyCatalogue, unfollowLang, type LangFollower} from './lang.js';
import type {ElementView, Selected, View, ViewContext} from './view.js';

const LOADING: View<never> = {status: 'loading'};

// A catalogue registered (or loaded) later re-renders every element, in whatever language it is in.
onCatalogue(notifyCatalogue);

/** Errors already told to the console: an error shared by many elements (one feed) is told once. */
const told = new WeakSet<FeedError>();

/**
 * The public contract every element shares (`src`, `programme`, `heading-level`, `feed`) and
 * the loading / error / ready frame around its content. What the element shows is its view, a
 * pure function of selected data in its `<tag>.view.ts`; where the data comes from is the
 * `FeedController`'s. Nothing else lives here, by design (docs/decisions/0003-one-small-base-class.md,
 * docs/decisions/0007-views-apart-from-the-feed-binding.md).
 *
 * The theming properties below are shared by every element (src/styles/shared.styles.ts); each
 * falls back to nhsuk-frontend's `--nhsuk-*` property of the same meaning, then to the NHS.UK value.
 *
 * @cssprop [--pe-text-colour=#212b32] - Body text (falls back to `--nhsuk-text-colour`).
 * @cssprop [--pe-secondary-text-colour=#4c6272] - Secondary text (falls back to `--nhsuk-secondary-text-colour`).
 * @cssprop [--pe-link-colour=#005eb8] - Links (falls back to `--nhsuk-link-colour`).
 * @cssprop [--pe-link-hover-colour=#7c2855] - Links on hover (falls back to `--nhsuk-link-hover-colour`).
 * @cssprop [--pe-link-visited-colour=#330072] - Visited links (falls back to `--nhsuk-link-visited-colour`).
 * @cssprop [--pe-link-active-colour=#002f5c] - Links while pressed (falls back to `--nhsuk-link-active-colour`).
 * @cssprop [--pe-focus-colour=#ffeb3b] - Focus highlight (falls back to `--nhsuk-focus-colour`).
 * @cssprop [--pe-focus-text-colour=#212b32] - Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`).
 * @cssprop [--pe-border-colour=#d8dde0] - Card and list borders (falls back to `--nhsuk-border-colour`).
 * @cssprop [--pe-card-background-colour=#ffffff] - Card background (falls back to `--nhsuk-card-background-colour`).
 * @cssprop [--pe-error-colour=#d5281b] - The error state's bar (falls back to `--nhsuk-error-colour`).
 * @cssprop [--pe-skeleton-colour=#d8dde0] - Loading placeholders.
 * @cssprop [--pe-border-radius=0] - Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set).
 * @cssprop [--pe-space=24px] - A card's padding (24px, 32px from 641px).
 */
export abstract class FeedElement<T> extends LitElement {
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  @property({reflect: true}) src: string | undefined = undefined;

  /** Id of the programme to show; optional when the feed holds one programme. */
  @property({reflect: true}) programme: string | undefined = undefined;

  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** An already-parsed feed object: validated, then shown without any request. */
  @property({attribute: false}) feed: unknown = undefined;

  /**
   * What a composite (or the server) already selected for this element: with it, the element
   * shows that and loads, validates and announces nothing of its own.
   * @internal
   */
  @property({attribute: false}) selected: Selected<T> | undefined = undefined;

  /** The language the element formats and labels in: the nearest `lang` in the composed tree, followed live. */
  @state() protected locale = DEFAULT_LANG;

  /** True when the page put fallback content inside the element; it then replaces the skeleton. */
  @state() private hasFallback = false;

  /** The element's feed binding, made only for an element that gets its own feed (never on the server). */
  private binding: FeedController<T> | undefined;

  /** Focus was inside this update's old content: if the update takes it away, it stays in the element. */
  private focusWasInside = false;

  /** Told of every `lang` change in the element's trees (one observer for the page, src/internal/lang.ts). */
  private readonly langFollower: LangFollower = {
    langChanged: () => this.followLocale(),
    catalogueChanged: () => this.requestUpdate(),
  };

  /**
   * Lit's hydration support takes a server-rendered shadow root as it is, its styles in the
   * `<style>` the server wrote, which a strict CSP refuses; the element adopts its constructable
   * stylesheets there too, as a client-rendered root has them (no DOM change: hydration stays a no-op).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const rendered = this.shadowRoot;
    const root = super.createRenderRoot();
    if (!isServer && rendered && root === rendered) {
      adoptStyles(rendered, (this.constructor as typeof LitElement).elementStyles);
      // Images that failed before now are hidden here; hydration attaches the error listeners in
      // this same task, so none can fail in between unseen.
      hideFailedImages(rendered);
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this, this.langFollower);
    this.followLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLang(this.langFollower);
  }

  protected override willUpdate(): void {
    // On the server nothing connects: the language is the one the server wrote on the element.
    if (isServer) this.locale = this.getAttribute('lang') || DEFAULT_LANG;
    else if (!this.selected) {
      this.binding ??= new FeedController(this, {
        select: (feed, programmeId) => this.elementView.select(feed, programmeId, this),
        report: (error, lang) => this.tellConsole(error, lang),
        lang: () => this.locale,
      });
    }
    this.focusWasInside = !isServer && this.shadowRoot?.activeElement != null;
  }

  /**
   * The frame: a polite live region that is there in every state, so an error put into it is
   * announced once, when it arrives (a region made with its text is not announced); then the
   * content, or the loading state, or the fallback.
   */
  protected override render(): TemplateResult {
    // Until the catalogue of the element's language arrives (it is loaded on demand), the
    // element shows its loading state, with no words: never a flash of another language.
    const waiting = !hasCatalogue(this.locale);
    const view = waiting ? LOADING : this.view;
    const context: ViewContext = {
      t: waiting ? WAITING : messages(this.locale),
      lang: this.locale,
      level: headingLevel(this.headingLevel),
      feedUrl: view.status === 'ready' ? view.feedUrl : undefined,
    };
    const error = view.status === 'error' ? this.renderError(view.error, view.pageUrl, context) : nothing;
    return html`<div class="status" role="status" tabindex="-1">${error}</div>
      ${this.renderBody(view, context)}`;
  }

  protected override updated(): void {
    if (this.focusWasInside) this.keepFocus();
  }

  /**
   * What the element shows, declared once in its `<tag>.view.ts`: its selection, its view and
   * its skeleton (docs/decisions/0007-views-apart-from-the-feed-binding.md). Readable from
   * outside for the server, which selects with it what the element would select in the browser.
   * @internal
   */
  abstract readonly elementView: ElementView<T>;

  /**
   * The view in force: a composite's selection; else the binding's; else, on the server, where
   * nothing connects or loads, what the `feed` property gives (or the loading state).
   */
  protected get view(): View<T> {
    if (this.selected) return {status: 'ready', ...this.selected};
    if (this.binding) return this.binding.view;
    if (this.feed === undefined || this.feed === null) return LOADING;
    return viewOf(feedStateOf(this.feed), (feed, id) => this.elementView.select(feed, id, this), this.programme);
  }

  private renderBody(view: View<T>, context: ViewContext): TemplateResult | typeof nothing {
    if (view.status === 'ready') return this.elementView.render(view.data, context, this);
    if (view.status === 'error') return this.renderFallback();
    return html`${this.renderFallback()}${this.hasFallback ? nothing : this.elementView.skeleton(context, this)}`;
  }

  /**
   * When an update removed what had focus (a card's link, as `src` changed), focus falls to
   * the page's body: put it back in the element, on the error's heading, or on the live region
   * while loading (both take focus from script only). Nothing is moved if focus went elsewhere.
   */
  private keepFocus(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const inside = root.activeElement;
    const waiting = inside?.classList.contains('status') ?? false;
    const active = this.ownerDocument.activeElement;
    // Focus is still on content, or went somewhere else on the page: leave it.
    if ((inside && !waiting) || (!inside && active !== null && active !== this.ownerDocument.body)) return;
    const heading = root.querySelector<HTMLElement>('.error__title');
    if (heading) heading.focus({preventScroll: true});
    // Until the content or the error arrives, focus waits on the (empty) live region.
    else if (!waiting) root.querySelector<HTMLElement>('.status')?.focus({preventScroll: true});
  }

  /** Follows the nearest `lang`, loading its catalogue when the library ships one not loaded yet. */
  private followLocale(): void {
    const lang = inheritedLang(this);
    if (lang !== this.locale) this.locale = lang;
    if (!hasCatalogue(lang)) void loadCatalogue(lang);
  }

  /**
   * The editor's detail of an error, once per error (many elements share one feed's), in the
   * element's language: what happened and where (the URL), then each problem at its JSON path.
   * Readers see only the error state's plain sentence.
   */
  private tellConsole(error: FeedError, lang: string): void {
    if (told.has(error)) return;
    told.add(error);
    const t = messages(lang);
    const lines = [
      `programme-elements: ${format(t.consoleError, {tag: `<${this.localName}>`}, lang)} ${errorMessage(error, t, lang)}`,
    ];
    if (error.problems.length) {
      lines.push(plural(t.problemCount, error.problems.length, lang));
      for (const found of error.problems) lines.push(`  ${found.path}: ${problemMessage(found, t, lang)}`);
    }
    console.warn(lines.join('\n'), this);
  }

  private renderError(error: FeedError, pageUrl: string | undefined, {t, level}: ViewContext): TemplateResult {
    return html`<div part="error" class="error">
      ${focusableHeading(level, t.errorTitle, 'error__title')}
      <p class="error__detail">${readerSentence(error, t)}</p>
      ${pageUrl ? html`<p class="error__link"><a part="link" href=${pageUrl}>${t.errorProgrammeLink}</a></p>` : nothing}
    </div>`;
  }

  private renderFallback(): TemplateResult {
    return html`<div part="fallback" class="fallback"><slot @slotchange=${this.noteFallback}></slot></div>`;
  }

  /** Fallback is anything a reader would see: an inline feed script is data, not fallback. */
  private noteFallback(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasFallback = slot
      .assignedNodes({flatten: true})
      .some((node) =>
        node.nodeType === Node.ELEMENT_NODE
          ? (node as Element).localName !== 'script'
          : (node.textContent ?? '').trim() !== '',
      );
  }
}

/** What a reader is told of an error: what happened, in a plain sentence, never the technical cause or the URL. */
function readerSentence(error: FeedError, t: Messages): string {
  switch (error.kind) {
    case 'parse':
    case 'invalid':
      return t.errorDamaged;
    case 'not-found':
      return t.errorMissing;
    default:
      return t.errorUnavailable;
  }
}

/** The loading state's words while a catalogue loads: none, rather than another language's. */
const WAITING: Messages = {...messages(DEFAULT_LANG), loading: ''};
