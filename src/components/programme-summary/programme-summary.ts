import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Programme} from '../../feed/feed.js';
import {FeedElement} from '../../internal/feed-element.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {statusTagStyles} from '../../styles/status-tag.styles.js';
import {styles} from './programme-summary.styles.js';
import {summaryView} from './programme-summary.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

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
export class ProgrammeSummaryElement extends FeedElement<Programme> {
  static override styles = [sharedStyles, statusTagStyles, styles];

  /**
   * Leaves out the "More about …" link to the programme's page: for a summary shown on that page
   * itself, where the link would lead back to where the reader is (`<programme-page>` sets it).
   */
  @property({type: Boolean, attribute: 'no-more-link', reflect: true, useDefault: true}) noMoreLink = false;

  /** @internal */
  override readonly elementView = summaryView;
}
