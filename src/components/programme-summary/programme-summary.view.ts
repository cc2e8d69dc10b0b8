import {html, nothing, type TemplateResult} from 'lit';
import type {Programme} from '../../feed/feed.js';
import {selectProgramme} from '../../feed/select.js';
import {isolatedFormat} from '../../internal/bidi.js';
import {formatCount, formatDuration, formatMoney, formatPeriod} from '../../internal/format.js';
import {heading, subLevel} from '../../internal/heading.js';
import {renderImage} from '../../internal/image.js';
import {safeHref} from '../../internal/links.js';
import {renderStatusTag} from '../../internal/status.js';
import {localText, pickText} from '../../internal/text.js';
import {bars, lines, loadingWord, skeleton, type Bar} from '../../internal/skeleton.js';
import type {ElementView, ViewContext} from '../../internal/view.js';

export interface SummaryOptions {
  /** Leaves out the link to the programme's own page (for a summary shown on that page). */
  readonly noMoreLink?: boolean;
}

/** `<programme-summary>`: the named programme (or the feed's one programme). */
export const summaryView: ElementView<Programme, SummaryOptions> = {
  select: selectProgramme,
  render: renderSummary,
  skeleton: renderSummarySkeleton,
};

/** One row of the key facts: a label from the catalogue and a formatted value. */
interface Fact {
  readonly label: string;
  readonly value: string;
}

/** The opening of a programme: title, strapline, status, image, key points, description, link and key facts. */
export function renderSummary(
  programme: Programme,
  context: ViewContext,
  options: SummaryOptions = {},
): TemplateResult {
  const {t, level, feedUrl, lang} = context;
  const status = programme.status;
  const page = options.noMoreLink ? undefined : safeHref(programme.url, feedUrl);
  return html`<div part="base" class="content summary">
    <div part="header" class="header">
      ${heading(level, localText(programme.title, lang), 'title')}
      ${programme.strapline ? html`<p part="strapline" class="strapline">${localText(programme.strapline, lang)}</p>` : nothing}
      ${status ? renderStatusTag(status, t) : nothing}
    </div>
    ${renderImage(programme.image, context)}
    <div part="body" class="body">
      ${
        status?.text
          ? html`<div part="notice" class="inset">
              <span class="visually-hidden">${t.information}</span>
              <p>${localText(status.text, lang)}</p>
            </div>`
          : nothing
      }
      ${
        programme.keyPoints?.length
          ? html`<ul part="key-points" class="key-points">
              ${programme.keyPoints.map((point) => html`<li part="key-point">${localText(point, lang)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        programme.description?.length
          ? html`<div part="description" class="description">
              ${programme.description.map((paragraph) => html`<p>${localText(paragraph, lang)}</p>`)}
            </div>`
          : nothing
      }
      ${
        page
          ? html`<p part="more" class="more">
              <a part="link" href=${page}
                >${isolatedFormat(t.moreAboutProgramme, {title: pickText(programme.title, lang)})}</a
              >
            </p>`
          : nothing
      }
    </div>
    ${renderFacts(factsOf(programme, context), context)}
  </div>`;
}

export function renderSummarySkeleton({t}: ViewContext): TemplateResult {
  return skeleton(
    'content summary',
    html`<div class="header">${loadingWord(t)}${bars('title', ...lines(2), 'tag')}</div>`,
    html`<div class="body">${bars('inset', ...lines(8))}</div>`,
    html`<div class="facts panel">${bars(...Array<Bar>(5).fill('text'))}</div>`,
  );
}

function renderFacts(facts: readonly Fact[], {t, level}: ViewContext): TemplateResult | typeof nothing {
  if (facts.length === 0) return nothing;
  return html`<div part="facts" class="facts panel">
    ${heading(subLevel(level), t.keyFacts, 'facts-title')}
    <dl part="facts-list" class="summary-list">
      ${facts.map(
        (fact) =>
          html`<div part="fact" class="row">
            <dt part="fact-key" class="key">${fact.label}</dt>
            <dd part="fact-value" class="value">${fact.value}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}

/** The key facts the feed gives, in the reference page's order. */
function factsOf(programme: Programme, {t, lang}: ViewContext): Fact[] {
  const facts: Fact[] = [];
  if (programme.fundingPerTeam)
    facts.push({label: t.fundingPerTeam, value: formatMoney(programme.fundingPerTeam, lang, t)});
  if (programme.durationMonths !== undefined)
    facts.push({label: t.duration, value: formatDuration(programme.durationMonths, lang, t)});
  if (programme.teams !== undefined) facts.push({label: t.teams, value: formatCount(programme.teams, lang)});
  if (programme.period) facts.push({label: t.years, value: formatPeriod(programme.period, t, lang)});
  return facts;
}
