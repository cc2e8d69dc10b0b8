import {css, unsafeCSS} from 'lit';

/**
 * The styles every element shares (`sharedStyles`, below, with the heading-size rules).
 *
 * Theming: each public `--pe-*` custom property falls back to the matching `--nhsuk-*`
 * property that nhsuk-frontend 10 puts on `:root`, then to the NHS.UK value, so on an NHS
 * trust's site the elements take the site's own colours with no configuration.
 *
 * Hostile pages: page rules reach only the host element, never inside the shadow root, and
 * only through inheritance. The inherited properties that would change our layout are set on
 * `:host` with `!important`, which in the shadow-DOM cascade beats even the page's
 * `!important` rules. The font family and the language are deliberately left to the page.
 *
 * Text size: the host takes `font-size: medium`, the reader's own default size (what they set
 * in the browser), whatever the page does to `html` and so to `rem`; everything inside is sized
 * in `em` from it, never in `px` or `rem`. The type scale is nhsuk-frontend 10's, as ratios of
 * that size (`--_fs-*`, `--_lh-*`), and the spacing scale is its `nhsuk-spacing` /
 * `nhsuk-responsive-spacing` in px (`--_s*`, `--_r*`).
 *
 * The mobile / tablet switch is nhsuk-frontend's own media query, `(min-width: 40.0625em)`:
 * 641px at the default size (a media query's `em` is the reader's default size too, so it moves
 * with it, as on NHS.UK). A viewport query, not a container query, for the type and spacing
 * scale: an element's text then has the size of the page's text around it (an NHS.UK page
 * switches on the viewport), and a card in a narrow column of a wide page reads like the page's
 * other cards. Layout (columns, side-by-side rows) does follow the element's own width: each
 * host is an inline-size container, queried in `@container` rules.
 *
 * Headings: the visual size follows the heading's level (nhsuk-frontend's `h1`..`h6`: `xl`,
 * `l`, `m`, `s`, `xs`), card headings are at most `m` (the NHS.UK card heading), and
 * `--pe-heading-size` (`xl`, `l`, `m`, `s` or `xs`) on an element, or any ancestor, sets its top
 * heading's size apart from its level.
 */
