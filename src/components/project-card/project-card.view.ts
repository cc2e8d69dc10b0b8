import {html, nothing, type TemplateResult} from 'lit';
import type {Project} from '../../feed/feed.js';
import {selectProject, type ProjectSelection} from '../../feed/select.js';
import {isolatedList} from '../../internal/bidi.js';
import {heading} from '../../internal/heading.js';
import {renderImage} from '../../internal/image.js';
import {safeHref} from '../../internal/links.js';
import {localText, pickText} from '../../internal/text.js';
import {cardSkeleton} from '../../internal/skeleton.js';
import type {ElementView, ViewContext} from '../../internal/view.js';

/** `<project-card>`: the project `project` names, in the named programme or any. */
export const projectCardView: ElementView<ProjectSelection, {readonly project: string | undefined}> = {
  select: (feed, programmeId, {project}) => selectProject(feed, programmeId, project),
  render: renderProjectCard,
  skeleton: renderProjectCardSkeleton,
};

/** One project as an NHS.UK card: image, type tag, title (the only link), summary, lead and partners. */
export function renderProjectCard({project}: ProjectSelection, context: ViewContext): TemplateResult {
  const {level, feedUrl, lang} = context;
  const href = safeHref(project.url, feedUrl);
  return html`<article part="base" class="card panel ${href ? 'panel--clickable' : ''} content">
    ${renderImage(project.image, context)}
    <div part="body" class="body">
      ${project.type ? html`<p><span part="type" class="tag type">${localText(project.type, lang)}</span></p>` : nothing}
      ${heading(level, href ? html`<a part="link" href=${href}>${localText(project.title, lang)}</a>` : localText(project.title, lang), 'title')}
      ${project.summary ? html`<p part="summary" class="summary">${localText(project.summary, lang)}</p>` : nothing}
      ${renderMeta(project, context)}
    </div>
  </article>`;
}

export function renderProjectCardSkeleton({t}: ViewContext): TemplateResult {
  return cardSkeleton(t, 'tag', 'title', 'text', 'text', 'text');
}

function renderMeta(project: Project, {t, lang}: ViewContext): TemplateResult | typeof nothing {
  const partners = project.partners ?? [];
  if (!project.lead && partners.length === 0) return nothing;
  return html`<dl part="meta" class="meta">
    ${
      project.lead
        ? html`<dt>${t.leadOrganisation}</dt>
            <dd>${localText(project.lead.name, lang)}</dd>`
        : nothing
    }
    ${
      partners.length
        ? html`<dt>${t.partners}</dt>
            <dd>${isolatedList(partners.map((partner) => pickText(partner.name, lang)))}</dd>`
        : nothing
    }
  </dl>`;
}
