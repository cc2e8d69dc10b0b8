import {css} from 'lit';

export const styles = css`
  .content {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  .heading {
    font-size: 22px;
    line-height: 29px;
  }

  /* A card group (NHS.UK nhsuk-card-group): as many equal columns as fit, one in a narrow column. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--pe-related-min-card-width, 280px)), 1fr));
    gap: 16px;
    list-style: none;
  }

  .item {
    display: flex;
    min-inline-size: 0;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 8px;
    inline-size: 100%;
  }

  .type {
    align-self: flex-start;
  }

  .title {
    font-size: 19px;
    line-height: 27px;
  }

  .meta {
    color: var(--_secondary-text);
    font-size: 14px;
    line-height: 24px;
  }

  /* A loading card about as tall as a card with a two-line title and a three-line summary. */
  .list > .card {
    min-block-size: 272px;
  }

  .skeleton--heading {
    block-size: 29px;
    inline-size: 40%;
  }

  .skeleton--tag {
    block-size: 24px;
    inline-size: 120px;
    max-inline-size: 60%;
  }

  .skeleton--title {
    block-size: 27px;
    inline-size: 80%;
  }

  @container (min-width: 600px) {
    .content {
      gap: 24px;
    }

    .heading {
      font-size: 26px;
      line-height: 32px;
    }

    .list {
      gap: 24px;
    }

    .card {
      padding: 24px;
    }

    .title {
      font-size: 22px;
      line-height: 30px;
    }

    .meta {
      font-size: 16px;
    }

    .skeleton--heading {
      block-size: 32px;
    }

    .skeleton--title {
      block-size: 30px;
    }
  }
`;
