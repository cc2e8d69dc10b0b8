import {css} from 'lit';

export const styles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    border: 1px solid var(--_border);
    border-block-end-width: 3px;
    background-color: var(--_card-background);
    overflow: hidden;
  }

  .card:hover {
    border-color: var(--pe-card-hover-border-colour, #aeb7bd);
  }

  .image {
    aspect-ratio: 16 / 9;
    inline-size: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: var(--_space);
  }

  .type {
    align-self: flex-start;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }

  /* The heading's link stretches over the whole card, so the card is clickable while only the
     heading is a link (NHS.UK card guidance: never wrap a whole card in a link). */
  .title a::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }

  .summary {
    color: var(--_text);
  }

  .meta {
    display: grid;
    gap: 0 8px;
    grid-template-columns: 1fr;
    color: var(--_secondary-text);
    font-size: 0.875em;
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
`;
