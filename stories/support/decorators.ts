/**
 * The page around a story: the toolbar's theme, the column width (`width` arg) and, for the
 * partner page story, a host page with hostile CSS (`host` arg). Stories choose these through
 * args and globals only; their markup comes from their meta's one `render`.
 */
import {html, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {Decorator} from '@storybook/web-components-vite';
import {themeNamed} from './themes.js';

/** The column widths a story can be shown in. */
export const WIDTHS = {narrow: '280px', wide: '1200px'} as const;
export type Width = keyof typeof WIDTHS;

/** Story-only args: they shape the page around the element, never the element itself. */
export interface FrameArgs {
  /** The column the element sits in: 280 px, 1,200 px, or the canvas (unset). */
  width?: Width | undefined;
  /** `partner`: a host page with hostile CSS around the element. */
  host?: 'partner' | undefined;
}

/** The theme chosen in the toolbar, as the host page's `--pe-*` custom properties and colours. */
export const withTheme: Decorator = (story, {globals, viewMode}) => {
  const theme = themeNamed(globals['theme']);
  const style: Record<string, string> = {
    ...theme.properties,
    background: theme.page.background,
    color: theme.page.color,
    'font-family': theme.page.fontFamily,
    'color-scheme': theme.page.colorScheme ?? 'light',
    padding: '1rem',
    // In the canvas the theme is the whole page; in the docs, one block per story.
    'min-block-size': viewMode === 'docs' ? 'auto' : '100vh',
    'box-sizing': 'border-box',
  };
  return html`<div class="pe-story-page" style=${styleMap(style)}>${story()}</div>`;
};

/** The languages of the toolbar: the page's `lang` (and `dir`) around the story. */
export const LANGUAGES = {
  en: {title: 'English', lang: 'en-GB', dir: 'ltr'},
  cy: {title: 'Cymraeg (Welsh)', lang: 'cy', dir: 'ltr'},
  rtl: {title: 'Right to left (ar)', lang: 'ar', dir: 'rtl'},
} as const;

/** The language chosen in the toolbar, as `lang` and `dir` on the page around the element. */
export const withLanguage: Decorator = (story, {globals}) => {
  const language = LANGUAGES[globals['lang'] as keyof typeof LANGUAGES] ?? LANGUAGES.en;
  return html`<div class="pe-story-language" lang=${language.lang} dir=${language.dir}>${story()}</div>`;
};

/** A column of the width the `width` arg names, outlined so the designer sees its edges. */
export const withWidth: Decorator = (story, {args}) => {
  const width = WIDTHS[(args as FrameArgs).width as Width];
  if (!width) return story();
  return html`<div
    class="pe-story-column"
    data-width=${(args as FrameArgs).width ?? nothing}
    style=${styleMap({'inline-size': width, outline: '1px dashed currentColor', 'outline-offset': '4px'})}
  >
    ${story()}
  </div>`;
};

/**
 * A partner's page: a Bootstrap-like reset plus careless global rules, all `!important`. The
 * element must look exactly as it does on a clean page (the story's play function checks it);
 * only the font family reaches inside, by contract, so the rules leave it alone.
 *
 * The other inherited properties (`font-variant`, `hyphens`, `cursor`, …) are reset on `:host` by
 * src/styles/shared.styles.ts, and test/security/pages/hostile.css sets them. Left out: a
 * `text-decoration` on an ancestor, which CSS draws through the element's text.
 */
export const HOSTILE_CSS = `
  html { font-size: 62.5% !important; line-height: 3 !important; }
  *, *::before, *::after { box-sizing: content-box !important; }
  * {
    margin: 0 0 1em !important;
    padding: 0.3em !important;
    border: 2px dotted #b1005d !important;
    color: #7a0000 !important;
    background-color: #fff6d5 !important;
    font-size: 1.6rem !important;
    font-weight: 700 !important;
    font-style: italic !important;
    line-height: 3 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.4em !important;
    text-align: center !important;
    text-indent: 2em !important;
    text-transform: uppercase !important;
    text-shadow: 1px 1px 0 #ffe600 !important;
    max-width: 100% !important;
  }
  h1, h2, h3, h4, h5, h6 { font-size: 4rem !important; margin-top: 2em !important; }
  a, a:visited { color: #f0f !important; }
  img { inline-size: 40px !important; block-size: 40px !important; }
  ul, ol { list-style: square !important; padding-inline-start: 4em !important; }
  p { display: inline-block !important; }
  [part] { outline: 3px solid lime !important; }
`;

/** The page around a story whose `host` arg is `partner`. */
export const withHostPage: Decorator = (story, {args}) => {
  if ((args as FrameArgs).host !== 'partner') return story();
  // A `<style>` element made from a string: Lit does not bind inside `<style>`.
  return html`${unsafeHTML(`<style data-hostile-css>${HOSTILE_CSS}</style>`)}
    <div class="partner-page">
      <p>Partner Trust news · Our patients</p>
      <h2>Projects we are proud to be part of</h2>
      <div class="partner-column" style=${styleMap({'inline-size': '360px'})}>${story()}</div>
      <p>© Partner NHS Trust</p>
    </div>`;
};
