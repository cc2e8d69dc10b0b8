import {html, nothing, type TemplateResult} from 'lit';
import {html as staticHtml, literal} from 'lit/static-html.js';
import type {LocalText, Promo, SocialPost} from '../../feed/feed.js';
import {
  hasAims,
  hasFurtherReading,
  hasProjects,
  selectInProgramme,
  selectProgrammePage,
  type ProgrammePageSelection,
} from '../../feed/select.js';
import {heading, subLevel} from '../../internal/heading.js';
import {safeHref} from '../../internal/links.js';
import {localText} from '../../internal/text.js';
import {bars, lines, loadingWord, skeleton, type Bar} from '../../internal/skeleton.js';
import type {ElementView, Selected, ViewContext} from '../../internal/view.js';
import '../programme-summary/programme-summary.js';
import '../aims-list/aims-list.js';
import '../project-list/project-list.js';
import '../related-programmes/related-programmes.js';

/** `<programme-page>`: every section of the named programme, selected once. */
export const programmePageView: ElementView<ProgrammePageSelection> = {
  select: selectInProgramme(selectProgrammePage),
  render: renderProgrammePage,
  skeleton: renderProgrammePageSkeleton,
};

/**
 * A whole programme page: the summary at the context's level, then each section the programme
 * has something for (its heading one level below), then the promos. Each section's element is
 * handed what the page selected for it, so it loads, validates and announces nothing.
 */
export function renderProgrammePage(page: ProgrammePageSelection, context: ViewContext): TemplateResult {
  const {level, lang, feedUrl} = context;
  const id = page.programme.id;
  const sectionLevel = subLevel(level);
  const selected = <T>(data: T): Selected<T> => ({data, feedUrl});
  return html`<div part="base" class="content">
    <programme-summary
      part="summary"
      programme=${id}
      heading-level=${level}
      lang=${lang}
      no-more-link
      .selected=${selected(page.programme)}
    ></programme-summary>
    ${sections(page).map(([tag, part, data]) =>
      data
        ? staticHtml`<${tag}
            part=${part}
            programme=${id}
            heading-level=${sectionLevel}
            lang=${lang}
            .selected=${selected(data)}
          ></${tag}>`
        : nothing,
    )}
    ${page.programme.promos?.length ? renderPromos(page.programme.promos, context) : nothing}
  </div>`;
}

/**
 * The sections below the summary, in the page's order: each element's tag, its part, and what
 * the page selected for it, or `false` when the programme has nothing for it. The tags are
 * literals (lit/static-html.js), never built from a string.
 */
const sections = (page: ProgrammePageSelection) =>
  [
    [literal`aims-list`, 'aims', hasAims(page.aims) && page.aims],
    [literal`project-list`, 'projects', hasProjects(page.projects) && page.projects],
    [literal`related-programmes`, 'further-reading', hasFurtherReading(page.furtherReading) && page.furtherReading],
  ] as const;

function renderPromos(promos: readonly Promo[], context: ViewContext): TemplateResult {
  const {level, feedUrl, lang} = context;
  const promoLevel = subLevel(level);
  // role="list" is not redundant: Safari drops the list role from a list styled with list-style: none.
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ul part="promos" class="promos" role="list">
    ${promos.map((promo) => {
      const href = promo.action ? safeHref(promo.action.url, feedUrl) : undefined;
      return html`<li part="promo" class="promo panel">
        ${heading(promoLevel, localText(promo.title, lang), 'promo-title')}
        <div class="promo__body">
          ${promo.text ? html`<p part="promo-text" class="promo__text">${localText(promo.text, lang)}</p>` : nothing}
          ${promo.post ? renderPost(promo.post, promo.title, context) : nothing}
          ${
            promo.action && href
              ? html`<p class="promo__action">
                  <a part="promo-link" href=${href}
                    >${localText(promo.action.label, lang)}<span class="visually-hidden">
                      (${localText(promo.title, lang)})</span
                    ></a
                  >
                </p>`
              : nothing
          }
        </div>
      </li>`;
    })}
  </ul>`;
}

/**
 * A social post quoted in a promo ("Get social"): the account's name, the post's words as
 * posted (emoji and all), and a link to the post named for the promo it is in.
 */
function renderPost(post: SocialPost, promoTitle: LocalText, {t, feedUrl, lang}: ViewContext): TemplateResult {
  const href = safeHref(post.url, feedUrl);
  return html`<figure part="promo-post" class="promo__post">
    <figcaption part="promo-post-author" class="promo__author">${localText(post.author, lang)}</figcaption>
    <blockquote part="promo-post-text" class="promo__quote"><p>${localText(post.text, lang)}</p></blockquote>
    ${
      href
        ? html`<p class="promo__action">
            <a part="promo-link" href=${href}
              >${t.viewPost}<span class="visually-hidden"> (${localText(promoTitle, lang)})</span></a
            >
          </p>`
        : nothing
    }
  </figure>`;
}

/**
 * The shape of a typical programme page (the reference page): summary, aims with three cards,
 * projects with six, further reading with two, two promos. The page cannot know the real
 * counts before its feed arrives; a typical page keeps what moves when it does small.
 */
export function renderProgrammePageSkeleton({t}: ViewContext): TemplateResult {
  const card = html`<div class="card-skeleton panel">${bars('tag', 'card-title', ...lines(3))}</div>`;
  const cards = (count: number) => html`<div class="skeleton-grid">${Array<TemplateResult>(count).fill(card)}</div>`;
  const section = (count: number, introduction: number) =>
    html`<div class="skeleton-section">
      ${bars('heading', ...Array<Bar>(introduction).fill('text'))} ${cards(count)}
    </div>`;
  const summary = html`<div class="skeleton-section">${bars('title', ...lines(2), 'box')}</div>`;
  return skeleton('content', loadingWord(t), summary, section(3, 2), section(6, 3), section(2, 0), cards(2));
}
