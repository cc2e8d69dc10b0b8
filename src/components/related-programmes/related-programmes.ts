import {html, nothing, type TemplateResult} from 'lit';
import {customElement} from '../../internal/define.js';
import type {Feed, Programme} from '../../feed/feed.js';
import {FeedError} from '../../feed/feed-error.js';
import {selectFurtherReading, selectProgramme} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {formatPeriod} from '../../internal/format.js';
import {heading, subLevel} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {format} from '../../i18n/messages.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './related-programmes.styles.js';

/** One card of "Further reading", with every label already worked out. */
export interface ReadingCard {
  readonly kind: 'programme' | 'resource';
  /** The type label: the feed's, else the catalogue's "Programme" or "Resource". */
  readonly type: string;
  readonly title: string;
  readonly summary: string | undefined;
  /** "2014 to 2017", for programmes that give their years. */
  readonly years: string | undefined;
  /** "Published by …", for resources that name their publisher. */
  readonly publisher: string | undefined;
  /** The URL as the feed gives it; made safe (or dropped) where the link is rendered. */
  readonly url: string | undefined;
}

/** What `<related-programmes>` shows: the programme and its further reading. */
export interface FurtherReading {
  readonly programme: Programme;
  readonly cards: readonly ReadingCard[];
}

/**
 * The "Further reading" block of a programme: its resources (such as the evaluation report) and
 * related programmes, as a list of NHS.UK-style cards. Each card has a type label, a title (a
 * heading one level below the block's heading, and the card's only link, whose hit area
 * stretches over the card), a summary, and the years or publisher where the feed gives them.
 *
 * @summary A programme's further reading: related programmes and resources, as cards.
 *
 * @slot - Fallback content, shown until the element is ready (e.g. plain links for readers without JavaScript).
 *
 * @csspart base - The block: heading and list.
 * @csspart heading - The "Further reading" heading.
 * @csspart list - The list of cards.
 * @csspart item - One list item.
 * @csspart card - One card.
 * @csspart type - A card's type label ("Research report", "Programme").
 * @csspart title - A card's heading.
 * @csspart link - A card heading's link, and the link in the error state.
 * @csspart summary - A card's summary.
 * @csspart meta - A card's years or publisher line.
 * @csspart empty - The sentence shown when there is no further reading.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-card-hover-border-colour=#aeb7bd] - Border on hover of a card whose heading is a link.
 * @cssprop [--pe-related-min-card-width=280px] - Narrowest a card gets before the list drops a column.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such programme.
 */
@customElement('related-programmes')
export class RelatedProgrammesElement extends FeedElement<FurtherReading> {
  static override styles = [sharedStyles, styles];

  protected override select(feed: Feed): FurtherReading | FeedError {
    const programme = selectProgramme(feed, this.programmeId);
    if (programme instanceof FeedError) return programme;
    // selectFurtherReading lists the resources first, one item each and in feed order, so the
    // n-th resource item is the programme's n-th resource: that is where its publisher is.
    const resources = programme.resources ?? [];
    let resourceIndex = 0;
    const cards = selectFurtherReading(feed, programme).map((item): ReadingCard => {
      const resource = item.kind === 'resource' ? resources[resourceIndex++] : undefined;
      const publisher = resource?.publisher?.name;
      return {
        kind: item.kind,
        type: item.type ?? (item.kind === 'programme' ? this.t.programmeType : this.t.resourceType),
        title: item.title,
        summary: item.summary,
        years: item.period ? formatPeriod(item.period, this.t) : undefined,
        publisher: publisher ? format(this.t.publishedBy, {publisher}) : undefined,
        url: item.url,
      };
    });
    return {programme, cards};
  }

  protected override renderReady({cards}: FurtherReading, base: string | undefined): TemplateResult {
    return html`<div part="base" class="content">
      ${heading(this.level, this.t.furtherReading, 'heading')}
      ${cards.length ? this.renderList(cards, base) : html`<p part="empty" class="empty">${this.t.noFurtherReading}</p>`}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    const card = html`<div class="card panel">
      <span class="skeleton skeleton--tag"></span>
      <span class="skeleton skeleton--title"></span>
      <span class="skeleton skeleton--text"></span>
      <span class="skeleton skeleton--text"></span>
      <span class="skeleton skeleton--text skeleton--short"></span>
    </div>`;
    return html`<div part="skeleton base" class="content" aria-busy="true">
      <span class="visually-hidden">${this.t.loading}</span>
      <span class="skeleton skeleton--heading"></span>
      <div class="list">${card}${card}</div>
    </div>`;
  }

  private renderList(cards: readonly ReadingCard[], base: string | undefined): TemplateResult {
    // role="list" is not redundant here: Safari drops the list role from a list styled with
    // list-style: none, and people using VoiceOver then lose "list, 2 items".
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul part="list" class="list" role="list">
      ${cards.map((card) => this.renderCard(card, base))}
    </ul>`;
  }

  private renderCard(card: ReadingCard, base: string | undefined): TemplateResult {
    const href = safeHref(card.url, base);
    const title = href ? html`<a part="link" href=${href}>${card.title}</a>` : card.title;
    const meta = [card.years, card.publisher].filter((text): text is string => Boolean(text));
    return html`<li part="item" class="item">
      <div part="card" class="card panel ${href ? 'panel--clickable' : ''}">
        <p><span part="type" class="tag type">${card.type}</span></p>
        ${heading(subLevel(this.level), title, 'title')}
        ${card.summary ? html`<p part="summary" class="summary">${card.summary}</p>` : nothing}
        ${meta.map((text) => html`<p part="meta" class="meta">${text}</p>`)}
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-programmes': RelatedProgrammesElement;
  }
}
