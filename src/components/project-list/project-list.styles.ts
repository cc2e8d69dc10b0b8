import {css} from 'lit';

export const styles = css`
  :host {
    --_min-column: var(--pe-project-list-min-column-width, 256px);
  }

  .projects {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  .title {
    font-size: 22px;
    line-height: 29px;
  }

  .introduction {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  /* As many columns as fit, each at least --_min-column wide; min() keeps one column, never
     wider than the element, in a 280px box. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-column)), 1fr));
    gap: 16px;
    list-style: none;
  }

  .item {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  /* Cards in a row share the row's height. */
  .item > project-card {
    flex: 1 1 auto;
  }

  .empty {
    color: var(--_secondary-text);
  }

  @container (min-width: 600px) {
    .projects {
      gap: 24px;
    }

    .title {
      font-size: 26px;
      line-height: 32px;
    }

    .grid {
      gap: 24px;
    }
  }

  .card-skeleton {
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-block-size: 216px;
    border-block-end-width: 3px;
  }

  .skeleton--title {
    block-size: 29px;
    inline-size: 160px;
  }

  .skeleton--tag {
    block-size: 24px;
    inline-size: 40%;
  }

  .skeleton--heading {
    block-size: 52px;
  }
`;
