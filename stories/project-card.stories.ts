import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/project-card/project-card.js';
import type {CardArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  bareProjectFeed,
  completeFeed,
  invalidFeed,
  longContentFeed,
  PROGRAMME_ID,
  PROJECT_ID,
  sampleFeed,
  withoutImagesOrLinks,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Project card',
  component: 'project-card',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {programme: PROGRAMME_ID, project: PROJECT_ID, headingLevel: 2},
  argTypes: {
    ...cssPropertyArgTypes('project-card'),
    host: {
      description: 'Story only: `partner` puts the card on a partner page with hostile CSS.',
      control: 'inline-radio',
      options: [undefined, 'partner'],
      table: {category: 'Story'},
    },
  },
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `A project card shows one funded project of a programme (its type, title, a short summary and the organisation that led it) and links to the project's own page. It looks and behaves like the NHS.UK clickable card: only the heading is a link, but the whole card can be clicked.`,
        whenToUse: `- On a partner's page about a project they led or took part in: one card, where the project is mentioned.
- To point from an article or a news story to the project it is about.`,
        whenNotToUse: `- To list every project of a programme: use \`<project-list>\`, which lays the cards out in a grid and loads the feed once.
- For content that is not a project (a report, another programme): \`<related-programmes>\` shows further reading.
- As the only content of a page: link to the project's page instead.`,
        howToUse: `- **Heading level**: set \`heading-level\` to one below the heading the card sits under (3 under an \`h2\`). The card heading is at most the NHS.UK card heading's size (22px, 26px from 641px), smaller at level 4 and below; \`--pe-heading-size\` sets it apart from the level.
- **Title**: the feed's project title, in sentence case, and short: 65 characters or fewer reads in two lines in a 280px column. Say what the project did, not the programme's name again.
- **Summary**: one or two sentences, 200 characters or fewer, starting with what changed for patients or staff. The card shows it whole: a long one makes a tall card.
- **Type**: a short label such as "Improvement project" (two or three words).
- **Image**: optional; give \`alt\` text that says what the picture shows, or \`alt: ""\` for a decorative one.
- Put a plain link to the project's page inside the element (the embed builder writes one): readers whose browser cannot run the script get that.`,
        examples: () => [
          {
            kind: 'do',
            story: Complete,
            caption: 'a short title, a one-sentence summary and the lead organisation: the card reads at a glance.',
          },
          {kind: 'do', story: Narrow, caption: 'in a column 280px wide the card still fits, its image inside it.'},
          {
            kind: 'dont',
            story: LongContent,
            caption:
              'a title of several lines and a summary of many sentences: readers scan cards, and a card this long is skipped.',
          },
        ],
      }),
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** The sample feed's first project, as the reference page shows it. */
export const Ready: Story = {args: {feed: sampleFeed()}};

/** Every optional field: image, link, lead organisation and partners. */
export const Complete: Story = {args: {feed: completeFeed()}};

/**
 * The feed request has not answered yet: a skeleton the size of the card.
 * After the library's 10-second limit it shows the timeout error, as a reader would see.
 */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** The feed is not a valid programme feed. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: invalidFeed()}};

/** A project with nothing but its id and title. */
export const Empty: Story = {args: {feed: bareProjectFeed()}};

/** Very long title, type, summary and lead organisation, with an unbroken word. */
export const LongContent: Story = {args: {feed: longContentFeed(), width: 'narrow'}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** No image and no link: the optional `image` and `url` left out. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};

/**
 * On a partner's page whose CSS is hostile: a Bootstrap-like reset and global `!important` rules
 * for every element. The card must look exactly as it does on a clean page; the story's test
 * switches the page's stylesheet off and compares.
 */
export const PartnerPage: Story = {
  args: {feed: completeFeed(), host: 'partner'},
  // Its global CSS must not reach the rest of the docs page: shown in a frame of its own there.
  parameters: {docs: {story: {inline: false, height: '640px'}}},
};
