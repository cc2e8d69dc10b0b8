import {html, nothing, type TemplateResult} from 'lit';
import type {Project} from '../../feed/feed.js';
import type {ProjectSelection} from '../../feed/select.js';
import {isolatedList} from '../../internal/bidi.js';
import {heading} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import type {ViewContext} from '../../internal/view.js';

/** One project as an NHS.UK card: image, type tag, title (the only link), summary, lead and partners. */
export function renderProjectCard({project}: ProjectSelection, context: ViewContext): TemplateResult {
  const {level, feedUrl} = context;
  const href = safeHref(project.url, feedUrl);
  const image = project.image;
  const imageSrc = image ? safeHref(image.src, feedUrl) : undefined;
  return html`<article part="base" class="card panel ${href ? 'panel--clickable' : ''} content">
    ${image && imageSrc ? html`<img part="image" class="image" src=${imageSrc} alt=${image.alt} loading="lazy" />` : nothing}
    <div part="body" class="body">
      ${project.type ? html`<p><span part="type" class="tag type">${project.type}</span></p>` : nothing}
      ${heading(level, href ? html`<a part="link" href=${href}>${project.title}</a>` : project.title, 'title')}
      ${project.summary ? html`<p part="summary" class="summary">${project.summary}</p>` : nothing}
      ${renderMeta(project, context)}
    </div>
  </article>`;
}

export function renderProjectCardSkeleton({t}: ViewContext): TemplateResult {
  return html`<div part="skeleton base" class="card panel content" aria-busy="true">
    <div class="body">
      <span class="visually-hidden">${t.loading}</span>
      <span class="skeleton skeleton--tag"></span>
      <span class="skeleton skeleton--title"></span>
      <span class="skeleton skeleton--text"></span>
      <span class="skeleton skeleton--text"></span>
      <span class="skeleton skeleton--text"></span>
    </div>
  </div>`;
}

function renderMeta(project: Project, {t}: ViewContext): TemplateResult | typeof nothing {
  const partners = project.partners ?? [];
  if (!project.lead && partners.length === 0) return nothing;
  return html`<dl part="meta" class="meta">
    ${
      project.lead
        ? html`<dt>${t.leadOrganisation}</dt>
            <dd>${project.lead.name}</dd>`
        : nothing
    }
    ${
      partners.length
        ? html`<dt>${t.partners}</dt>
            <dd>${isolatedList(partners.map((partner) => partner.name))}</dd>`
        : nothing
    }
  </dl>`;
}
