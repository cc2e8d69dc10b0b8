import {css} from 'lit';

export const styles = css`
  :host {
    --_inset-border: var(--pe-inset-border-colour, var(--nhsuk-brand-colour, #005eb8));
  }

  /* One column, in normal flow (so margins collapse as on an NHS.UK page); from a 720px box the
     NHS.UK two-thirds / one-third layout, with the image and key facts beside the text. DOM order
     stays the reading order. */
  .summary {
    display: block;
  }

  /* The strapline as nhsuk-lede-text: the text colour, at nhsuk-heading-m's size, regular weight. */
  .strapline {
    color: var(--_text);
    font-size: calc(var(--_fs-m) / var(--_body) * 1em);
    line-height: var(--_lh-m);
  }

  /* The lede's 40px (48px from 641px) below the header, whichever comes last in it. */
  .header > :last-child {
    margin-block-end: var(--_r7);
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
    margin-block-end: var(--_r5);
  }

  /* NHS.UK inset text: a bar on the start side, no background, 40px (48px) above and below. */
  .inset {
    max-inline-size: calc(44em / var(--_body));
    margin-block: var(--_r7);
    padding: var(--_r4);
    border-inline-start: 8px solid var(--_inset-border);
  }

  /* The space below the text, before the key facts card. */
  .body {
    margin-block-end: var(--_r4);
  }

  .key-points {
    padding-inline-start: 20px;
    list-style: disc;
  }

  .key-points > li {
    margin-block-end: var(--_s2);
  }

  /* The key facts as an NHS.UK summary list inside a card. */
  .facts {
    align-self: start;
    margin-block-end: var(--_r7);
    container-type: inline-size;
  }

  /* nhsuk-summary-list: 2px into the card's padding on each side, its cells padded back. */
  .summary-list {
    margin-inline: -2px;
  }

  /* Stacked (nhsuk-summary-list at mobile size): the label above its value. */
  .row {
    margin-block-end: var(--_s3);
    border-block-end: 1px solid var(--_border);
  }

  .row:last-child {
    margin-block-end: 0;
    border-block-end: 0;
  }

  .key,
  .value {
    padding-inline: 2px;
    overflow-wrap: break-word;
  }

  .key {
    margin-block-end: var(--_s1);
    font-weight: 600;
  }

  .value {
    margin-block-end: var(--_s3);
  }

  .row:last-child > .value {
    margin-block-end: 0;
  }

  /* Label and value side by side (nhsuk-summary-list's table from 641px: the key 30% wide, each
     cell 8px above and below) once the card is wide enough for both. */
  @container (min-width: 400px) {
    .row {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 7fr);
      margin-block-end: 0;
    }

    .key,
    .value {
      padding-block: 8px;
    }

    .key {
      padding-inline-end: 22px;
    }

    .value {
      margin-block-end: 0;
    }

    .row:last-child > .key,
    .row:last-child > .value {
      padding-block-end: 9px;
    }
  }

  @container (min-width: 720px) {
    .summary {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      grid-template-rows: auto auto auto 1fr;
      grid-template-areas:
        'header header'
        'body image'
        'body facts'
        'body .';
      column-gap: var(--_s5);
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

    /* Grid items keep their margins apart: the inset's own margin above is the gap the lede's
       would have collapsed into, so the header gives none. */
    .summary:has(.body > .inset:first-child) > .header > :last-child {
      margin-block-end: 0;
    }
  }

  .skeleton--title {
    block-size: calc(var(--_fs-l) * var(--_lh-l) * 2 / var(--_body) * 1em);
    inline-size: 80%;
  }

  .skeleton--tag {
    block-size: 1.5em;
    inline-size: 11em;
  }

  .skeleton--inset {
    block-size: 5.5em;
  }

  .header .skeleton--title {
    margin-block-end: var(--_r4);
  }
`;
