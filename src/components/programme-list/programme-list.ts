import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {ProgrammeListing} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {cardSkeletonStyles} from '../../styles/card-skeleton.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles as gridStyles} from '../project-list/project-list.styles.js';
import {styles} from './programme-list.styles.js';
import {programmeListView} from './programme-list.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * Every programme of a feed (an organisation-wide feed holds many), in feed order, as a grid of
 * `<programme-card>`s: as many columns as fit, one in a 280px column. `status` keeps only the
 * programmes with that status, e.g. `status="open"` for what is open for applications now. The
 * list shows the whole feed, so `programme` names nothing here.
 *
 * Headings: by default a visible "Programmes" heading at `heading-level`, each card's heading one
 * level below it; with `no-heading` the cards' headings take `heading-level` itself. When no
 * programme has the status asked for, the heading stays and a sentence says so.
 *
 * The list selects once and hands each card its programme: the cards load, validate and announce
 * nothing of their own, so the list's `feed-load` / `feed-error` stand for them.
 *
 * @summary Every programme of a feed, as a grid of cards, optionally only those with one status.
 *
 * @slot - Fallback content, shown until the list is ready (e.g. a list of links to the programmes, for readers without JavaScript).
 *
 * @csspart base - The element's outer wrapper.
 * @csspart title - The "Programmes" heading, at `heading-level` (absent with `no-heading`).
 * @csspart list - The grid of programmes (a list).
 * @csspart item - One list item, holding one card.
 * @csspart card - A programme card (its `base` part).
 * @csspart card-image - A card's thumbnail.
 * @csspart card-body - A card's text.
 * @csspart card-title - A card's heading.
 * @csspart card-link - A card's heading link.
 * @csspart card-strapline - A card's strapline.
 * @csspart card-status - The paragraph holding a card's status tag.
 * @csspart card-status-tag - A card's status tag.
 * @csspart card-meta - A card's years.
 * @csspart empty - The sentence shown when no programme has the status asked for.
 * @csspart error - The error message.
 * @csspart link - The link in the error state.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-programme-list-min-column-width=256px] - The narrowest a card gets before the grid has fewer columns.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid.
 */
@customElement('programme-list')
export class ProgrammeListElement extends FeedElement<ProgrammeListing> {
  static override styles = [sharedStyles, cardSkeletonStyles, gridStyles, styles];

  /** Only programmes with this status: `open`, `closed` or `upcoming`, or several separated by spaces. Unset, every programme. */
  @property({reflect: true}) status: string | undefined = undefined;

  /** Leaves out the "Programmes" heading; each card's heading then takes `heading-level`. */
  @property({type: Boolean, attribute: 'no-heading', reflect: true, useDefault: true}) noHeading = false;

  /** @internal */
  override readonly elementView = programmeListView;
}
