import {html, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {Programme} from '../../feed/feed.js';
import {hasProgrammes, selectProgrammes, statusFilter, type ProgrammeListing} from '../../feed/select.js';
import {itemLevel, sectionHeading} from '../../internal/heading.js';
import {bars, sectionSkeleton} from '../../internal/skeleton.js';
import type {ElementView, Selected, ViewContext} from '../../internal/view.js';
import '../programme-card/programme-card.js';

export interface ProgrammeListOptions {
  /** Leaves out the "Programmes" heading; the cards' headings then take the context's level. */
  readonly noHeading?: boolean;
  /** Only programmes with this status (`open`, `closed`, `upcoming`, or several separated by spaces). */
  readonly status?: string | undefined;
}

/** `<programme-list>`: the feed's programmes, those with `status` when it is set. */
export const programmeListView: ElementView<ProgrammeListing, ProgrammeListOptions> = {
  select: (feed, _programmeId, {status}) => selectProgrammes(feed, statusFilter(status)),
  render: renderProgrammeList,
  skeleton: renderProgrammeListSkeleton,
};

/** The card's parts, exported under a `card-` prefix so a page can style the cards through the list. */
const CARD_PARTS =
  'base:card, image:card-image, body:card-body, title:card-title, link:card-link, strapline:card-strapline, status:card-status, status-tag:card-status-tag, meta:card-meta';

/**
 * "Programmes", then one `<programme-card>` per programme the listing kept. Each card is handed
 * the programme the list selected: the cards load, validate and announce nothing of their own.
 */
export function renderProgrammeList(
  listing: ProgrammeListing,
  context: ViewContext,
  {noHeading}: ProgrammeListOptions = {},
): TemplateResult {
  const {t, level} = context;
  return html`<div part="base" class="content programmes">
    ${sectionHeading(level, t.programmes, noHeading)}
    ${
      hasProgrammes(listing)
        ? renderCards(listing.programmes, context, itemLevel(level, noHeading))
        : // Only a status filter can leave a list empty: a feed with no programme to show is an error.
          html`<p part="empty" class="empty">${t.noProgrammesWithStatus}</p>`
    }
  </div>`;
}

/* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a list styled
   `list-style: none` (https://yatil.de/blog/much-ado-about-no-lists); this is a list of content. */
function renderCards(
  programmes: readonly Programme[],
  {lang, feedUrl}: ViewContext,
  cardLevel: number,
): TemplateResult {
  return html`<ul part="list" class="grid" role="list">
    ${repeat(
      programmes,
      (programme) => programme.id,
      (programme) =>
        html`<li part="item" class="item">
          <programme-card
            exportparts=${CARD_PARTS}
            programme=${programme.id}
            heading-level=${cardLevel}
            lang=${lang}
            .selected=${{data: programme, feedUrl} satisfies Selected<Programme>}
          ></programme-card>
        </li>`,
    )}
  </ul>`;
}
/* eslint-enable lit-a11y/no-redundant-role */

export function renderProgrammeListSkeleton({t}: ViewContext, {noHeading}: ProgrammeListOptions = {}): TemplateResult {
  const card = html`<div class="card-skeleton panel">${bars('heading', 'text', 'text short', 'tag')}</div>`;
  return sectionSkeleton('content programmes', t, noHeading, html`<div class="grid">${card}${card}${card}</div>`);
}
