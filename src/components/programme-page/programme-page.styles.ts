import {css} from 'lit';

export const styles = css`
  :host {
    --_page-gap: var(--pe-page-gap, 40px);
    --_promo-label: var(--pe-promo-label-colour, var(--nhsuk-brand-colour, #005eb8));
  }

  .content {
    display: flex;
    flex-direction: column;
    gap: var(--_page-gap);
    min-inline-size: 0;
  }

  /* No section pushes the page wider than its box. */
  .content > * {
    min-inline-size: 0;
  }

  /* Promos: NHS.UK feature cards (a card whose heading is a blue label over its top edge), in a
     card group: as many columns as fit, one in a narrow column. */
  .promos {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    gap: 40px 16px;
    padding-block-start: 16px;
    list-style: none;
  }

  .promo {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 16px;
    min-inline-size: 0;
    padding: 0 var(--_space) var(--_space);
  }

  .promo-title {
    max-inline-size: calc(100% + var(--_space) + 1px);
    margin-block-start: -16px;
    margin-inline-start: calc(-1 * var(--_space) - 1px);
    padding: 8px var(--_space);
    color: #ffffff;
    background-color: var(--_promo-label);
    font-size: 19px;
    line-height: 27px;
  }

  .promo__body {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  .promo__action {
    font-weight: 600;
  }

  .skeleton-section {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  .skeleton-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    gap: 16px;
  }

  .skeleton-card {
    min-block-size: 240px;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }

  .skeleton--title {
    block-size: 66px;
    inline-size: 90%;
  }

  .skeleton--heading {
    block-size: 29px;
    inline-size: 40%;
  }

  /* The summary's key points, description and key facts, about as tall as the reference page's. */
  .skeleton--box {
    block-size: 1400px;
  }

  .skeleton--tag {
    block-size: 24px;
    inline-size: 120px;
    max-inline-size: 60%;
  }

  .skeleton--card-title {
    block-size: 27px;
    inline-size: 80%;
  }

  @container (min-width: 600px) {
    .content {
      --_page-gap: var(--pe-page-gap, 48px);
    }

    .promos {
      gap: 48px 24px;
    }

    .promo {
      gap: 16px;
      padding: 0 24px 24px;
    }

    .promo-title {
      max-inline-size: calc(100% + 25px);
      margin-inline-start: -25px;
      padding: 8px 24px;
      font-size: 22px;
      line-height: 30px;
    }

    .skeleton--title {
      block-size: 84px;
    }

    .skeleton--box {
      block-size: 760px;
    }

    .skeleton--heading {
      block-size: 32px;
    }
  }

  @media (forced-colors: active) {
    .promo-title {
      border: 1px solid CanvasText;
    }
  }
`;
