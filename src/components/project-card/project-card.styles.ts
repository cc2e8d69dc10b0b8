import {css} from 'lit';

export const styles = css`
  /* A panel with its image edge to edge: the padding is the body's. */
  .card {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    padding: 0;
    overflow: hidden;
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
