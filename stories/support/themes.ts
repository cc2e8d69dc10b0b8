/**
 * The toolbar's themes. Each one sets only the elements' documented `--pe-*` custom properties
 * (shared.styles.ts and the `@cssprop` tags in custom-elements.json), the way a host page would;
 * `page` is the host page around the elements (its background, text colour and font), which the
 * elements inherit only the font family from.
 */
export interface Theme {
  readonly title: string;
  /** The `--pe-*` custom properties, set on a wrapper around the story. */
  readonly properties: Readonly<Record<`--pe-${string}`, string>>;
  /** The host page around the elements. */
  readonly page: {
    readonly background: string;
    readonly color: string;
    readonly fontFamily: string;
    readonly colorScheme?: string;
  };
}

const NHS_FONT = '"Frutiger W01", Arial, sans-serif';

export const THEMES = {
  nhs: {
    title: 'NHS.UK (default)',
    properties: {},
    page: {background: '#f0f4f5', color: '#212b32', fontFamily: NHS_FONT},
  },
  brand: {
    // OnlyWan's own brand: deep teal and plum, warmer neutrals, rounder corners.
    title: 'OnlyWan brand',
    properties: {
      '--pe-text-colour': '#1d2a30',
      '--pe-secondary-text-colour': '#4a5a63',
      '--pe-link-colour': '#00676d',
      '--pe-link-hover-colour': '#5a2a82',
      '--pe-link-visited-colour': '#5a2a82',
      '--pe-link-active-colour': '#003e42',
      '--pe-focus-colour': '#ffc845',
      '--pe-focus-text-colour': '#1d2a30',
      '--pe-border-colour': '#c5d3d4',
      '--pe-card-background-colour': '#ffffff',
      '--pe-card-hover-border-colour': '#00676d',
      '--pe-inset-border-colour': '#5a2a82',
      '--pe-error-colour': '#b42318',
      '--pe-skeleton-colour': '#e2eaea',
      '--pe-border-radius': '12px',
      '--pe-tag-text-colour': '#5a2a82',
      '--pe-tag-background-colour': '#efe6f6',
      '--pe-space': '20px',
    },
    page: {background: '#f5f3ef', color: '#1d2a30', fontFamily: 'Georgia, "Times New Roman", serif'},
  },
  dark: {
    title: 'Dark',
    properties: {
      '--pe-text-colour': '#f0f4f5',
      '--pe-secondary-text-colour': '#c4ced4',
      '--pe-link-colour': '#8cc8ff',
      '--pe-link-hover-colour': '#ffb1d8',
      '--pe-link-visited-colour': '#d3b8ff',
      '--pe-link-active-colour': '#b9dcff',
      '--pe-focus-colour': '#ffeb3b',
      '--pe-focus-text-colour': '#212b32',
      '--pe-border-colour': '#5b6f7c',
      '--pe-card-background-colour': '#1f282e',
      '--pe-card-hover-border-colour': '#aeb7bd',
      '--pe-inset-border-colour': '#8cc8ff',
      '--pe-error-colour': '#ff8a80',
      '--pe-skeleton-colour': '#33414a',
      '--pe-tag-text-colour': '#cfe4fa',
      '--pe-tag-background-colour': '#17324d',
    },
    page: {background: '#11181c', color: '#f0f4f5', fontFamily: NHS_FONT, colorScheme: 'dark'},
  },
  forced: {
    // An approximation of Windows high-contrast modes with CSS system colours (dark, through
    // `color-scheme`). For the real thing, use Chromium's DevTools › Rendering › "Emulate CSS
    // media feature forced-colors", which also runs the elements' own `forced-colors` rules.
    title: 'Forced colours (emulated)',
    properties: {
      '--pe-text-colour': 'CanvasText',
      '--pe-secondary-text-colour': 'CanvasText',
      '--pe-link-colour': 'LinkText',
      '--pe-link-hover-colour': 'LinkText',
      '--pe-link-visited-colour': 'VisitedText',
      '--pe-link-active-colour': 'ActiveText',
      '--pe-focus-colour': 'Highlight',
      '--pe-focus-text-colour': 'HighlightText',
      '--pe-border-colour': 'CanvasText',
      '--pe-card-background-colour': 'Canvas',
      '--pe-card-hover-border-colour': 'Highlight',
      '--pe-inset-border-colour': 'CanvasText',
      '--pe-error-colour': 'Mark',
      '--pe-skeleton-colour': 'GrayText',
      '--pe-tag-text-colour': 'CanvasText',
      '--pe-tag-background-colour': 'Canvas',
    },
    page: {background: 'Canvas', color: 'CanvasText', fontFamily: NHS_FONT, colorScheme: 'dark'},
  },
} as const satisfies Record<string, Theme>;

export type ThemeName = keyof typeof THEMES;

export function themeNamed(name: unknown): Theme {
  return (THEMES as Record<string, Theme>)[String(name)] ?? THEMES.nhs;
}
