import {css} from 'lit';

export const styles = css`
  /* A panel with its image edge to edge: the padding is the body's (nhsuk-card__content). The
     margin below is the clickable card's (nhsuk-card--clickable: 40px, 48px from 641px, plus its
     3px shadow), on every card and on the skeleton too, so nothing below moves when it loads. */
  .card {
    display: flex;
    flex-direction: column;
    block-size: calc(100% - 43px);
    margin-block-end: 43px;
    padding: 0;
    overflow: hidden;
  }

  /* The image stays inside the card at every width, and inside its rounded corners. */
  .image {
    flex: none;
    aspect-ratio: 16 / 9;
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: auto;
    object-fit: cover;
    border-block-end: 1px solid #f0f4f5;
  }

  .body {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding: var(--_card-padding);
  }

  .body > p:has(> .type) {
    margin-block-end: var(--_r3);
  }

  .summary {
    color: var(--_text);
  }

  .meta {
    display: grid;
    gap: 0 var(--_s2);
    grid-template-columns: 1fr;
    color: var(--_secondary-text);
    font-size: calc(var(--_fs-small) / var(--_body) * 1em);
    line-height: var(--_lh-small);
  }

  /* Label beside value only where a long organisation name still has room to read on one line. */
  @container (min-width: 420px) {
    .meta {
      grid-template-columns: auto 1fr;
    }
  }

  .meta dt {
    font-weight: 600;
  }

  .skeleton--title {
    block-size: 1.5em;
    inline-size: 70%;
  }

  .skeleton--tag {
    block-size: 1.5em;
    inline-size: 40%;
  }

  @media (min-width: 40.0625em) {
    .card {
      block-size: calc(100% - 51px);
      margin-block-end: 51px;
    }
  }
`;
