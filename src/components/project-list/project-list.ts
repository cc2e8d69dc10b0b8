import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {customElement} from '../../internal/define.js';
import type {Feed, Programme, Project} from '../../feed/feed.js';
import {FeedError} from '../../feed/feed-error.js';
import {selectProgramme} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {heading, subLevel, type HeadingLevel} from '../../internal/heading.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './project-list.styles.js';
import '../project-card/project-card.js';

/** What the list shows: the programme's projects and their introduction, from a validated feed. */
interface Projects {
  readonly feed: Feed;
  readonly programme: Programme;
  readonly introduction: readonly string[];
  readonly projects: readonly Project[];
}

/** Where each card gets its feed from: the list's own source, so they share one validation or request. */
interface CardSource {
  readonly feed: Feed | undefined;
  readonly src: string | undefined;
}

/** The card's parts, exported under a `card-` prefix so a page can style the cards through the list. */
const CARD_PARTS =
  'base:card, image:card-image, body:card-body, type:card-type, title:card-title, link:card-link, summary:card-summary, meta:card-meta';

/**
 * Every project of a programme: the introduction paragraphs, then one `<project-card>` per
 * project in a responsive grid (as many columns as fit, one in a 280px column).
 *
 * Headings: by default the element opens with a visible "Projects" heading at `heading-level`,
 * and each card's heading sits one level below it. With `no-heading` (when the page supplies its
 * own section heading) the cards' headings take `heading-level` itself. When the programme has no
 * projects, the heading and introduction stay and a sentence says so.
 *
 * The cards take their feed from the list's own source: the same validated feed object when the
 * list was given `feed` (no second validation), the same `src` otherwise (the page-wide store
 * makes one request for the list and all its cards, and relative links in the feed resolve
 * against the feed's URL), or, inside `<programme-feed>`, the same provider. The cards' own
 * `feed-load` / `feed-error` events stay inside the list: the list's events stand for them.
 *
 * @summary Every project of a programme, as a grid of cards.
 *
 * @slot - Fallback content, shown until the list is ready (e.g. a list of links to the projects, for readers without JavaScript).
 *
 * @csspart base - The element's outer wrapper.
 * @csspart title - The "Projects" heading, at `heading-level` (absent with `no-heading`).
 * @csspart introduction - The introduction paragraphs.
 * @csspart list - The grid of projects (a list).
 * @csspart item - One list item, holding one card.
 * @csspart card - A project card (its `base` part).
 * @csspart card-image - A card's image.
 * @csspart card-body - A card's text.
 * @csspart card-type - A card's project type tag.
 * @csspart card-title - A card's heading.
 * @csspart card-link - A card's heading link.
 * @csspart card-summary - A card's summary.
 * @csspart card-meta - A card's lead organisation and partners.
 * @csspart empty - The sentence shown when the programme has no projects.
 * @csspart error - The error message.
 * @csspart link - The link in the error state, to the programme's page.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-project-list-min-column-width=256px] - The narrowest a card gets before the grid has fewer columns.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such programme.
 */
@customElement('project-list')
export class ProjectListElement extends FeedElement<Projects> {
  static override styles = [sharedStyles, styles];

  /** Leaves out the "Projects" heading; each card's heading then takes `heading-level`. */
  @property({type: Boolean, attribute: 'no-heading', reflect: true}) noHeading = false;

  /** The cards' heading level: one below "Projects", or `heading-level` itself with `no-heading`. */
  private cardLevel: HeadingLevel = 3;
  private cardSource: CardSource = {feed: undefined, src: undefined};

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.cardLevel = this.noHeading ? this.level : subLevel(this.level);
    const view = this.view;
    // The list's own source, in the order the feed controller reads it: `feed`, then `src`, then
    // context (neither set: the cards find the same `<programme-feed>` the list did).
    const hasFeed = this.feed !== undefined && this.feed !== null;
    this.cardSource = {
      feed: hasFeed && view.status === 'ready' ? view.data.feed : undefined,
      src: hasFeed ? undefined : this.src,
    };
  }

  protected override select(feed: Feed): Projects | FeedError {
    const programme = selectProgramme(feed, this.programmeId);
    if (programme instanceof FeedError) return programme;
    return {feed, programme, introduction: programme.projectsIntroduction ?? [], projects: programme.projects ?? []};
  }

  protected override renderReady(data: Projects): TemplateResult {
    return html`<div part="base" class="content projects">
      ${this.noHeading ? nothing : heading(this.level, this.t.projects, 'title')}
      ${
        data.introduction.length
          ? html`<div part="introduction" class="introduction">
              ${data.introduction.map((paragraph) => html`<p>${paragraph}</p>`)}
            </div>`
          : nothing
      }
      ${data.projects.length === 0 ? html`<p part="empty" class="empty">${this.t.noProjects}</p>` : this.renderCards(data)}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="skeleton base" class="content projects" aria-busy="true">
      <span class="visually-hidden">${this.t.loading}</span>
      ${this.noHeading ? nothing : html`<span class="skeleton skeleton--title"></span>`}
      <div>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text skeleton--short"></span>
      </div>
      <div class="grid">
        ${[1, 2, 3].map(
          () =>
            html`<div class="card-skeleton panel">
              <span class="skeleton skeleton--tag"></span>
              <span class="skeleton skeleton--heading"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text skeleton--short"></span>
            </div>`,
        )}
      </div>
    </div>`;
  }

  /* eslint-disable lit-a11y/no-redundant-role -- WebKit treats a list styled `list-style: none`
     as a layout list and drops its role (https://yatil.de/blog/much-ado-about-no-lists). This is
     a list of content, so the role is stated, as nhsuk-frontend's do and don't list does. */
  private renderCards({programme, projects}: Projects): TemplateResult {
    return html`<ul
      part="list"
      class="grid"
      role="list"
      @feed-load=${this.containCardEvent}
      @feed-error=${this.containCardEvent}
    >
      ${repeat(
        projects,
        (project) => project.id,
        (project) =>
          html`<li part="item" class="item">
            <project-card
              exportparts=${CARD_PARTS}
              programme=${programme.id}
              project=${project.id}
              heading-level=${this.cardLevel}
              .feed=${this.cardSource.feed}
              .src=${this.cardSource.src}
            ></project-card>
          </li>`,
      )}
    </ul>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  /** Keeps a card's own feed events from reaching the page: the list has announced the feed already. */
  private containCardEvent(event: Event): void {
    event.stopPropagation();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'project-list': ProjectListElement;
  }
}
