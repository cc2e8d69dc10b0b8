import {property} from 'lit/decorators.js';
import {format, messages} from '../../i18n/messages.js';
import {customElement} from '../../internal/define.js';
import {jsonLdScriptText, toJsonLd} from '../../feed/json-ld.js';
import type {ProgrammePageSelection} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {cardSkeletonStyles} from '../../styles/card-skeleton.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './programme-page.styles.js';
import {programmePageView} from './programme-page.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * A whole programme page, in the order of the organisation's own page: the summary (title,
 * strapline, status, key facts, key points, description), the aims, the projects, further
 * reading, then the promos (a promo may quote a social post: its account, its words and a link). The page loads its feed once (from `src`, `feed` or
 * `<programme-feed>`), selects each section's data once and hands it to the section, setting
 * their heading levels so the outline stays correct: the programme title at `heading-level`, each section's
 * heading one level below, and the section's items one level below that. A section the
 * programme has nothing for is left out, as it is on the reference page.
 *
 * With `structured-data`, the page also writes the programme as schema.org JSON-LD (see
 * `toJsonLd`) into a `<script type="application/ld+json">` in its light DOM, where search engines
 * read it. It is off by default: the host page's owner decides what their page says to search engines.
 *
 * `feed-load` and `feed-error` come from the page itself, once per feed: the sections load nothing.
 *
 * @summary A whole programme page: summary, aims, projects, further reading and promos.
 *
 * @slot - Fallback content, shown until the page is ready (e.g. the programme's text as plain HTML, for readers without JavaScript and for crawlers).
 *
 * @csspart base - The page: every section, in order.
 * @csspart summary - The `<programme-summary>` section.
 * @csspart aims - The `<aims-list>` section.
 * @csspart projects - The `<project-list>` section.
 * @csspart further-reading - The `<related-programmes>` section.
 * @csspart promos - The list of promos.
 * @csspart promo - One promo card.
 * @csspart promo-title - A promo's heading.
 * @csspart promo-text - A promo's text.
 * @csspart promo-link - A promo's call-to-action link, or the link to its social post.
 * @csspart promo-post - A social post quoted in a promo ("Get social").
 * @csspart promo-post-author - The social post's account name.
 * @csspart promo-post-text - The social post's words.
 * @csspart link - The link in the error state.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-page-gap=48px] - Space between the page's sections (40px in a column narrower than 600px).
 * @cssprop [--pe-promo-label-colour=#005eb8] - Background of a promo's heading label (NHS.UK feature card); falls back to `--nhsuk-brand-colour`.
 *
 * @fires {FeedLoadEvent} feed-load - The page's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such programme.
 */
@customElement('programme-page')
export class ProgrammePageElement extends FeedElement<ProgrammePageSelection> {
  static override styles = [sharedStyles, cardSkeletonStyles, styles];

  /** Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default. */
  @property({type: Boolean, attribute: 'structured-data', reflect: true, useDefault: true}) structuredData = false;

  /** @internal */
  override readonly elementView = programmePageView;

  /** The script this element wrote into its light DOM, if any. */
  private structuredDataScript: HTMLScriptElement | undefined;

  protected override updated(): void {
    const view = this.view;
    this.writeStructuredData(
      this.structuredData && view.status === 'ready'
        ? jsonLdScriptText(toJsonLd(view.data.feed, view.data.programme, {feedUrl: view.feedUrl, lang: this.locale}))
        : undefined,
    );
  }

  /**
   * The JSON-LD goes in the light DOM (search engines do not document reading it inside shadow
   * roots), through a script element made here and filled with `textContent`, never parsed HTML.
   */
  private writeStructuredData(text: string | undefined): void {
    if (text === undefined) {
      this.removeStructuredData();
      return;
    }
    let script = this.structuredDataScript;
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      this.structuredDataScript = script;
    }
    try {
      if (script.textContent !== text) script.textContent = text;
    } catch (error) {
      // A page that enforces Trusted Types for scripts refuses any script text not made by a
      // policy, and the library makes none of its own (a page need allow only Lit's `lit-html`):
      // such a page must render the JSON-LD on the server (toJsonLd). It gets a warning, never an exception.
      this.removeStructuredData();
      if (!structuredDataRefusedWarned) {
        structuredDataRefusedWarned = true;
        const detail = error instanceof Error ? error.message : String(error);
        console.warn(format(messages(this.locale).structuredDataRefused, {detail}, this.locale));
      }
      return;
    }
    if (script.parentNode !== this) this.append(script);
  }

  private removeStructuredData(): void {
    this.structuredDataScript?.remove();
    this.structuredDataScript = undefined;
  }
}

/** The Trusted Types warning is given once per page, not once per render. */
let structuredDataRefusedWarned = false;
