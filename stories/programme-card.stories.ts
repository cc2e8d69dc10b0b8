import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/programme-card/programme-card.js';
import type {ElementArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  completeFeed,
  invalidFeed,
  longContentFeed,
  openFeed,
  PROGRAMME_ID,
  sampleFeed,
  withoutImagesOrLinks,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Programme card',
  component: 'programme-card',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {programme: PROGRAMME_ID, headingLevel: 2},
  argTypes: cssPropertyArgTypes('programme-card'),
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `A programme card shows one programme (its thumbnail, title, strapline, status and years) and links to the programme's own page, as an NHS.UK clickable card: only the heading is a link, but the whole card can be clicked.`,
        whenToUse: `- On a trust's or partner's page of "programmes we took part in": one card per programme.
- To point from a news story to the programme it is about.`,
        whenNotToUse: `- To list every programme of a feed: use \`<programme-list>\`, which lays the cards out in a grid and loads the feed once.
- On the programme's own page: use \`<programme-summary>\` or \`<programme-page>\`.`,
        howToUse: `- **Heading level**: one below the heading the card sits under (3 under an \`h2\`).
- **Strapline**: one sentence, 150 characters or fewer: the card shows it whole.
- **Thumbnail**: optional; give \`alt\` text that says what the picture shows, or \`alt: ""\` for a decorative one. The card crops it to 16:9.
- Put a plain link to the programme's page inside the element: readers whose browser cannot run the script get that.`,
        examples: () => [
          {
            kind: 'do',
            story: Complete,
            caption: 'a short title and a one-sentence strapline: the card reads at a glance.',
          },
          {kind: 'dont', story: LongContent, caption: 'a strapline of several sentences makes a card readers skip.'},
        ],
      }),
    },
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** The sample feed's programme, with its thumbnail. */
export const Ready: Story = {args: {feed: sampleFeed()}};

/** The feed request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** The programme is not valid (its title is a number): it is left out, and the card says why. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: invalidFeed()}};

/** Open for applications: a green tag. */
export const Open: Story = {args: {feed: openFeed()}};

/** Every optional field, with an image that is served locally. */
export const Complete: Story = {args: {feed: completeFeed()}};

/** Very long title and strapline. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** No image and no link. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};
