import {css} from 'lit';

export const styles = css`
  /* A card group (NHS.UK nhsuk-card-group): as many equal columns as fit, one in a narrow column. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--pe-related-min-card-width, 280px)), 1fr));
    gap: calc(var(--_r4) + 3px) var(--_r4);
    margin-block-end: 3px;
    list-style: none;
  }

  .item {
    display: flex;
    min-inline-size: 0;
  }

  /* Each card's heading keeps its level's size: --pe-heading-size sizes "Further reading". */
  .card {
    --pe-heading-size: initial;
    inline-size: 100%;
  }

  .card > p:has(> .type) {
    margin-block-end: var(--_r3);
  }

  .meta {
    color: var(--_secondary-text);
    font-size: calc(var(--_fs-small) / var(--_body) * 1em);
    line-height: var(--_lh-small);
  }

  .empty {
    color: var(--_secondary-text);
  }

  .skeleton--heading {
    block-size: calc(var(--_fs-l) * var(--_lh-l) / var(--_body) * 1em);
    inline-size: 40%;
    margin-block-end: var(--_r4);
  }

  .skeleton--tag {
    block-size: 1.5em;
    inline-size: 7.5em;
    max-inline-size: 60%;
  }

  .skeleton--title {
    block-size: 1.75em;
    inline-size: 80%;
  }
`;
