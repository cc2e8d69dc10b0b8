import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/related-programmes/related-programmes.js';
import type {ElementArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  completeFeed,
  emptyFeed,
  invalidFeed,
  longContentFeed,
  PROGRAMME_ID,
  sampleFeed,
  withoutImagesOrLinks,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Related programmes',
  component: 'related-programmes',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {programme: PROGRAMME_ID, headingLevel: 2},
  argTypes: cssPropertyArgTypes('related-programmes'),
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `Related programmes is a programme's further reading: its reports and resources, and related programmes, as NHS.UK cards under a "Further reading" heading.`,
        whenToUse: `- At the end of a programme's page.
- On a partner's page, to point to the programme's evaluation and related work.`,
        whenNotToUse: `- For the programme's own projects: use \`<project-list>\`.
- For links that are not about the programme: use the page's own related links.`,
        howToUse: `- **Heading level**: "Further reading" at \`heading-level\`, each card's heading one level below.
- **Titles**: the report's or programme's own title, 80 characters or fewer.
- **Summaries**: one or two sentences each: what the reader will find.
- **Type**: a short label ("Research report", "Programme").`,
        examples: () => [
          {kind: 'do', story: Ready, caption: 'two cards, each with a type, a title and a one-sentence summary.'},
          {kind: 'dont', story: LongContent, caption: 'long titles and summaries: readers lose which card is which.'},
        ],
      }),
    },
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** The sample feed's programme, as the reference page shows its further reading. */
export const Ready: Story = {args: {feed: sampleFeed()}};

/**
 * The feed request has not answered yet: a skeleton the size of the content.
 * After the library's 10-second limit it shows the timeout error, as a reader would see.
 */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** The feed is not a valid programme feed. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: invalidFeed()}};

/** A programme with no resources or related programmes: a sentence says so. */
export const Empty: Story = {args: {feed: emptyFeed()}};

/** Very long resource and related programme titles and summaries. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** No images and no links: the optional `image` and `url` fields left out. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};
