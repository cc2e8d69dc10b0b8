import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Feed} from '../feed/feed.js';
import {FeedController} from '../feed/feed-controller.js';
import {FeedError} from '../feed/feed-error.js';
import {FeedErrorEvent} from '../feed/feed-events.js';
import {DEFAULT_LANG, messages, type Messages} from '../i18n/messages.js';
import {headingLevel, type HeadingLevel} from './heading.js';
import {inheritedLang} from './lang.js';
import {safeHref} from './links.js';

/** What an element shows, derived in `willUpdate()` from its feed state. */
export type View<T> =
  | {readonly status: 'loading'}
  | {readonly status: 'error'; readonly error: FeedError; readonly pageUrl: string | undefined}
  | {readonly status: 'ready'; readonly data: T; readonly base: string | undefined};

/**
 * The public contract every element shares (CONTRACT.md: `src`, `programme`, `heading-level`,
 * `feed`), the way each one gets its feed, and the loading / error / ready frame around its
 * content. Subclasses say what they select from a feed and how that renders; nothing else lives
 * here, by design: new behaviour goes into controllers and helpers, not into this class
 * (docs/decisions/0003-one-small-base-class.md).
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
 * @cssprop [--pe-border-radius=4px] - Corner radius of tags and placeholders.
 * @cssprop [--pe-space=16px] - The base spacing unit inside cards.
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

  /** The language the element formats and labels in, inherited from the page. */
  @state() protected locale = DEFAULT_LANG;

  /** True when the page put fallback content inside the element; it then replaces the skeleton. */
  @state() private hasFallback = false;

  protected view: View<T> = {status: 'loading'};
  protected t: Messages = messages(DEFAULT_LANG);
  protected level: HeadingLevel = 2;

  private readonly feedController = new FeedController(this);
  // A not-found error is rebuilt on every update; its message identifies it across updates.
  private announcedError: string | undefined;

  /** The programme id in force: the attribute, else the one `<programme-feed>` names. */
  protected get programmeId(): string | undefined {
    return this.programme ?? this.feedController.contextProgramme;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = inheritedLang(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale')) this.t = messages(this.locale);
    this.level = headingLevel(this.headingLevel);
    const state = this.feedController.sync();
    const feed: Feed | undefined = state.status === 'ready' || state.status === 'error' ? state.feed : undefined;
    if (feed) {
      const base = state.status === 'ready' || state.status === 'error' ? state.url : undefined;
      const selected = this.select(feed);
      this.view =
        selected instanceof FeedError
          ? {status: 'error', error: selected, pageUrl: safeHref(this.pageUrlFor(feed), base)}
          : {status: 'ready', data: selected, base};
    } else if (state.status === 'error') {
      this.view = {status: 'error', error: state.error, pageUrl: undefined};
    } else {
      this.view = {status: 'loading'};
    }
  }

  protected override updated(): void {
    // Load and network failures are announced by the feed's owner (the controller or
    // `<programme-feed>`); a valid feed that lacks what this element was asked for is this
    // element's own failure to announce, once until it changes.
    const view = this.view;
    if (view.status !== 'error' || view.error.kind !== 'not-found') {
      this.announcedError = undefined;
    } else if (view.error.message !== this.announcedError) {
      this.announcedError = view.error.message;
      this.dispatchEvent(new FeedErrorEvent(view.error));
    }
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (view.status === 'ready') return this.renderReady(view.data, view.base);
    if (view.status === 'error') return html`${this.renderError(view.error, view.pageUrl)}${this.renderFallback()}`;
    return html`${this.renderFallback()}${this.hasFallback ? nothing : this.renderSkeleton()}`;
  }

  /** What this element shows from a valid feed, or a `not-found` error. */
  protected abstract select(feed: Feed): T | FeedError;

  /** The content, from what `select()` returned. */
  protected abstract renderReady(data: T, base: string | undefined): TemplateResult;

  /** Grey blocks the size of the content, so nothing moves when it arrives. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The page to link to from the error state, when the feed gives one. */
  protected pageUrlFor(feed: Feed): string | undefined {
    const programme = this.programmeId
      ? feed.programmes.find((candidate) => candidate.id === this.programmeId)
      : feed.programmes.length === 1
        ? feed.programmes[0]
        : undefined;
    return programme?.url;
  }

  private renderError(error: FeedError, pageUrl: string | undefined): TemplateResult {
    return html`<div part="error" class="error">
      <p class="error__title">${this.t.errorTitle}</p>
      <p class="error__detail">${error.message}</p>
      ${pageUrl ? html`<p class="error__link"><a part="link" href=${pageUrl}>${this.t.errorProgrammeLink}</a></p>` : nothing}
    </div>`;
  }

  private renderFallback(): TemplateResult {
    return html`<div part="fallback" class="fallback"><slot @slotchange=${this.noteFallback}></slot></div>`;
  }

  private noteFallback(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasFallback = slot
      .assignedNodes({flatten: true})
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
  }
}
