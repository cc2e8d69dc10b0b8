import {customElement} from '../../internal/define.js';
import type {FurtherReading} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {cardSkeletonStyles} from '../../styles/card-skeleton.styles.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './related-programmes.styles.js';
import {furtherReadingView} from './related-programmes.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * The "Further reading" block of a programme: its resources (such as the evaluation report) as
 * well as its related programmes and the projects of its own it names (`{"project": "<id>"}`),
 * as a list of NHS.UK-style cards. The tag is named for the
 * related programmes, but the block holds resources too, first, as on the reference page. Each card has a type label, a title (a
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
 * @csspart type - A card's type label ("Research report", "Programme", "Improvement project").
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
  static override styles = [sharedStyles, cardSkeletonStyles, styles];

  /** @internal */
  override readonly elementView = furtherReadingView;
}
