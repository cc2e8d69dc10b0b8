import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {Project} from '../../feed/feed.js';
import {selectInProgramme, selectProjects, type Projects, type ProjectSelection} from '../../feed/select.js';
import {itemLevel, sectionHeading} from '../../internal/heading.js';
import {localText} from '../../internal/text.js';
import {bars, lines, sectionSkeleton} from '../../internal/skeleton.js';
import type {ElementView, Selected, ViewContext} from '../../internal/view.js';
import '../project-card/project-card.js';

export interface ProjectListOptions {
  /** Leaves out the "Projects" heading; the cards' headings then take the context's level. */
  readonly noHeading?: boolean;
}

/** `<project-list>`: every project of the named programme. */
export const projectListView: ElementView<Projects, ProjectListOptions> = {
  select: selectInProgramme(selectProjects),
  render: renderProjectList,
  skeleton: renderProjectListSkeleton,
};

/** The card's parts, exported under a `card-` prefix so a page can style the cards through the list. */
const CARD_PARTS =
  'base:card, image:card-image, body:card-body, type:card-type, title:card-title, link:card-link, summary:card-summary, meta:card-meta';

/**
 * "Projects", the introduction, then one `<project-card>` per project. Each card is handed the
 * project the list selected: the cards load, validate and announce nothing of their own.
 */
export function renderProjectList(data: Projects, context: ViewContext, {noHeading}: ProjectListOptions = {}) {
  const {t, level, lang} = context;
  return html`<div part="base" class="content projects">
    ${sectionHeading(level, t.projects, noHeading)}
    ${
      data.introduction.length
        ? html`<div part="introduction" class="introduction">
            ${data.introduction.map((paragraph) => html`<p>${localText(paragraph, lang)}</p>`)}
          </div>`
        : nothing
    }
    ${
      data.projects.length === 0
        ? html`<p part="empty" class="empty">${t.noProjects}</p>`
        : renderCards(data, context, itemLevel(level, noHeading))
    }
  </div>`;
}

/* eslint-disable lit-a11y/no-redundant-role -- WebKit treats a list styled `list-style: none`
   as a layout list and drops its role (https://yatil.de/blog/much-ado-about-no-lists). This is
   a list of content, so the role is stated, as nhsuk-frontend's do and don't list does. */
function renderCards({programme, projects}: Projects, {lang, feedUrl}: ViewContext, cardLevel: number): TemplateResult {
  return html`<ul part="list" class="grid" role="list">
    ${repeat(
      projects,
      (project) => project.id,
      (project: Project) =>
        html`<li part="item" class="item">
          <project-card
            exportparts=${CARD_PARTS}
            programme=${programme.id}
            project=${project.id}
            heading-level=${cardLevel}
            lang=${lang}
            .selected=${{data: {programme, project}, feedUrl} satisfies Selected<ProjectSelection>}
          ></project-card>
        </li>`,
    )}
  </ul>`;
}
/* eslint-enable lit-a11y/no-redundant-role */

export function renderProjectListSkeleton({t}: ViewContext, {noHeading}: ProjectListOptions = {}): TemplateResult {
  const card = html`<div class="card-skeleton panel">${bars('tag', 'heading', ...lines(3))}</div>`;
  const grid = html`<div class="grid">${card}${card}${card}</div>`;
  return sectionSkeleton('content projects', t, noHeading, [html`<div>${bars(...lines(2))}</div>`, grid]);
}
