import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/programme-summary/programme-summary.js';
import type {SummaryArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  closedFeed,
  completeFeed,
  emptyFeed,
  invalidFeed,
  longContentFeed,
  openFeed,
  PROGRAMME_ID,
  sampleFeed,
  withoutImagesOrLinks,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Programme summary',
  component: 'programme-summary',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {programme: PROGRAMME_ID, headingLevel: 2, noMoreLink: false},
  argTypes: cssPropertyArgTypes('programme-summary'),
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `A programme summary is the opening of a programme: its title, strapline (as NHS.UK lede text), status (a tag, and its sentence as NHS.UK inset text), key points, description, a link to the programme's page, and its key facts as an NHS.UK summary list in a card.`,
        whenToUse: `- At the top of a page about one programme, or a section of a page about it.
- On a partner's site, to introduce the programme their project was part of.`,
        whenNotToUse: `- For several programmes on one page: a summary is long; link to each programme's page instead.
- When the page already shows the programme's title and description: use \`<aims-list>\` or \`<project-list>\` alone.`,
        howToUse: `- **Heading level**: \`heading-level\` sets the title's tag; its size follows that level (an \`h1\` is 32px, 48px from 641px; an \`h3\` 22px, 26px). In a page section under an \`h2\`, use \`heading-level="3"\`. \`--pe-heading-size\` sets the size apart from the level.
- **Title**: the programme's name, 70 characters or fewer.
- **Strapline**: one sentence, 150 characters or fewer, that says what the programme is for. It is shown as NHS.UK lede text.
- **Status**: its sentence ("This programme is closed for applications.") is shown as inset text: one sentence, with what the reader can do next if anything.
- **Key points**: three to five, each a sentence or two.
- **Description**: one to three short paragraphs.
- With \`no-more-link\` on the programme's own page, where "More about…" would lead back to it.`,
        examples: () => [
          {
            kind: 'do',
            story: Ready,
            caption: 'the reference programme: a one-sentence strapline, three key points, four key facts.',
          },
          {
            kind: 'do',
            story: InSection,
            caption:
              'inside a page section, one level below its heading: the title then has the size of a heading at that level.',
          },
          {
            kind: 'dont',
            story: LongContent,
            caption: 'a strapline of several sentences and very long key points: the lede stops being a summary.',
          },
        ],
      }),
    },
  },
} satisfies Meta<SummaryArgs>;

export default meta;
type Story = StoryObj<SummaryArgs>;

/** The sample feed's programme, as the reference page shows it. */
export const Ready: Story = {args: {feed: sampleFeed()}};

/** Every optional field, the programme image included. */
export const Complete: Story = {args: {feed: completeFeed()}};

/**
 * The feed request has not answered yet: a skeleton the size of the summary.
 * After the library's 10-second limit it shows the timeout error, as a reader would see.
 */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** The feed is not a valid programme feed. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: invalidFeed()}};

/** A programme with only its id and title: no status, key points, description or key facts. */
export const Empty: Story = {args: {feed: emptyFeed()}};

/** Very long title, strapline, status sentence, key points and description. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column: the image and key facts sit beside the text. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** Open for applications. */
export const Open: Story = {name: 'Open programme', args: {feed: openFeed()}};

/** Closed for applications. */
export const Closed: Story = {name: 'Closed programme', args: {feed: closedFeed()}};

/** No image and no link to the programme's page. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};

/** Inside a page section under an `h2`: the title is an `h3`, at an `h3`'s size. */
export const InSection: Story = {name: 'In a page section', args: {feed: sampleFeed(), headingLevel: 3}};

/** On the programme's own page: no "More about …" link back to where the reader is (`no-more-link`). */
export const NoMoreLink: Story = {args: {feed: sampleFeed(), noMoreLink: true}};
