import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/programme-summary/programme-summary.js';
import type {SummaryArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
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

/** On the programme's own page: no "More about …" link back to where the reader is (`no-more-link`). */
export const NoMoreLink: Story = {args: {feed: sampleFeed(), noMoreLink: true}};
