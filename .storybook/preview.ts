import {setCustomElementsManifest, type Preview, type WebComponentsRenderer} from '@storybook/web-components-vite';
import type {ArgTypesEnhancer, StrictInputType} from 'storybook/internal/types';
import manifest from '../custom-elements.json' with {type: 'json'};
import {LANGUAGES, withHostPage, withLanguage, withTheme, withWidth, WIDTHS} from '../stories/support/decorators.js';
import {snippetFor, withEmbedSnippet} from '../stories/support/embed-channel.js';
import {installStoryFeeds} from '../stories/support/story-feeds.js';
import {THEMES} from '../stories/support/themes.js';

interface ManifestModule {
  readonly declarations?: readonly {
    readonly members?: readonly {readonly privacy?: string; readonly static?: boolean}[];
  }[];
}

/**
 * The manifest's public API only: the analyzer also records the elements' protected and private
 * members, and the static `styles`, which are no part of the contract and have no place in the
 * docs' tables or the controls.
 */
function publicApi(pkg: {readonly modules: readonly ManifestModule[]}) {
  return {
    ...pkg,
    modules: pkg.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public' && !member.static),
      })),
    })),
  };
}

// Controls, the docs' API tables and their descriptions come from the elements' JSDoc, through
// the same manifest the package ships: nothing is documented twice.
setCustomElementsManifest(publicApi(manifest as {modules: ManifestModule[]}));

/** Controls for the attributes, by the property names the stories' `render` uses. */
const CONTROLS: Readonly<Record<string, StrictInputType['control']>> = {
  src: {type: 'text'},
  programme: {type: 'text'},
  project: {type: 'text'},
  headingLevel: {type: 'number', min: 1, max: 6, step: 1},
  // The attribute spellings of camel-cased properties stay in the docs' tables, without a second control.
  'heading-level': false,
  'no-heading': false,
};

/** Applies `CONTROLS` to the arg types each element's manifest entry gave it (and to no others). */
const withControls: ArgTypesEnhancer<WebComponentsRenderer> = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      name in CONTROLS ? {...argType, control: CONTROLS[name]} : argType,
    ]),
  ) as typeof argTypes;

const preview: Preview = {
  argTypesEnhancers: [withControls],

  // Feed URLs for the sample, loading and HTTP error states, answered inside the page.
  beforeAll: () => installStoryFeeds(),

  globalTypes: {
    theme: {
      description: 'Theme, set through the documented --pe-* custom properties only',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, theme]) => ({value, title: theme.title})),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'The page’s language (lang and dir around the element)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, language]) => ({value, title: language.title})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'nhs', lang: 'en'},

  // Listed innermost first: the column, the host page, the language around the whole page (inside
  // the host page its wrapper would take the partner CSS's padding and border), then the theme.
  decorators: [withWidth, withHostPage, withLanguage, withTheme, withEmbedSnippet],

  argTypes: {
    width: {
      description: 'Story only: the column the element sits in (280 px or 1,200 px); unset, the canvas.',
      control: 'inline-radio',
      options: [undefined, ...Object.keys(WIDTHS)],
      table: {category: 'Story'},
    },
  },

  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true, sort: 'requiredFirst'},
    // Every story fails its test on any axe violation, in the UI's test panel and in CI.
    a11y: {test: 'error'},
    docs: {
      codePanel: false,
      // The docs' "Show code" is the embed snippet for the story's current args.
      source: {
        language: 'html',
        transform: (_code: string, context: Parameters<typeof snippetFor>[0]) => snippetFor(context),
      },
    },
  },
};

export default preview;
