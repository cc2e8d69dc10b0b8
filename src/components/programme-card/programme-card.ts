import {customElement} from '../../internal/define.js';
import type {Programme} from '../../feed/feed.js';
import {FeedElement} from '../../internal/feed-element.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {statusTagStyles} from '../../styles/status-tag.styles.js';
import {styles as cardStyles} from '../project-card/project-card.styles.js';
import {styles} from './programme-card.styles.js';
import {programmeCardView} from './programme-card.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * One programme as an NHS.UK-style card, for a trust's "programmes we took part in" list: its
 * thumbnail, its title (the card's only link, to the programme's page, its hit area stretched
 * over the whole card), strapline, status tag and years.
 *
 * @summary One programme from a programme feed, as a card.
 *
 * @slot - Fallback content, shown until the card is ready (e.g. a plain link to the programme's page, for readers without JavaScript).
 *
 * @csspart base - The card.
 * @csspart image - The programme's thumbnail.
 * @csspart body - The card's text.
 * @csspart title - The heading.
 * @csspart link - The heading's link, and the link in the error state.
 * @csspart strapline - The strapline.
 * @csspart status - The paragraph holding the status tag.
 * @csspart status-tag - The status tag ("Closed for applications").
 * @csspart meta - The years.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-card-hover-border-colour=#aeb7bd] - Border on hover of a card whose heading is a link.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such programme.
 */
@customElement('programme-card')
export class ProgrammeCardElement extends FeedElement<Programme> {
  static override styles = [sharedStyles, statusTagStyles, cardStyles, styles];

  /** @internal */
  override readonly elementView = programmeCardView;
}
