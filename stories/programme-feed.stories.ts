import {html, nothing} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/programme-feed/programme-feed.js';
import '../src/components/programme-summary/programme-summary.js';
import '../src/components/aims-list/aims-list.js';
import '../src/components/project-list/project-list.js';
import '../src/components/related-programmes/related-programmes.js';
import type {ElementArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {guidancePage} from './support/docs-page.js';
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

// A line comment, not JSDoc: the docs page takes the element's description from the manifest.
const meta = {
  title: 'Elements/Programme feed',
  component: 'programme-feed',
  tags: ['autodocs'],
  // The grid is the host page's layout: `<programme-feed>` is `display: contents`, so its children
  // are the grid's items, spaced the way a page would space its sections.
  render: (args) =>
    html`<div style="display: grid; gap: 48px">
      <programme-feed src=${args.src ?? nothing} programme=${args.programme ?? nothing} .feed=${args.feed}>
        <programme-summary heading-level="1"></programme-summary>
        <aims-list></aims-list>
        <project-list></project-list>
        <related-programmes></related-programmes>
      </programme-feed>
    </div>`,
  play: checkStory,
  args: {programme: PROGRAMME_ID},
  parameters: {
    embed: {children: ['programme-summary heading-level="1"', 'aims-list', 'project-list', 'related-programmes']},
    docs: {
      page: guidancePage({
        purpose: `A programme feed shows nothing of its own: it loads one feed (from \`src\`, or the \`feed\` property, or a \`<script type="application/json">\` child) and provides it to every element inside it, which then need no \`src\`.`,
        whenToUse: `- When a page shows more than one element of the same programme, in its own layout.`,
        whenNotToUse: `- For one element: give that element \`src\` itself.
- For a whole programme page in the standard order: \`<programme-page>\` does that with no markup.`,
        howToUse: `- Put the elements inside it in the page's own order and layout; it is \`display: contents\`, so the page's grid or flex layout applies to them.
- Set \`programme\` on it once, when the feed holds several programmes.
- Give the elements inside heading levels that fit the page's outline.`,
        examples: () => [
          {
            kind: 'do',
            story: Ready,
            caption: 'one feed for a summary, aims, projects and further reading laid out by the page.',
          },
          {kind: 'do', story: FromUrl, caption: 'the feed from a URL: one request for every element inside.'},
        ],
      }),
    },
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/**
 * A programme page composed by hand: one `<programme-feed>` loads the feed once and provides it
 * to the summary, aims, projects and further reading inside it, which need no `src`.
 */
export const Ready: Story = {name: 'Composed programme page', args: {feed: sampleFeed()}};

/** The same page loading the sample feed from a URL, as a partner site would (one request for all four). */
export const FromUrl: Story = {name: 'Composed page from a feed URL', args: {src: STORY_FEEDS.sample}};

/**
 * The feed request has not answered yet: every element shows its skeleton.
 * After the library's 10-second limit they show the timeout error, as a reader would see.
 */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404: every element says so. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** The feed is not a valid programme feed. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: invalidFeed()}};

/** A programme with only its id and title. */
export const Empty: Story = {args: {feed: emptyFeed()}};

/** Very long text everywhere. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** Open for applications. */
export const Open: Story = {name: 'Open programme', args: {feed: openFeed()}};

/** Closed for applications. */
export const Closed: Story = {name: 'Closed programme', args: {feed: closedFeed()}};

/** No images and no links. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};
