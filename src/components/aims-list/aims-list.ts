import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Aim, Feed} from '../../feed/feed.js';
import {FeedError} from '../../feed/feed-error.js';
import {selectProgramme} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {heading, subLevel, type HeadingLevel} from '../../internal/heading.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './aims-list.styles.js';

/** A programme's aims as shown: introduction, the aims themselves, conclusion. */
interface Aims {
  readonly introduction: string | undefined;
  readonly items: readonly Aim[];
  readonly conclusion: string | undefined;
}

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
  @property({type: Boolean, attribute: 'no-heading', reflect: true}) noHeading = false;

  /** The aims' heading level: one below "Aims", or `heading-level` itself with `no-heading`. */
  private aimLevel: HeadingLevel = 3;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.aimLevel = this.noHeading ? this.level : subLevel(this.level);
  }

  protected override select(feed: Feed): Aims | FeedError {
    const programme = selectProgramme(feed, this.programmeId);
    if (programme instanceof FeedError) return programme;
    const aims = programme.aims;
    return {introduction: aims?.introduction, items: aims?.items ?? [], conclusion: aims?.conclusion};
  }

  protected override renderReady(aims: Aims): TemplateResult {
    return html`<div part="base" class="content aims">
      ${this.renderTitle()}
      ${aims.items.length === 0 ? html`<p part="empty" class="empty">${this.t.noAims}</p>` : this.renderAims(aims)}
    </div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="skeleton base" class="content aims" aria-busy="true">
      <span class="visually-hidden">${this.t.loading}</span>
      ${this.noHeading ? nothing : html`<span class="skeleton skeleton--title"></span>`}
      <div>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text skeleton--short"></span>
      </div>
      <div class="list">
        ${[1, 2, 3].map(
          () =>
            html`<div class="aim panel">
              <span class="skeleton skeleton--heading"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text"></span>
              <span class="skeleton skeleton--text skeleton--short"></span>
            </div>`,
        )}
      </div>
      <div>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text skeleton--short"></span>
      </div>
    </div>`;
  }

  /* eslint-disable lit-a11y/no-redundant-role -- WebKit treats a list styled `list-style: none`
     as a layout list and drops its role (https://yatil.de/blog/much-ado-about-no-lists). These
     are lists of content, so the role is stated, as nhsuk-frontend's do and don't list does. */
  private renderAims(aims: Aims): TemplateResult {
    return html`${aims.introduction ? html`<p part="introduction" class="introduction">${aims.introduction}</p>` : nothing}
      <ul part="list" class="list" role="list">
        ${aims.items.map(
          (aim) =>
            html`<li part="aim" class="aim panel">
              ${heading(this.aimLevel, aim.heading, 'aim-title')}
              ${aim.text ? html`<p part="aim-text" class="aim-text">${aim.text}</p>` : nothing}
            </li>`,
        )}
      </ul>
      ${aims.conclusion ? html`<p part="conclusion" class="conclusion">${aims.conclusion}</p>` : nothing}`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  private renderTitle(): TemplateResult | typeof nothing {
    return this.noHeading ? nothing : heading(this.level, this.t.aims, 'title');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aims-list': AimsListElement;
  }
}
