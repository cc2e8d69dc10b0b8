import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Feed, Programme, Promo} from '../../feed/feed.js';
import {FeedError} from '../../feed/feed-error.js';
import {jsonLdScriptText, toJsonLd} from '../../feed/json-ld.js';
import {selectFurtherReading, selectProgramme} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {heading, subLevel} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './programme-page.styles.js';
import '../programme-summary/programme-summary.js';
import '../aims-list/aims-list.js';
import '../project-list/project-list.js';
import '../related-programmes/related-programmes.js';

/** What `<programme-page>` shows: the programme, the feed its sections are given, and which sections it has. */
export interface ProgrammePageData {
  /** The validated feed, handed to every section as `.feed` (validated once: `parseFeed` caches by identity). */
  readonly feed: Feed;
  readonly programme: Programme;
  readonly hasAims: boolean;
  readonly hasProjects: boolean;
  readonly hasFurtherReading: boolean;
}

/**
 * A whole programme page, in the order of the organisation's own page: the summary (title,
 * strapline, status, key facts, key points, description), the aims, the projects, further
 * reading, then the promos. The page loads its feed once (from `src`, `feed` or
 * `<programme-feed>`) and hands the same validated feed to each section, setting their heading
 * levels so the outline stays correct: the programme title at `heading-level`, each section's
 * heading one level below, and the section's items one level below that. A section the
 * programme has nothing for is left out, as it is on the reference page.
 *
 * With `structured-data`, the page also writes the programme as schema.org JSON-LD (see
 * `toJsonLd`) into a `<script type="application/ld+json">` in its light DOM, where search engines
 * read it. It is off by default: the host page's owner decides what their page says to search engines.
 *
 * `feed-load` and `feed-error` come from the page itself, once per feed; the sections' own
 * events stay inside it.
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
 * @csspart promo-link - A promo's call-to-action link.
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
export class ProgrammePageElement extends FeedElement<ProgrammePageData> {
  static override styles = [sharedStyles, styles];

  /** Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default. */
  @property({type: Boolean, attribute: 'structured-data', reflect: true}) structuredData = false;

  /** The JSON-LD text to write, worked out in `willUpdate()`; undefined when none is wanted or possible. */
  private structuredDataText: string | undefined;
  /** The script this element wrote into its light DOM, if any. */
  private structuredDataScript: HTMLScriptElement | undefined;

  protected override select(feed: Feed): ProgrammePageData | FeedError {
    const programme = selectProgramme(feed, this.programmeId);
    if (programme instanceof FeedError) return programme;
    return {
      feed,
      programme,
      hasAims: Boolean(programme.aims?.items.length || programme.aims?.introduction),
      hasProjects: Boolean(programme.projects?.length || programme.projectsIntroduction?.length),
      hasFurtherReading: selectFurtherReading(feed, programme).length > 0,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.view;
    this.structuredDataText =
      this.structuredData && view.status === 'ready'
        ? jsonLdScriptText(toJsonLd(view.data.feed, view.data.programme, {feedUrl: view.base}))
        : undefined;
  }

  protected override updated(): void {
    super.updated();
    this.writeStructuredData();
  }

  protected override renderReady(data: ProgrammePageData, base: string | undefined): TemplateResult {
    const {feed, programme} = data;
    const level = this.level;
    const sectionLevel = subLevel(level);
    // Each section is given the page's feed object: no request and no second validation.
    return html`<div part="base" class="content" @feed-load=${this.keepInside} @feed-error=${this.keepInside}>
      <programme-summary
        part="summary"
        .feed=${feed}
        programme=${programme.id}
        heading-level=${level}
        no-more-link
      ></programme-summary>
      ${
        data.hasAims
          ? html`<aims-list
              part="aims"
              .feed=${feed}
              programme=${programme.id}
              heading-level=${sectionLevel}
            ></aims-list>`
          : nothing
      }
      ${
        data.hasProjects
          ? html`<project-list
              part="projects"
              .feed=${feed}
              programme=${programme.id}
              heading-level=${sectionLevel}
            ></project-list>`
          : nothing
      }
      ${
        data.hasFurtherReading
          ? html`<related-programmes
              part="further-reading"
              .feed=${feed}
              programme=${programme.id}
              heading-level=${sectionLevel}
            ></related-programmes>`
          : nothing
      }
      ${programme.promos?.length ? this.renderPromos(programme.promos, base) : nothing}
    </div>`;
  }

  /**
   * The shape of a typical programme page (the reference page): summary, aims with three cards,
   * projects with six, further reading with two, two promos. The page cannot know the real
   * counts before its feed arrives; a typical page keeps what moves when it does small.
   */
  protected override renderSkeleton(): TemplateResult {
    const cards = (count: number) =>
      html`<div class="skeleton-grid">
        ${Array.from(
          {length: count},
          () =>
            html`<div class="skeleton-card panel">
              <span class="skeleton skeleton--tag"></span>
              <span class="skeleton skeleton--card-title"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text skeleton--short"></span>
            </div>`,
        )}
      </div>`;
    const section = (count: number, introduction: number) =>
      html`<div class="skeleton-section">
        <span class="skeleton skeleton--heading"></span>
        ${Array.from({length: introduction}, () => html`<span class="skeleton skeleton--text"></span>`)} ${cards(count)}
      </div>`;
    return html`<div part="skeleton base" class="content" aria-busy="true">
      <span class="visually-hidden">${this.t.loading}</span>
      <div class="skeleton-section">
        <span class="skeleton skeleton--title"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text skeleton--short"></span>
        <span class="skeleton skeleton--box"></span>
      </div>
      ${section(3, 2)} ${section(6, 3)} ${section(2, 0)} ${cards(2)}
    </div>`;
  }

  private renderPromos(promos: readonly Promo[], base: string | undefined): TemplateResult {
    const level = subLevel(this.level);
    // role="list" is not redundant: Safari drops the list role from a list styled with list-style: none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul part="promos" class="promos" role="list">
      ${promos.map((promo) => {
        const href = promo.action ? safeHref(promo.action.url, base) : undefined;
        return html`<li part="promo" class="promo panel">
          ${heading(level, promo.title, 'promo-title')}
          <div class="promo__body">
            ${promo.text ? html`<p part="promo-text" class="promo__text">${promo.text}</p>` : nothing}
            ${
              promo.action && href
                ? html`<p class="promo__action">
                    <a part="promo-link" href=${href}
                      >${promo.action.label}<span class="visually-hidden"> (${promo.title})</span></a
                    >
                  </p>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ul>`;
  }

  /** The sections load nothing of their own; the page announces its feed, once. */
  private keepInside(event: Event): void {
    if (event.target !== this) event.stopPropagation();
  }

  /**
   * The JSON-LD goes in the light DOM (search engines do not document reading it inside shadow
   * roots), through a script element made here and filled with `textContent`, never parsed HTML.
   */
  private writeStructuredData(): void {
    const text = this.structuredDataText;
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
      // policy, and the contract allows no policy of ours: such a page must render the JSON-LD
      // on the server (toJsonLd). Its host page gets a warning, never an exception.
      this.removeStructuredData();
      if (!structuredDataRefusedWarned) {
        structuredDataRefusedWarned = true;
        console.warn(
          `<programme-page structured-data>: this page refused the JSON-LD script (${error instanceof Error ? error.message : String(error)}). Pages that enforce Trusted Types can render the same data on the server with toJsonLd().`,
        );
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

declare global {
  interface HTMLElementTagNameMap {
    'programme-page': ProgrammePageElement;
  }
}
