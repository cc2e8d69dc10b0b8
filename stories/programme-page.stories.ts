import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/components/programme-page/programme-page.js';
import type {PageArgs} from './support/args.js';
import {checkStory} from './support/checks.js';
import {cssPropertyArgTypes} from './support/css-properties.js';
import {guidancePage} from './support/docs-page.js';
import {renderElement} from './support/render-element.js';
import {STORY_FEEDS} from './support/story-feeds.js';
import {
  bilingualFeed,
  closedFeed,
  completeFeed,
  emptyFeed,
  invalidFeed,
  longContentFeed,
  openFeed,
  PROGRAMME_ID,
  sampleFeed,
  welshMissingFeed,
  withoutImagesOrLinks,
} from './support/story-data.js';

const meta = {
  title: 'Elements/Programme page',
  component: 'programme-page',
  tags: ['autodocs'],
  render: renderElement,
  play: checkStory,
  // A page's own title is its top heading.
  args: {programme: PROGRAMME_ID, headingLevel: 1, structuredData: false},
  argTypes: cssPropertyArgTypes('programme-page'),
  parameters: {
    docs: {
      page: guidancePage({
        purpose: `A programme page is all of a programme on one page: its summary, aims, projects and further reading, then its promos (as NHS.UK feature cards), from one feed request.`,
        whenToUse: `- As the main content of a page about one programme, on the charity's site or a partner's.`,
        whenNotToUse: `- For part of a programme: use the element for that part (\`<programme-summary>\`, \`<aims-list>\`, …).
- In a side column or a card: it is a whole page of content.
- When the page needs its own layout between the sections: compose them inside \`<programme-feed>\`.`,
        howToUse: `- **Heading level**: the summary's title takes \`heading-level\` (1 when the page has no other \`h1\`), each section's heading one level below.
- **Content**: each section follows its element's guidance; leave out what the programme does not have: the page leaves out empty sections.
- **Promos**: at most two or three, each a heading, a sentence and one link whose text says where it goes.`,
        examples: () => [
          {
            kind: 'do',
            story: Ready,
            caption: 'as the main content of the page, every section in the order of the reference page.',
          },
          {kind: 'dont', story: Narrow, caption: 'in a 280px column: a whole page squeezed into a sidebar.'},
        ],
      }),
    },
  },
} satisfies Meta<PageArgs>;

export default meta;
type Story = StoryObj<PageArgs>;

/** The sample feed's programme as a whole page, as the reference page shows it. */
export const Ready: Story = {args: {feed: sampleFeed()}};

/** Every optional field: images, project links, lead organisations and partners. */
export const Complete: Story = {args: {feed: completeFeed()}};

/** The page loading the sample feed from a URL, as a partner site would. */
export const FromUrl: Story = {name: 'From a feed URL', args: {src: STORY_FEEDS.sample}};

/**
 * The feed request has not answered yet: a skeleton the size of the page.
 * After the library's 10-second limit it shows the timeout error, as a reader would see.
 */
export const Loading: Story = {args: {src: STORY_FEEDS.pending}};

/** The feed URL answers 404. */
export const HttpError: Story = {name: 'Error: HTTP 404', args: {src: STORY_FEEDS.notFound}};

/** The feed is not a valid programme feed. */
export const InvalidFeed: Story = {name: 'Error: invalid feed', args: {feed: invalidFeed()}};

/** A programme with only its id and title: the page leaves out the sections it has nothing for. */
export const Empty: Story = {args: {feed: emptyFeed()}};

/** Very long text in every section. */
export const LongContent: Story = {args: {feed: longContentFeed()}};

/** In a 280 px column. */
export const Narrow: Story = {args: {feed: completeFeed(), width: 'narrow'}};

/** In a 1,200 px column. */
export const Wide: Story = {args: {feed: completeFeed(), width: 'wide'}};

/** Open for applications. */
export const Open: Story = {name: 'Open programme', args: {feed: openFeed()}};

/** Closed for applications. */
export const Closed: Story = {name: 'Closed programme', args: {feed: closedFeed()}};

/** No images, no links and no promo actions. */
export const MissingOptionalFields: Story = {args: {feed: withoutImagesOrLinks()}};

/** With `structured-data`: the programme as schema.org JSON-LD in the page's light DOM, for search engines. */
export const StructuredData: Story = {name: 'With structured data', args: {feed: sampleFeed(), structuredData: true}};

/** A bilingual feed (format 1.1) on a Welsh page: labels from the Welsh catalogue, the feed's Welsh text. */
export const Bilingual: Story = {
  name: 'Bilingual feed, in Welsh',
  args: {feed: bilingualFeed()},
  globals: {lang: 'cy'},
};

/** Welsh missing in places: the English fallbacks carry `lang="en"`, so a screen reader switches voice. */
export const WelshMissing: Story = {
  name: 'Welsh missing in places',
  args: {feed: welshMissingFeed()},
  globals: {lang: 'cy'},
};
