import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with {type: 'json'};
import {withHostPage, withTheme, withWidth, WIDTHS} from '../stories/support/decorators.js';
import {snippetFor, withEmbedSnippet} from '../stories/support/embed-channel.js';
import {installStoryFeeds} from '../stories/support/story-feeds.js';
import {THEMES} from '../stories/support/themes.js';

// Controls, the docs' API tables and their descriptions come from the elements' JSDoc, through
// the same manifest the package ships: nothing is documented twice.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Feed URLs for the loading and HTTP error states, answered inside the page.
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
  },
  initialGlobals: {theme: 'nhs'},

  // Listed innermost first: the column, then the host page, then the theme around both.
  decorators: [withWidth, withHostPage, withTheme, withEmbedSnippet],

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
