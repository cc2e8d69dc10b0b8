import {css} from 'lit';

/**
 * The one stylesheet every element shares (listed first in each `static styles`, so it is
 * parsed once per page, not once per element).
 *
 * Theming: each public `--pe-*` custom property falls back to the matching `--nhsuk-*`
 * property that nhsuk-frontend 10 puts on `:root`, then to the NHS.UK value, so on an NHS
 * trust's site the elements take the site's own colours with no configuration.
 *
 * Hostile pages: page rules reach only the host element, never inside the shadow root, and
 * only through inheritance. The inherited properties that would change our layout are set on
 * `:host` with `!important`, which in the shadow-DOM cascade beats even the page's
 * `!important` rules. The font family and the language are deliberately left to the page.
 */
export const sharedStyles = css`
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
    --_error: var(--pe-error-colour, var(--nhsuk-error-colour, #d5281b));
    --_skeleton: var(--pe-skeleton-colour, #d8dde0);
    --_radius: var(--pe-border-radius, 4px);
    --_space: var(--pe-space, 16px);

    display: block !important;
    box-sizing: border-box !important;
    padding: 0 !important;
    border: 0 !important;
    color: var(--_text) !important;
    background: transparent !important;
    font-size: 16px !important;
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

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
    padding: 0;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: 600;
    color: inherit;
  }

  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
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

  .tag {
    display: inline-block;
    padding: 4px 8px;
    border: 1px solid var(--_tag-text, #004281);
    border-radius: var(--_radius);
    color: var(--_tag-text, #004281);
    background-color: var(--_tag-background, #ccdff1);
    font-size: 14px;
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

  /* An NHS.UK card (nhsuk-card): the panel of every card, key-facts box and loading card. */
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    background-color: var(--_card-background);
  }

  /* NHS.UK clickable card: a 3px bottom edge (spacing(1) - 1px) and a darker border on hover.
     The heading's link stretches over the whole card, so the card is clickable while only the
     heading is a link (NHS.UK card guidance: never wrap a whole card in a link). */
  .panel--clickable {
    position: relative;
    border-block-end-width: 3px;
  }

  .panel--clickable:hover {
    border-color: var(--pe-card-hover-border-colour, #aeb7bd);
  }

  .panel--clickable .title a::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }

  .skeleton {
    display: block;
    border-radius: var(--_radius);
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
    padding: var(--_space);
    border-inline-start: 8px solid var(--_error);
    background-color: var(--_card-background);
  }

  .error__title {
    font-size: inherit;
    font-weight: 600;
  }

  .error__detail {
    color: var(--_secondary-text);
    font-size: 14px;
  }

  /* The host is the container: its content takes the NHS.UK tablet type size when it has room. */
  @container (min-width: 600px) {
    .content {
      font-size: 19px;
      line-height: 28px;
    }
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
