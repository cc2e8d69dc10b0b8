import {css} from 'lit';

export const styles = css`
  :host {
    --_min-column: var(--pe-aims-min-column-width, 240px);
  }

  .empty {
    color: var(--_secondary-text);
  }

  /* An NHS.UK card group of non-clickable cards: as many columns as fit, each at least
     --_min-column wide, never wider than the element (min() keeps one column in a 280px box). */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_min-column)), 1fr));
    gap: var(--_r4);
    list-style: none;
  }

  .aim {
    min-inline-size: 0;
  }

  /* The aims' headings follow their level, as a card heading: at most nhsuk-heading-m. */
  .aim-title:is(h1, h2) {
    --_h-fs: var(--_fs-m);
    --_h-lh: var(--_lh-m);
  }

  .skeleton--title {
    block-size: calc(var(--_fs-l) * var(--_lh-l) / var(--_body) * 1em);
    inline-size: 5em;
  }

  .skeleton--heading {
    block-size: 3.25em;
  }

  .content > .skeleton--title,
  .content > div {
    margin-block-end: var(--_r4);
  }

  .aim > .skeleton {
    margin-block-end: var(--_s2);
  }
`;
