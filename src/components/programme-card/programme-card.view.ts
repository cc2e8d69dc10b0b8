import {html, nothing, type TemplateResult} from 'lit';
import type {Programme} from '../../feed/feed.js';
import {selectProgramme} from '../../feed/select.js';
import {formatPeriod} from '../../internal/format.js';
import {heading} from '../../internal/heading.js';
import {renderImage} from '../../internal/image.js';
import {safeHref} from '../../internal/links.js';
import {renderStatusTag} from '../../internal/status.js';
import {localText} from '../../internal/text.js';
import {cardSkeleton} from '../../internal/skeleton.js';
import type {ElementView, ViewContext} from '../../internal/view.js';

/** `<programme-card>`: the named programme (or the feed's one programme). */
export const programmeCardView: ElementView<Programme> = {
  select: selectProgramme,
  render: renderProgrammeCard,
  skeleton: renderProgrammeCardSkeleton,
};

/** One programme as an NHS.UK card: thumbnail, title (the only link), strapline, status tag and years. */
export function renderProgrammeCard(programme: Programme, context: ViewContext): TemplateResult {
  const {t, level, feedUrl, lang} = context;
  const href = safeHref(programme.url, feedUrl);
  return html`<article part="base" class="card panel ${href ? 'panel--clickable' : ''} content">
    ${renderImage(programme.image, context)}
    <div part="body" class="body">
      ${heading(level, href ? html`<a part="link" href=${href}>${localText(programme.title, lang)}</a>` : localText(programme.title, lang), 'title')}
      ${programme.strapline ? html`<p part="strapline" class="summary">${localText(programme.strapline, lang)}</p>` : nothing}
      ${programme.status ? renderStatusTag(programme.status, t) : nothing}
      ${
        programme.period
          ? html`<dl part="meta" class="meta">
              <dt>${t.years}</dt>
              <dd>${formatPeriod(programme.period, t, lang)}</dd>
            </dl>`
          : nothing
      }
    </div>
  </article>`;
}

export function renderProgrammeCardSkeleton({t}: ViewContext): TemplateResult {
  return cardSkeleton(t, 'title', 'text', 'text short', 'tag', 'text short');
}
