import {html, nothing, type TemplateResult} from 'lit';
import {
  hasFurtherReading,
  selectFurtherReading,
  selectInProgramme,
  type FurtherReading,
  type ReadingItem,
} from '../../feed/select.js';
import {isolatedFormat} from '../../internal/bidi.js';
import {formatPeriod} from '../../internal/format.js';
import {heading, subLevel} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {localText, pickText} from '../../internal/text.js';
import {bars, lines, loadingWord, skeleton} from '../../internal/skeleton.js';
import type {ElementView, ViewContext} from '../../internal/view.js';

/** `<related-programmes>`: the named programme's further reading, resources and related programmes. */
export const furtherReadingView: ElementView<FurtherReading> = {
  select: selectInProgramme(selectFurtherReading),
  render: renderFurtherReading,
  skeleton: renderFurtherReadingSkeleton,
};

/** "Further reading": a heading, then each resource and related programme as a card in a list. */
export function renderFurtherReading(reading: FurtherReading, context: ViewContext): TemplateResult {
  const {t, level} = context;
  // role="list" is not redundant here: Safari drops the list role from a list styled with
  // list-style: none, and people using VoiceOver then lose "list, 2 items".
  return html`<div part="base" class="content">
    ${heading(level, t.furtherReading, 'heading')}
    ${
      hasFurtherReading(reading)
        ? // eslint-disable-next-line lit-a11y/no-redundant-role
          html`<ul part="list" class="list" role="list">
            ${reading.items.map((item) => renderCard(item, context))}
          </ul>`
        : html`<p part="empty" class="empty">${t.noFurtherReading}</p>`
    }
  </div>`;
}

export function renderFurtherReadingSkeleton({t}: ViewContext): TemplateResult {
  const card = html`<div class="card-skeleton panel">${bars('tag', 'title', ...lines(3))}</div>`;
  return skeleton('content', loadingWord(t), bars('heading'), html`<div class="list">${card}${card}</div>`);
}

function renderCard(item: ReadingItem, {t, level, feedUrl, lang}: ViewContext): TemplateResult {
  const href = safeHref(item.url, feedUrl);
  const title = href
    ? html`<a part="link" href=${href}>${localText(item.title, lang)}</a>`
    : localText(item.title, lang);
  const type = item.type
    ? localText(item.type, lang)
    : {programme: t.programmeType, project: t.projectType, resource: t.resourceType}[item.kind];
  const meta = [
    item.period ? formatPeriod(item.period, t, lang) : undefined,
    item.publisher ? isolatedFormat(t.publishedBy, {publisher: pickText(item.publisher, lang)}) : undefined,
  ].filter((text) => text !== undefined);
  return html`<li part="item" class="item">
    <div part="card" class="card panel ${href ? 'panel--clickable' : ''}">
      <p><span part="type" class="tag type">${type}</span></p>
      ${heading(subLevel(level), title, 'title')}
      ${item.summary ? html`<p part="summary" class="summary">${localText(item.summary, lang)}</p>` : nothing}
      ${meta.map((text) => html`<p part="meta" class="meta">${text}</p>`)}
    </div>
  </li>`;
}
