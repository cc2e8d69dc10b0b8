import {css} from 'lit';

export const styles = css`
  :host {
    --_page-gap: var(--pe-page-gap, 40px);
    --_promo-label: var(--pe-promo-label-colour, var(--nhsuk-brand-colour, #005eb8));
  }

  @media (min-width: 40.0625em) {
    :host {
      --_page-gap: var(--pe-page-gap, 48px);
    }
  }

  .content {
    display: flex;
    flex-direction: column;
    gap: var(--_page-gap);
    min-inline-size: 0;
  }

  /* No section pushes the page wider than its box. Each section's top heading keeps its own
     size: --pe-heading-size on the page sizes the summary's title, the page's top heading. */
  .content > * {
    min-inline-size: 0;
  }

  .content > :not(programme-summary) {
    --pe-heading-size: initial;
  }

  /* The page's gap spaces the sections: the key facts card's own margin below is not wanted. */
  .content > programme-summary::part(facts) {
    margin-block-end: 0;
  }

  /* Promos: NHS.UK feature cards (a card whose heading is a blue label over its top edge), in a
     card group: as many columns as fit, one in a narrow column. */
  .promos {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    gap: var(--_r7) var(--_r4);
    margin: 0;
    padding-block-start: var(--_s2);
    list-style: none;
  }

  .promo {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-inline-size: 0;
    padding-block-start: 0;
  }

  /* nhsuk-card__heading--feature: the heading-m size, 8px above the card's top edge. */
  .promo-title:is(h1, h2, h3, h4, h5, h6) {
    --_h-fs: var(--_fs-m);
    --_h-lh: var(--_lh-m);
    position: relative;
    inset-block-start: -8px;
    max-inline-size: calc(100% + var(--_card-padding) + 1px);
    margin-block: 0 var(--_s2);
    margin-inline-start: calc(-1 * var(--_card-padding) - 1px);
    padding: var(--_s2) var(--_card-padding);
    color: #ffffff;
    background-color: var(--_promo-label);
  }

  .promo__body > :last-child {
    margin-block-end: 0;
  }

  .promo__action {
    font-weight: 600;
  }

  /* A quoted social post: the account's name in bold above the post's words. */
  .promo__post {
    margin: 0;
  }

  .promo__post > :last-child {
    margin-block-end: 0;
  }

  .promo__author {
    font-weight: 600;
    margin-block-end: var(--_s2);
  }

  .promo__quote {
    margin: 0;
  }

  .skeleton-section {
    display: flex;
    flex-direction: column;
    gap: var(--_r4);
  }

  .skeleton-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    gap: var(--_r4);
  }

  .skeleton--title {
    block-size: calc(var(--_fs-xl) * var(--_lh-xl) * 2 / var(--_body) * 1em);
    inline-size: 90%;
  }

  .skeleton--heading {
    block-size: calc(var(--_fs-l) * var(--_lh-l) / var(--_body) * 1em);
    inline-size: 40%;
  }

  /* The summary's key points, description and key facts, about as tall as the reference page's. */
  .skeleton--box {
    block-size: 87.5em;
  }

  .skeleton--tag {
    block-size: 1.5em;
    inline-size: 7.5em;
    max-inline-size: 60%;
  }

  .skeleton--card-title {
    block-size: 1.75em;
    inline-size: 80%;
  }

  @container (min-width: 600px) {
    .skeleton--box {
      block-size: 40em;
    }
  }

  @media (forced-colors: active) {
    .promo-title {
      border: 1px solid CanvasText;
    }
  }
`;
