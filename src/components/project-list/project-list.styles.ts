import {css} from 'lit';

export const styles = css`
  :host {
    --_min-column: var(--pe-project-list-min-column-width, 256px);
  }

  .introduction > :last-child {
    margin-block-end: var(--_r4);
  }

  /* An NHS.UK card group: as many columns as fit, each at least --_min-column wide; min() keeps
     one column, never wider than the element, in a 280px box. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-column)), 1fr));
    gap: calc(var(--_r4) + 3px) var(--_r4);
    margin-block-end: 3px;
    list-style: none;
  }

  .item {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  /* Cards in a row share the row's height; the grid's gap spaces them, not their own margin.
     Each card's own top heading size is its own: --pe-heading-size here sizes the list's heading.
     (<programme-list> shares this grid, with its own cards.) */
  .item > * {
    flex: 1 1 auto;
    --pe-heading-size: initial;
  }

  .item > *::part(base) {
    block-size: 100%;
    margin-block-end: 0;
  }

  .empty {
    color: var(--_secondary-text);
  }

  .card-skeleton {
    min-block-size: 14em;
  }

  .skeleton--title {
    block-size: calc(var(--_fs-l) * var(--_lh-l) / var(--_body) * 1em);
    inline-size: 10em;
  }

  .skeleton--tag {
    block-size: 1.5em;
    inline-size: 40%;
  }

  .skeleton--heading {
    block-size: 3.25em;
  }

  .content > .skeleton--title,
  .content > div {
    margin-block-end: var(--_r4);
  }
`;
