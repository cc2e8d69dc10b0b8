import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/project-card/project-card.js';
import type {CardArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
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
    host: {
      description: 'Story only: `partner` puts the card on a partner page with hostile CSS.',
      control: 'inline-radio',
      options: [undefined, 'partner'],
      table: {category: 'Story'},
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