const baseStyles = css`
  :host {
    --_text: var(--pe-text-colour, var(--nhsuk-text-colour, #212b32));
    --_secondary-text: var(--pe-secondary-text-colour, var(--nhsuk-secondary-text-colour, #4c6272));
    --_link: var(--pe-link-colour, var(--nhsuk-link-colour, #005eb8));
    --_link-hover: var(--pe-link-hover-colour, var(--nhsuk-link-hover-colour, #7c2855));
    --_link-visited: var(--pe-link-visited-colour, var(--nhsuk-link-visited-colour, #330072));
    --_link-active: var(--pe-link-active-colour, var(--nhsuk-link-active-colour, #002f5c));
    --_focus: var(--pe-focus-colour, var(--nhsuk-focus-colour, #ffeb3b));
    --_focus-text: var(--pe-focus-text-colour, var(--nhsuk-focus-text-colour, #212b32));
    --_border: var(--pe-border-colour, var(--nhsuk-border-colour, #d8dde0));
    --_card-background: var(--pe-card-background-colour, var(--nhsuk-card-background-colour, #ffffff));
    --_card-hover-border: var(--pe-card-hover-border-colour, #aeb7bd);
    --_error: var(--pe-error-colour, var(--nhsuk-error-colour, #d5281b));
    --_skeleton: var(--pe-skeleton-colour, #d8dde0);
    /* Cards are square on NHS.UK; placeholders keep a slight rounding unless the page sets one. */
    --_radius: var(--pe-border-radius, 0);
    --_skeleton-radius: var(--pe-border-radius, 4px);

    /* nhsuk-frontend's sizes at its two breakpoints, each written once as "mobile × --_mobile +
       tablet × --_tablet": the media query below flips the two weights from 1, 0 to 0, 1. */
    --_mobile: 1;
    --_tablet: 0;

    /* nhsuk-spacing(1..5), the same at both sizes, and nhsuk-responsive-spacing(3..7). */
    --_s1: 4px;
    --_s2: 8px;
    --_s3: 16px;
    --_s4: 24px;
    --_s5: 32px;
    --_r3: calc(8px * var(--_mobile) + 16px * var(--_tablet));
    --_r4: calc(16px * var(--_mobile) + 24px * var(--_tablet));
    --_r5: calc(24px * var(--_mobile) + 32px * var(--_tablet));
    --_r6: calc(32px * var(--_mobile) + 40px * var(--_tablet));
    --_r7: calc(40px * var(--_mobile) + 48px * var(--_tablet));
    /* A card's padding (nhsuk-card__content): responsive spacing 5. */
    --_card-padding: var(--pe-space, var(--_r5));

    /* nhsuk-frontend's type scale, as multiples of the reader's size. The body is the 19 point
       (16px on mobile), the small text the 16 point (14px). */
    --_body: calc(1 * var(--_mobile) + 1.1875 * var(--_tablet));
    --_lh-body: calc(1.5 * var(--_mobile) + 1.4737 * var(--_tablet));
    --_fs-xl: calc(2 * var(--_mobile) + 3 * var(--_tablet));
    --_lh-xl: calc(1.1875 * var(--_mobile) + 1.125 * var(--_tablet));
    --_fs-l: calc(1.6875 * var(--_mobile) + 2.25 * var(--_tablet));
    --_lh-l: calc(1.2222 * var(--_mobile) + 1.1667 * var(--_tablet));
    --_fs-m: calc(1.375 * var(--_mobile) + 1.625 * var(--_tablet));
    --_lh-m: calc(1.3182 * var(--_mobile) + 1.2308 * var(--_tablet));
    --_fs-s: calc(1.1875 * var(--_mobile) + 1.375 * var(--_tablet));
    --_lh-s: calc(1.4211 * var(--_mobile) + 1.3636 * var(--_tablet));
    --_fs-xs: calc(1 * var(--_mobile) + 1.1875 * var(--_tablet));
    --_lh-xs: calc(1.5 * var(--_mobile) + 1.4737 * var(--_tablet));
    --_fs-small: calc(0.875 * var(--_mobile) + 1 * var(--_tablet));
    --_lh-small: calc(1.7143 * var(--_mobile) + 1.5 * var(--_tablet));
    --_fs-tag: calc(0.875 * var(--_mobile) + 1 * var(--_tablet));
    /* Heading margins below (nhsuk-frontend: h1 40px, the others 16px at mobile size), and the
       gap above a heading that follows a paragraph or a list. */
    --_mb-xl: calc(40px * var(--_mobile) + 48px * var(--_tablet));
    --_mb-heading: calc(16px * var(--_mobile) + 24px * var(--_tablet));
    --_heading-gap: calc(4px * var(--_mobile) + 8px * var(--_tablet));

    display: block !important;
    box-sizing: border-box !important;
    padding: 0 !important;
    border: 0 !important;
    color: var(--_text) !important;
    background: transparent !important;
    /* The reader's default size: neither the page's px nor its root size reach inside. */
    font-size: medium !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere !important;
    word-break: normal !important;
    hyphens: manual !important;
    tab-size: 8 !important;
    visibility: visible !important;
    /* The other inherited properties a page can set on everything ("* {…}"): typography that
       changes the text's width, and how text, lists, quotes and the cursor are drawn. */
    font-variant: normal !important;
    font-stretch: normal !important;
    font-kerning: auto !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-size-adjust: none !important;
    text-rendering: auto !important;
    text-underline-offset: auto !important;
    text-size-adjust: auto !important;
    list-style: outside !important;
    quotes: auto !important;
    cursor: auto !important;
    caret-color: auto !important;
    accent-color: auto !important;
    color-scheme: normal !important;
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke: 0 currentcolor !important;
    -webkit-tap-highlight-color: initial !important;
    -webkit-font-smoothing: antialiased;
    container-type: inline-size;
  }

  /* nhsuk-frontend's tablet sizes, from its own breakpoint (641px at the default text size). */
  @media (min-width: 40.0625em) {
    :host {
      --_mobile: 0;
      --_tablet: 1;
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The body size, on each top-level wrapper; everything inside is sized relative to it. */
  .content,
  .error {
    font-size: calc(var(--_body) * 1em);
    line-height: var(--_lh-body);
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
    padding: 0;
  }

  /* Paragraphs, lists and definition lists are spaced as NHS.UK's are: below, never above. */
  p,
  ul,
  ol,
  dl {
    margin-block: 0 var(--_r4);
  }

  /* The last thing in a box has no margin below it (nhsuk-frontend does the same in cards). */
  .panel > :last-child,
  .body > :last-child,
  .inset > :last-child,
  .error > :last-child,
  li > :last-child {
    margin-block-end: 0;
  }

  /* Each heading's size follows its level by default (nhsuk-frontend's h1..h6). */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    --_h-fs: var(--_fs-xs);
    --_h-lh: var(--_lh-xs);
    --_h-mb: var(--_mb-heading);
    margin-block: 0 var(--_h-mb);
    color: inherit;
    font-size: calc(var(--_h-fs) / var(--_body) * 1em);
    font-weight: 600;
    line-height: var(--_h-lh);
  }

  h1 {
    --_h-fs: var(--_fs-xl);
    --_h-lh: var(--_lh-xl);
    --_h-mb: var(--_mb-xl);
  }

  h2 {
    --_h-fs: var(--_fs-l);
    --_h-lh: var(--_lh-l);
  }

  h3,
  .heading--m {
    --_h-fs: var(--_fs-m);
    --_h-lh: var(--_lh-m);
  }

  h4,
  .heading--s {
    --_h-fs: var(--_fs-s);
    --_h-lh: var(--_lh-s);
  }

  /* A card's heading is at most nhsuk-heading-m, whatever its level. */
  .panel h1,
  .panel h2 {
    --_h-fs: var(--_fs-m);
    --_h-lh: var(--_lh-m);
    --_h-mb: var(--_mb-heading);
  }

  /* A heading after a paragraph or a list: nhsuk-frontend's 4px (8px from 641px) above it. */
  :is(p, ul, ol, dl) + :is(h1, h2, h3, h4, h5, h6) {
    padding-block-start: var(--_heading-gap);
  }

  /* nhsuk-body-s: secondary lines such as dates and organisations. */
  .small {
    font-size: calc(var(--_fs-small) / var(--_body) * 1em);
    line-height: var(--_lh-small);
  }

  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }

  /* An image that failed to load (src/internal/image.ts): its box kept, so nothing moves. */
  img[hidden] {
    visibility: hidden;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.1578em;
  }

  a:visited {
    color: var(--_link-visited);
  }

  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: max(3px, 0.1875em, 0.12em);
  }

  a:active {
    color: var(--_link-active);
  }

  /* NHS.UK focus: yellow background, dark underline bar; the transparent outline shows in forced colours. */
  a:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 0;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }

  /* nhsuk-tag (blue unless a tone says otherwise): square, bold, 14px then 16px from 641px.
     --pe-tag-text-colour and --pe-tag-background-colour restyle every tag (a dark theme). */
  .tag {
    display: inline-block;
    padding: 4px 8px;
    border: 1px solid var(--pe-tag-text-colour, var(--_tag-text, #004281));
    border-radius: 0;
    color: var(--pe-tag-text-colour, var(--_tag-text, #004281));
    background-color: var(--pe-tag-background-colour, var(--_tag-background, #ccdff1));
    font-size: calc(var(--_fs-tag) / var(--_body) * 1em);
    font-weight: 600;
    line-height: 1;
    overflow-wrap: anywhere;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  /* An NHS.UK card (nhsuk-card with its nhsuk-card__content): the panel of every card, key-facts
     box and loading card. */
  .panel {
    padding: var(--_card-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_card-background);
  }

  /* NHS.UK clickable card: a 3px shadow below (nhsuk-frontend 10 draws it as a box-shadow) and a
     darker border on hover. The heading's link stretches over the whole card, so the card is
     clickable while only the heading is a link (NHS.UK card guidance: never wrap a whole card in
     a link). */
  .panel--clickable {
    position: relative;
    box-shadow: 0 3px 0 var(--_border);
  }

  .panel--clickable:hover {
    border-color: var(--_card-hover-border);
    box-shadow: 0 3px 0 var(--_card-hover-border);
  }

  .panel--clickable .title a::before {
    content: '';
    position: absolute;
    inset: -1px -1px -4px;
    z-index: 1;
  }

  .skeleton {
    display: block;
    border-radius: var(--_skeleton-radius);
    background-color: var(--_skeleton);
  }

  .skeleton--text {
    block-size: 1em;
    margin-block: 0.25em;
  }

  .skeleton--short {
    inline-size: 60%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pe-pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes pe-pulse {
    50% {
      opacity: 0.5;
    }
  }

  .error {
    padding: var(--_r4);
    border-inline-start: 8px solid var(--_error);
    background-color: var(--_card-background);
  }

  .error > p {
    margin-block-end: var(--_s2);
  }

  /* A heading at the element's level, drawn as a bold line of body text. */
  .error__title {
    margin-block: 0 var(--_s2);
    font-size: inherit;
    font-weight: 600;
    line-height: inherit;
  }

  .error__detail {
    color: var(--_secondary-text);
    font-size: calc(var(--_fs-small) / var(--_body) * 1em);
    line-height: var(--_lh-small);
  }

  @media (forced-colors: active) {
    .tag,
    .error,
    .skeleton {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }

    a:focus-visible {
      color: LinkText;
      outline-color: Highlight;
    }

    .panel {
      border-color: CanvasText;
    }

    .panel--clickable:hover {
      border-color: Highlight;
    }
  }
`;

/** The sizes `--pe-heading-size` takes: nhsuk-frontend's heading sizes, largest first. */
export const HEADING_SIZES = ['xl', 'l', 'm', 's', 'xs'] as const;

/**
 * `--pe-heading-size` sets the top heading's size apart from its level: a style query on the
 * inherited custom property, so no attribute is needed, and browsers without style queries keep
 * the level's size. One rule a size; only `xl` has the `h1` margin.
 */
const headingSizeStyles = unsafeCSS(
  HEADING_SIZES.map(
    (size) =>
      `@container style(--pe-heading-size: ${size}) { :is(.title, .heading):is(h1, h2, h3, h4, h5, h6) { ` +
      `--_h-fs: var(--_fs-${size}); --_h-lh: var(--_lh-${size}); --_h-mb: var(--_mb-${size === 'xl' ? 'xl' : 'heading'}); } }`,
  ).join('\n'),
);

/** Listed first in every element's `static styles`, so it is parsed once per page, not once per element. */
export const sharedStyles = [baseStyles, headingSizeStyles];
