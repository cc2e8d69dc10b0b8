import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/aims-list/aims-list.js';
import type {SectionArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  aimsWithoutOptionalFieldsFeed,
  completeFeed,
  emptyFeed,
  invalidFeed,
  longContentFeed,
  PROGRAMME_ID,
  sampleFeed,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Aims list',
  component: 'aims-list',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  args: {programme: PROGRAMME_ID, headingLevel: 2, noHeading: false},
  argTypes: cssPropertyArgTypes('aims-list'),
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `An aims list shows what a programme set out to change: an introduction, then each aim as a card with a heading and a sentence or two, then a conclusion.`,
        whenToUse: `- On a programme's page, after its summary.
- On a partner's page, to explain what the programme they took part in was for.`,
        whenNotToUse: `- For the programme's results or outcomes: aims are what it set out to do.
- For a single aim: write it as a paragraph of the page.`,
        howToUse: `- **Heading**: the element opens with an "Aims" heading at \`heading-level\`; each aim's heading is one level below. With \`no-heading\` the page gives the section's heading and the aims take \`heading-level\`.
- **Aims**: three to six. Each heading 60 characters or fewer ("Between communities and the wider health care system"), each text two or three sentences (300 characters or fewer): the cards sit side by side and read best when they are about the same length.
- **Introduction and conclusion**: one paragraph each.`,
        examples: () => [
          {
            kind: 'do',
            story: Ready,
            caption: 'three aims, each a short heading and two sentences of about the same length.',
          },
          {kind: 'do', story: NoHeading, caption: "with no-heading under a section heading of the page's own."},
          {
            kind: 'dont',
            story: LongContent,
            caption: 'very long headings and texts: the cards become columns of text.',
          },
        ],
      }),
    },
  },
} satisfies Meta<SectionArgs>;

export default meta;
type Story = StoryObj<SectionArgs>;

/** The sample feed's programme, as the reference page shows its aims. */
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

/** A programme with no aims: the heading stays and a sentence says so. */
export const Empty: Story = {args: {feed: emptyFeed()}};

/** Very long introduction, aims and conclusion. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** No introduction or conclusion, and aims with a heading but no text. */
export const MissingOptionalFields: Story = {args: {feed: aimsWithoutOptionalFieldsFeed()}};

/** Without the "Aims" heading, for a page that gives the section its own: each aim's heading takes `heading-level`. */
export const NoHeading: Story = {args: {feed: sampleFeed(), noHeading: true}};
