import {html, nothing, type TemplateResult} from 'lit';
import {hasAims, selectAims, selectInProgramme, type Aims} from '../../feed/select.js';
import {heading, itemLevel, sectionHeading} from '../../internal/heading.js';
import {localText} from '../../internal/text.js';
import {bars, lines, sectionSkeleton} from '../../internal/skeleton.js';
import type {ElementView, ViewContext} from '../../internal/view.js';

export interface AimsOptions {
  /** Leaves out the "Aims" heading; the aims' headings then take the context's level. */
  readonly noHeading?: boolean;
}

/** `<aims-list>`: the named programme's aims. */
export const aimsListView: ElementView<Aims, AimsOptions> = {
  select: selectInProgramme(selectAims),
  render: renderAims,
  skeleton: renderAimsSkeleton,
};

/* eslint-disable lit-a11y/no-redundant-role -- WebKit treats a list styled `list-style: none`
   as a layout list and drops its role (https://yatil.de/blog/much-ado-about-no-lists). These
   are lists of content, so the role is stated, as nhsuk-frontend's do and don't list does. */
/** The "Aims" heading, then the introduction, each aim as a card in a list, and the conclusion. */
export function renderAims(aims: Aims, context: ViewContext, {noHeading}: AimsOptions = {}): TemplateResult {
  const {t, level, lang} = context;
  const aimLevel = itemLevel(level, noHeading);
  return html`<div part="base" class="content aims">
    ${sectionHeading(level, t.aims, noHeading)}
    ${
      hasAims(aims)
        ? html`${aims.introduction ? html`<p part="introduction" class="introduction">${localText(aims.introduction, lang)}</p>` : nothing}
            <ul part="list" class="list" role="list">
              ${aims.items.map(
                (aim) =>
                  html`<li part="aim" class="aim panel">
                    ${heading(aimLevel, localText(aim.heading, lang), 'aim-title')}
                    ${aim.text ? html`<p part="aim-text" class="aim-text">${localText(aim.text, lang)}</p>` : nothing}
                  </li>`,
              )}
            </ul>
            ${aims.conclusion ? html`<p part="conclusion" class="conclusion">${localText(aims.conclusion, lang)}</p>` : nothing}`
        : html`<p part="empty" class="empty">${t.noAims}</p>`
    }
  </div>`;
}
/* eslint-enable lit-a11y/no-redundant-role */

export function renderAimsSkeleton({t}: ViewContext, {noHeading}: AimsOptions = {}): TemplateResult {
  const aim = html`<div class="aim panel">${bars('heading', ...lines(4))}</div>`;
  return sectionSkeleton(
    'content aims',
    t,
    noHeading,
    html`<div>${bars(...lines(3))}</div>
      <div class="list">${aim}${aim}${aim}</div>
      <div>${bars(...lines(4))}</div>`,
  );
}
