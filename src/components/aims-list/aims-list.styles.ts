import {css} from 'lit';

export const styles = css`
  :host {
    --_min-column: var(--pe-aims-min-column-width, 240px);
  }

  .aims {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  .title {
    font-size: 22px;
    line-height: 29px;
  }

  /* An NHS.UK card group: as many columns as fit, each at least --_min-column wide, never wider
     than the element (min() keeps one column in a 280px box). */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_min-column)), 1fr));
    gap: 16px;
    list-style: none;
  }

  .aim {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }

  .aim-title {
    font-size: 19px;
    line-height: 27px;
  }

  .empty {
    color: var(--_secondary-text);
  }

  @container (min-width: 600px) {
    .aims {
      gap: 24px;
    }

    .title {
      font-size: 26px;
      line-height: 32px;
    }

    .list {
      gap: 24px;
    }

    .aim {
      padding: 24px;
    }

    .aim-title {
      font-size: 22px;
      line-height: 30px;
    }
  }

  .skeleton--title {
    block-size: 29px;
    inline-size: 120px;
  }

  .skeleton--heading {
    block-size: 54px;
  }
`;
