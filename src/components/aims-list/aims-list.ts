import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Aims} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './aims-list.styles.js';
import {aimsListView} from './aims-list.view.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

/**
 * A programme's aims: the introduction, then each aim as a heading and its text in a list of
 * NHS.UK-style cards, then the conclusion.
 *
 * Headings: by default the element opens with a visible "Aims" heading at `heading-level`, and
 * each aim's heading sits one level below it, so `<aims-list heading-level="2">` on a page gives
 * an `h2` "Aims" with an `h3` per aim. With `no-heading` (when the page supplies its own section
 * heading) the aims' headings take `heading-level` itself. When the programme has no aims, the
 * heading stays and a sentence says so.
 *
 * @summary A programme's aims, each with its heading and text.
 *
 * @slot - Fallback content, shown until the aims are ready (e.g. a link to the programme's page, for readers without JavaScript).
 *
 * @csspart base - The element's outer wrapper.
 * @csspart title - The "Aims" heading, at `heading-level` (absent with `no-heading`).
 * @csspart introduction - The paragraph before the aims.
 * @csspart list - The list of aims.
 * @csspart aim - One aim: a list item shown as a card.
 * @csspart aim-title - An aim's heading.
 * @csspart aim-text - An aim's text.
 * @csspart conclusion - The paragraph after the aims.
 * @csspart empty - The sentence shown when the programme has no aims.
 * @csspart error - The error message.
 * @csspart link - The link in the error state, to the programme's page.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-aims-min-column-width=240px] - The narrowest an aim's card gets before the cards wrap to fewer columns.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such programme.
 */
@customElement('aims-list')
export class AimsListElement extends FeedElement<Aims> {
  static override styles = [sharedStyles, styles];

  /** Leaves out the "Aims" heading; each aim's heading then takes `heading-level`. */
  @property({type: Boolean, attribute: 'no-heading', reflect: true, useDefault: true}) noHeading = false;

  /** @internal */
  override readonly elementView = aimsListView;
}
