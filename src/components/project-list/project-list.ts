import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Projects} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {cardSkeletonStyles} from '../../styles/card-skeleton.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './project-list.styles.js';
import {projectListView} from './project-list.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * Every project of a programme: the introduction paragraphs, then one `<project-card>` per
 * project in a responsive grid (as many columns as fit, one in a 280px column).
 *
 * Headings: by default the element opens with a visible "Projects" heading at `heading-level`,
 * and each card's heading sits one level below it. With `no-heading` (when the page supplies its
 * own section heading) the cards' headings take `heading-level` itself. When the programme has no
 * projects, the heading and introduction stay and a sentence says so.
 *
 * The list selects its projects once and hands each card its project: the cards load, validate
 * and announce nothing of their own, so the list's `feed-load` / `feed-error` stand for them,
 * and relative links in the feed resolve against the feed's URL, as the list's do.
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
  static override styles = [sharedStyles, cardSkeletonStyles, styles];

  /** Leaves out the "Projects" heading; each card's heading then takes `heading-level`. */
  @property({type: Boolean, attribute: 'no-heading', reflect: true, useDefault: true}) noHeading = false;

  /** @internal */
  override readonly elementView = projectListView;
}
