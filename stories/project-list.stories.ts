import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/project-list/project-list.js';
import type {SectionArgs} from './support/args.js';
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
  title: 'Elements/Project list',
  component: 'project-list',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {programme: PROGRAMME_ID, headingLevel: 2, noHeading: false},
  argTypes: cssPropertyArgTypes('project-list'),
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `A project list shows every project of a programme as NHS.UK clickable cards, in as many columns as fit, after an introduction. One feed request serves every card.`,
        whenToUse: `- On a programme's page, to show the projects it funded.
- On a partner's page about the programme, in the main column.`,
        whenNotToUse: `- For one project: use \`<project-card>\`.
- In a narrow side column: the cards then stack in one long column. Link to the programme's page instead.`,
        howToUse: `- **Heading**: "Projects" at \`heading-level\`, each card's heading one level below; \`no-heading\` when the page gives the section its own heading.
- **Projects**: each title 65 characters or fewer and each summary one or two sentences, so cards in a row are about the same height.
- **Introduction**: one or two short paragraphs.`,
        examples: () => [
          {
            kind: 'do',
            story: Wide,
            caption: "in the page's main column: cards side by side, each row the same height.",
          },
          {kind: 'dont', story: Narrow, caption: 'in a 280px column: one long column of cards.'},
          {kind: 'dont', story: LongContent, caption: 'long titles and summaries: the rows become very tall.'},
        ],
      }),
    },
  },
} satisfies Meta<SectionArgs>;

export default meta;
type Story = StoryObj<SectionArgs>;

/** The sample feed's programme, as the reference page shows its projects. */
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

/** A programme with no projects: the heading stays and a sentence says so. */
export const Empty: Story = {args: {feed: emptyFeed()}};

/** Very long introduction, titles and summaries. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** No images and no links: the optional `image` and `url` fields left out. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};

/** Without the "Projects" heading, for a page that gives the section its own. */
export const NoHeading: Story = {args: {feed: sampleFeed(), noHeading: true}};
