import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/programme-list/programme-list.js';
import type {ListArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  longContentFeed,
  organisationFeed,
  sampleFeed,
  unreadableFeed,
  withoutImagesOrLinks,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Programme list',
  component: 'programme-list',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {headingLevel: 2, noHeading: false},
  argTypes: {
    ...cssPropertyArgTypes('programme-list'),
    status: {
      description: 'Only programmes with this status (`open`, `closed`, `upcoming`, or several separated by spaces).',
      control: 'select',
      options: [undefined, 'open', 'closed', 'upcoming', 'open upcoming'],
    },
  },
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `A programme list shows every programme of an organisation-wide feed as NHS.UK clickable cards, in as many columns as fit. \`status\` keeps only the programmes with that status, such as those open for applications now. One feed request serves every card.`,
        whenToUse: `- On the organisation's "our programmes" page, or "open for applications" with \`status="open"\`.
- On a trust's page of programmes it took part in, from a feed of those programmes.`,
        whenNotToUse: `- For one programme: use \`<programme-card>\`.
- For a programme's projects: use \`<project-list>\`.`,
        howToUse: `- **Heading**: "Programmes" at \`heading-level\`, each card's heading one level below; \`no-heading\` when the page gives the section its own heading.
- **Status**: with a filter, say on the page what the list holds ("Open for applications"); when none match, the list says so.
- **Straplines**: one sentence each, so cards in a row are about the same height.`,
        examples: () => [
          {
            kind: 'do',
            story: Wide,
            caption: "in the page's main column: cards side by side, each row the same height.",
          },
          {kind: 'dont', story: LongContent, caption: 'long titles and straplines: the rows become very tall.'},
        ],
      }),
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** The sample feed's two programmes. */
export const Ready: Story = {args: {feed: sampleFeed()}};

/** The feed request has not answered yet: a skeleton the size of the content. */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** Not a programme feed at all: nothing can be shown. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: unreadableFeed()}};

/** An organisation-wide feed, only the programmes open for applications. */
export const OnlyOpen: Story = {args: {feed: organisationFeed(), status: 'open'}};

/** No programme has the status asked for: the heading stays and a sentence says so. */
export const Empty: Story = {args: {feed: sampleFeed(), status: 'upcoming'}};

/** Very long titles and straplines. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: organisationFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: organisationFeed(), width: 'wide'}};

/** No images and no links. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};

/** Without the "Programmes" heading, for a page that gives the section its own. */
export const NoHeading: Story = {args: {feed: sampleFeed(), noHeading: true}};
