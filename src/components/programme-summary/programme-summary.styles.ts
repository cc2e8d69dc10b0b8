import {css} from 'lit';

export const styles = css`
  :host {
    --_inset-border: var(--pe-inset-border-colour, var(--nhsuk-brand-colour, #005eb8));
  }

  /* One column in a narrow box; from 720px the NHS.UK two-thirds / one-third layout, with the
     image and key facts beside the text. DOM order stays the reading order. */
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .header {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 8px;
    margin-block-end: 24px;
  }

  .title {
    font-size: 27px;
    line-height: 33px;
  }

  .strapline {
    color: var(--_secondary-text);
    font-size: 19px;
    line-height: 27px;
  }

  .tag--grey {
    --_tag-text: #354550;
    --_tag-background: #dbe0e3;
  }

  .tag--green {
    --_tag-text: #004c23;
    --_tag-background: #cce5d8;
  }

  .tag--blue {
    --_tag-text: #004281;
    --_tag-background: #ccdff1;
  }

  .image {
    inline-size: 100%;
    margin-block-end: 24px;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 16px;
    margin-block-end: 24px;
  }

  /* NHS.UK inset text: a bar on the start side, no background. */
  .inset {
    max-inline-size: 44em;
    padding: 16px;
    border-inline-start: 8px solid var(--_inset-border);
  }

  .key-points {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding-inline-start: 20px;
    list-style: disc;
  }

  .description {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }

  /* The key facts as an NHS.UK summary list inside a card. */
  .facts {
    align-self: start;
    container-type: inline-size;
  }

  .facts-title {
    margin-block-end: 8px;
    font-size: 19px;
    line-height: 27px;
  }

  .row {
    padding-block: 8px;
    border-block-end: 1px solid var(--_border);
  }

  .row:last-child {
    border-block-end: 0;
    padding-block-end: 0;
  }

  .key {
    font-weight: 600;
  }

  /* Label and value side by side once the card is wide enough for both. */
  @container (min-width: 400px) {
    .row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: 16px;
    }
  }

  @container (min-width: 600px) {
    .title {
      font-size: 36px;
      line-height: 42px;
    }

    .strapline {
      font-size: 22px;
      line-height: 30px;
    }

    .facts-title {
      font-size: 22px;
      line-height: 30px;
    }
  }

  @container (min-width: 720px) {
    .summary {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      grid-template-rows: auto auto auto 1fr;
      grid-template-areas:
        'header header'
        'body image'
        'body facts'
        'body .';
      column-gap: 32px;
    }

    .header {
      grid-area: header;
    }

    .image {
      grid-area: image;
    }

    .body {
      grid-area: body;
    }

    .facts {
      grid-area: facts;
    }
  }

  .skeleton--title {
    block-size: 66px;
    inline-size: 80%;
  }

  .skeleton--tag {
    block-size: 24px;
    inline-size: 176px;
  }

  .skeleton--inset {
    block-size: 88px;
  }

  .header .skeleton,
  .body .skeleton {
    align-self: stretch;
  }

  .header .skeleton--tag,
  .header .skeleton--title,
  .header .skeleton--short {
    align-self: flex-start;
  }
`;
