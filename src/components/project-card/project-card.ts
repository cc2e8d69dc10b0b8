import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {customElement} from '../../internal/define.js';
import type {Feed, Programme, Project} from '../../feed/feed.js';
import type {FeedError} from '../../feed/feed-error.js';
import {selectProject} from '../../feed/select.js';
import {FeedElement} from '../../internal/feed-element.js';
import {heading} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {sharedStyles} from '../../styles/shared.styles.js';
import {styles} from './project-card.styles.js';

/**
 * One funded project as an NHS.UK-style card: type tag, title, summary, lead organisation and
 * optional image. Only the heading is a link; its hit area stretches over the whole card.
 *
 * @summary One project from a programme feed, as a card.
 *
 * @slot - Fallback content, shown until the card is ready (e.g. a plain link for readers without JavaScript).
 *
 * @csspart base - The card.
 * @csspart image - The project image.
 * @csspart body - The card's text.
 * @csspart type - The project type tag.
 * @csspart title - The heading.
 * @csspart link - The heading's link, and the link in the error state.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The lead organisation and partners.
 * @csspart error - The error message.
 * @csspart fallback - The wrapper of the fallback content.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--pe-card-hover-border-colour=#aeb7bd] - Border on hover of a card whose heading is a link.
 *
 * @fires {FeedLoadEvent} feed-load - The element's own feed (from `src` or `feed`) is ready.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded or is invalid, or it has no such project.
 */
@customElement('project-card')
export class ProjectCardElement extends FeedElement<{programme: Programme; project: Project}> {
  static override styles = [sharedStyles, styles];

  /** Id of the project to show. */
  @property({reflect: true}) project: string | undefined = undefined;

  protected override select(feed: Feed): {programme: Programme; project: Project} | FeedError {
    return selectProject(feed, this.programmeId, this.project);
  }

  protected override renderReady({project}: {project: Project}, base: string | undefined): TemplateResult {
    const href = safeHref(project.url, base);
    const image = project.image;
    const imageSrc = image ? safeHref(image.src, base) : undefined;
    return html`<article part="base" class="card panel ${href ? 'panel--clickable' : ''} content">
      ${image && imageSrc ? html`<img part="image" class="image" src=${imageSrc} alt=${image.alt} loading="lazy" />` : nothing}
      <div part="body" class="body">
        ${project.type ? html`<p><span part="type" class="tag type">${project.type}</span></p>` : nothing}
        ${heading(this.level, href ? html`<a part="link" href=${href}>${project.title}</a>` : project.title, 'title')}
        ${project.summary ? html`<p part="summary" class="summary">${project.summary}</p>` : nothing}
        ${this.renderMeta(project)}
      </div>
    </article>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="skeleton base" class="card panel content" aria-busy="true">
      <div class="body">
        <span class="visually-hidden">${this.t.loading}</span>
        <span class="skeleton skeleton--tag"></span>
        <span class="skeleton skeleton--title"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text"></span>
        <span class="skeleton skeleton--text"></span>
      </div>
    </div>`;
  }

  private renderMeta(project: Project): TemplateResult | typeof nothing {
    const partners = project.partners ?? [];
    if (!project.lead && partners.length === 0) return nothing;
    return html`<dl part="meta" class="meta">
      ${
        project.lead
          ? html`<dt>${this.t.leadOrganisation}</dt>
              <dd>${project.lead.name}</dd>`
          : nothing
      }
      ${
        partners.length
          ? html`<dt>${this.t.partners}</dt>
              <dd>${partners.map((partner) => partner.name).join(', ')}</dd>`
          : nothing
      }
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'project-card': ProjectCardElement;
  }
}
