import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Feed, Programme} from '../../feed/feed.js';
import {FeedError} from '../../feed/feed-error.js';
import {selectProgramme} from '../../feed/select.js';
import {format} from '../../i18n/messages.js';
import {FeedElement} from '../../internal/feed-element.js';
import {formatCount, formatDuration, formatMoney, formatPeriod} from '../../internal/format.js';
import {heading, subLevel} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './programme-summary.styles.js';

/** The NHS.UK tag colour for each status: grey when closed, green when open, blue when upcoming. */
const STATUS_TONES = {closed: 'grey', open: 'green', upcoming: 'blue'} as const;

/** One row of the key facts: a label from the catalogue and a formatted value. */
interface Fact {
  readonly label: string;
  readonly value: string;
}

/** What the summary shows, formatted for the element's language in `select()`. */
interface Summary {
  readonly programme: Programme;
  readonly status: {readonly label: string; readonly tone: string; readonly text: string | undefined} | undefined;
  readonly facts: readonly Fact[];
  readonly moreAbout: string;
}

/** Links resolved against the feed's URL; undefined where the URL may not become a link. */
interface SummaryLinks {
  /** The programme's page; undefined too with `no-more-link`. */
  readonly page: string | undefined;
  readonly image: string | undefined;
}

/**
 * The opening of a programme: its title as the top heading, strapline, status (an NHS.UK tag and,
 * when the feed gives one, its sentence as inset text), key points, description and a link to the
 * programme's page, then the key facts (funding per team, duration, teams, years) as an NHS.UK
 * summary list under a "Key facts" heading one level below the title. Only facts the feed
 * gives are listed. In a wide column the image and key facts sit beside the text.
 *
 * @summary A programme's title, status, key points, description and key facts.
 *
 * @slot - Fallback content, shown until the summary is ready (e.g. the programme's title as a link, for readers without JavaScript).
 *
 * @csspart base - The summary's outer wrapper.
 * @csspart header - The title, strapline and status tag.
 * @csspart title - The programme title: the top heading, at `heading-level`.
 * @csspart strapline - The strapline under the title.
 * @csspart status - The paragraph holding the status tag.
 * @csspart status-tag - The status tag ("Closed for applications").
 * @csspart image - The programme image.
 * @csspart body - The status sentence, key points, description and link.
 * @csspart notice - The status sentence, as inset text.
 * @csspart key-points - The list of key points.
 * @csspart key-point - One key point.
 * @csspart description - The description paragraphs.
 * @csspart more - The paragraph holding the link to the programme's page.
 * @csspart link - The link to the programme's page, and the link in the error state.
 * @csspart facts - The key facts card.
 * @csspart facts-title - The "Key facts" heading, one level below the title.
 * @csspart facts-list - The key facts summary list (`<dl>`).
 * @csspart fact - One row of the key facts.
 * @csspart fact-key - A fact's label (`<dt>`).
 * @csspart fact-value - A fact's value (`<dd>`).
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-inset-border-colour=#005eb8] - The bar beside the status sentence (falls back to `--nhsuk-brand-colour`).
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such programme.
 */
@customElement('programme-summary')
export class ProgrammeSummaryElement extends FeedElement<Summary> {
  static override styles = [sharedStyles, styles];

  /**
   * Leaves out the "More about …" link to the programme's page: for a summary shown on that page
   * itself, where the link would lead back to where the reader is (`<programme-page>` sets it).
   */
  @property({type: Boolean, attribute: 'no-more-link', reflect: true}) noMoreLink = false;

