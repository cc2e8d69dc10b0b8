import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {ProjectSelection} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './project-card.styles.js';
import {projectCardView} from './project-card.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * One funded project as an NHS.UK-style card: type tag, title, summary, lead organisation and
 * optional image. Only the heading is a link; its hit area stretches over the whole card.
 *
 * @summary One project from a programme feed, as a card.
 *
 * @slot - Fallback content, shown until the card is ready (e.g. a plain link for readers without JavaScript).
 *
 * @csspart base - The card.
 * @csspart image - The project image.
 * @csspart body - The card's text.
 * @csspart type - The project type tag.
 * @csspart title - The heading.
 * @csspart link - The heading's link, and the link in the error state.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The lead organisation and partners.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-card-hover-border-colour=#aeb7bd] - Border on hover of a card whose heading is a link.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such project.
 */
@customElement('project-card')
export class ProjectCardElement extends FeedElement<ProjectSelection> {
  static override styles = [sharedStyles, styles];

  /** Id of the project to show. */
  @property({reflect: true}) project: string | undefined = undefined;

  /** @internal */
  override readonly elementView = projectCardView;
}
