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
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 8px;
    inline-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    background-color: var(--_card-background);
  }

  /* NHS.UK clickable card: a 3px bottom edge (spacing(1) - 1px, as on <project-card>), and a
     darker border on hover. */
  .card--clickable {
    border-block-end-width: 3px;
  }

  .card--clickable:hover {
    border-color: var(--pe-card-hover-border-colour, #aeb7bd);
  }

  .type {
    align-self: flex-start;
  }

  .title {
    font-size: 19px;
    line-height: 27px;
  }

  /* The heading's link stretches over the whole card, so the card is clickable while only the
     heading is a link (NHS.UK card guidance: never wrap a whole card in a link). */
  .title a::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
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

  .skeleton--short {
    inline-size: 60%;
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

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }

    .card--clickable:hover {
      border-color: Highlight;
    }
  }
`;