  private links: SummaryLinks = {page: undefined, image: undefined};

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.view;
    this.links =
      view.status === 'ready'
        ? {
            page: this.noMoreLink ? undefined : safeHref(view.data.programme.url, view.base),
            image: safeHref(view.data.programme.image?.src, view.base),
          }
        : {page: undefined, image: undefined};
  }

  protected override select(feed: Feed): Summary | FeedError {
    const programme = selectProgramme(feed, this.programmeId);
    if (programme instanceof FeedError) return programme;
    return {
      programme,
      status: programme.status && {
        label: {closed: this.t.statusClosed, open: this.t.statusOpen, upcoming: this.t.statusUpcoming}[
          programme.status.code
        ],
        tone: STATUS_TONES[programme.status.code],
        text: programme.status.text,
      },
      facts: this.factsOf(programme),
      moreAbout: format(this.t.moreAboutProgramme, {title: programme.title}),
    };
  }

  protected override renderReady(summary: Summary): TemplateResult {
    const {programme, status} = summary;
    const image = programme.image;
    return html`<div part="base" class="content summary">
      <div part="header" class="header">
        ${heading(this.level, programme.title, 'title')}
        ${programme.strapline ? html`<p part="strapline" class="strapline">${programme.strapline}</p>` : nothing}
        ${
          status
            ? html`<p part="status" class="status">
                <strong part="status-tag" class="tag tag--${status.tone}">${status.label}</strong>
              </p>`
            : nothing
        }
      </div>
      ${
        image && this.links.image
          ? html`<img part="image" class="image" src=${this.links.image} alt=${image.alt} loading="lazy" />`
          : nothing
      }
      <div part="body" class="body">
        ${
          status?.text
            ? html`<div part="notice" class="inset">
                <span class="visually-hidden">${this.t.information}</span>
                <p>${status.text}</p>
              </div>`
            : nothing
        }
        ${this.renderKeyPoints(programme.keyPoints ?? [])}
        ${
          programme.description?.length
            ? html`<div part="description" class="description">
                ${programme.description.map((paragraph) => html`<p>${paragraph}</p>`)}
              </div>`
            : nothing
        }
        ${
          this.links.page
            ? html`<p part="more" class="more"><a part="link" href=${this.links.page}>${summary.moreAbout}</a></p>`
            : nothing
        }
      </div>
      ${this.renderFacts(summary.facts)}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="skeleton base" class="content summary" aria-busy="true">
      <div class="header">
        <span class="visually-hidden">${this.t.loading}</span>
        <span class="skeleton skeleton--title"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text skeleton--short"></span>
        <span class="skeleton skeleton--tag"></span>
      </div>
      <div class="body">
        <span class="skeleton skeleton--inset"></span>
        ${[1, 2, 3, 4, 5, 6, 7].map(() => html`<span class="skeleton skeleton--text"></span>`)}
        <span class="skeleton skeleton--text skeleton--short"></span>
      </div>
      <div class="facts panel">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton skeleton--text"></span>`)}</div>
    </div>`;
  }

  private renderKeyPoints(points: readonly string[]): TemplateResult | typeof nothing {
    if (points.length === 0) return nothing;
    return html`<ul part="key-points" class="key-points">
      ${points.map((point) => html`<li part="key-point">${point}</li>`)}
    </ul>`;
  }

  private renderFacts(facts: readonly Fact[]): TemplateResult | typeof nothing {
    if (facts.length === 0) return nothing;
    return html`<div part="facts" class="facts panel">
      ${heading(subLevel(this.level), this.t.keyFacts, 'facts-title')}
      <dl part="facts-list" class="summary-list">
        ${facts.map(
          (fact) =>
            html`<div part="fact" class="row">
              <dt part="fact-key" class="key">${fact.label}</dt>
              <dd part="fact-value" class="value">${fact.value}</dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }

  /** The key facts the feed gives, in the reference page's order. */
  private factsOf(programme: Programme): Fact[] {
    const facts: Fact[] = [];
    if (programme.fundingPerTeam)
      facts.push({label: this.t.fundingPerTeam, value: formatMoney(programme.fundingPerTeam, this.locale, this.t)});
    if (programme.durationMonths !== undefined)
      facts.push({label: this.t.duration, value: formatDuration(programme.durationMonths, this.locale)});
    if (programme.teams !== undefined)
      facts.push({label: this.t.teams, value: formatCount(programme.teams, this.locale)});
    if (programme.period) facts.push({label: this.t.years, value: formatPeriod(programme.period, this.t)});
    return facts;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'programme-summary': ProgrammeSummaryElement;
  }
}
