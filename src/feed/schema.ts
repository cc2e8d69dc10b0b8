/**
 * The programme feed format, version 1 (1.1: text fields may be language maps), written once as a
 * valibot schema.
 *
 * Three things come from this one source, so they cannot drift apart:
 * - the TypeScript types (`feed.ts` infers them with `v.InferOutput`);
 * - the rules the validator walks (`rules.ts`, written from this file by `npm run schema`: the
 *   same structure and leaf rules as plain data, so the elements validate without valibot's
 *   run-time code; `parse-feed.ts` walks them and words the problems);
 * - the JSON Schema shipped in the package (`npm run schema` converts this file with
 *   `@valibot/to-json-schema`; a check fails when either generated file is not current).
 *
 * Why valibot: it infers the types, converts to JSON Schema, and never compiles code at run time.
 * See docs/decisions/0002-feed-schema-valibot.md and 0010-the-schema-as-data.md.
 *
 * Only regular expressions and length limits are used as rules, because both translate to JSON
 * Schema; a rule written as a function would exist in the validator but not in the schema file.
 */
import * as v from 'valibot';
import {
  CURRENCY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  SAFE_URL_PATTERN,
  VERSION_PATTERN,
  YEAR_OR_DATE_PATTERN,
} from './patterns.js';
import {fields} from './plain-data.js';

// Oversized text is rejected, not truncated: a 100,000-character title is a publishing mistake
// the editor should hear about, and the limits keep validation and layout cheap.
const SHORT_TEXT_MAX = 1_000;
const LONG_TEXT_MAX = 20_000;
// Lists inside a programme are shown whole, each item as a card, list item or paragraph: 100
// items is far beyond any real programme, and keeps the worst case a page can be made to lay out
// within a frame's worth of work (SECURITY.md). The programmes themselves are only looked up.
const LIST_MAX = 100;
const PROGRAMMES_MAX = 2_000;

export {
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  FEED_MAJOR_VERSION,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  SAFE_URL_PATTERN,
  YEAR_OR_DATE_PATTERN,
} from './patterns.js';

// Every object schema's fields without a prototype: see `fields` (a page's additions to
// Object.prototype must not become fields of the format).
const object = <T extends v.ObjectEntries>(entries: T) => v.object(fields(entries));

// Each rule's message is the key of its wording in the catalogues (`rules` in src/i18n/en-GB.ts),
// so a problem is worded in the reader's language from its code and values.

/** Text in one language: what a 1.0 feed has in every text field, and what is shown. */
const plainText = (max = SHORT_TEXT_MAX) => v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(max, 'too-long'));

/**
 * Text for people (format 1.1): a string, or a language map such as `{"en": "…", "cy": "…"}`
 * (BCP 47 keys, as JSON-LD's language maps) from which each element shows the best match for
 * its language. A 1.0 feed, with strings only, stays valid.
 */
const localText = (max = SHORT_TEXT_MAX) =>
  v.union(
    [
      plainText(max),
      v.pipe(
        v.record(v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN, 'not-language-tag')), plainText(max)),
        v.minEntries(1, 'empty'),
      ),
    ],
    'not-text-or-map',
  );
/** A short text (titles, labels, names) as a string or a language map. */
export const TextSchema = localText();
/** A long text (summaries, paragraphs) as a string or a language map. */
export const LongTextSchema = localText(LONG_TEXT_MAX);
const text = () => TextSchema;
const longText = () => LongTextSchema;
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIST_MAX, 'too-many'));
/** Long texts in order: a description's paragraphs, or the points of a bulleted list. */
export const LongTextListSchema = list(LongTextSchema);
const url = () => v.pipe(v.string(), v.maxLength(2_048, 'too-long'), v.regex(SAFE_URL_PATTERN, 'not-safe-url'));
const id = () => v.pipe(v.string(), v.regex(ID_PATTERN, 'not-an-id'), v.maxLength(200, 'too-long'));
const yearOrDate = () => v.pipe(v.string(), v.regex(YEAR_OR_DATE_PATTERN, 'not-year-or-date'));
const count = () => v.pipe(v.number(), v.integer('not-whole'), v.minValue(0, 'negative'));

export const ImageSchema = object({
  /** Image URL. */
  src: url(),
  /** Text alternative, text or a language map; an empty string marks the image as decorative. */
  alt: v.union(
    [
      v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX, 'too-long')),
      v.pipe(
        v.record(
          v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN, 'not-language-tag')),
          v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX, 'too-long')),
        ),
        v.minEntries(1, 'empty'),
      ),
    ],
    'not-text-or-map',
  ),
});

export const OrganisationSchema = object({
  name: text(),
  url: v.optional(url()),
  /** An org-id.guide identifier such as `GB-CHC-1234567`, where known (360Giving). */
  identifier: v.optional(plainText(200)),
});

export const StatusSchema = object({
  code: v.picklist(['open', 'closed', 'upcoming'], 'not-status'),
  /** The sentence to show, e.g. "This programme is closed for applications." */
  text: v.optional(text()),
});

export const PeriodSchema = object({
  /** Start year or date (ISO 8601, partial dates allowed as in 360Giving `plannedDates`). */
  start: yearOrDate(),
  end: v.optional(yearOrDate()),
});

export const MoneySchema = object({
  amount: v.pipe(v.number(), v.minValue(0, 'negative')),
  currency: v.pipe(v.string(), v.regex(CURRENCY_PATTERN, 'not-currency')),
  /** True when the amount is approximate ("around £400,000"). */
  approximate: v.optional(v.boolean()),
});

export const AimSchema = object({
  heading: text(),
  text: v.optional(longText()),
});

export const AimsSchema = object({
  introduction: v.optional(longText()),
  items: list(AimSchema),
  /** Closing paragraph after the list. */
  conclusion: v.optional(longText()),
});

export const ProjectSchema = object({
  id: id(),
  /** A label such as "Improvement project". */
  type: v.optional(text()),
  title: text(),
  summary: v.optional(longText()),
  lead: v.optional(OrganisationSchema),
  partners: v.optional(list(OrganisationSchema)),
  url: v.optional(url()),
  image: v.optional(ImageSchema),
});

export const ResourceSchema = object({
  id: v.optional(id()),
  /** A label such as "Research report". */
  type: v.optional(text()),
  title: text(),
  summary: v.optional(longText()),
  publisher: v.optional(OrganisationSchema),
  url: v.optional(url()),
  datePublished: v.optional(yearOrDate()),
});

/** A related programme in the same feed, by id. */
export const RelatedByIdSchema = object({
  programme: id(),
});

/** A related programme published elsewhere. */
export const RelatedExternalSchema = object({
  type: v.optional(text()),
  title: text(),
  summary: v.optional(longText()),
  period: v.optional(PeriodSchema),
  url: v.optional(url()),
});

/**
 * One of this programme's own projects, by id, shown as a further-reading card (the reference
 * page's "Improvement project" card). It resolves within the programme's `projects` only.
 */
export const RelatedProjectSchema = object({
  project: id(),
});

export const RelatedSchema = v.union([RelatedByIdSchema, RelatedProjectSchema, RelatedExternalSchema], 'not-related');

/** A post on a social network, quoted in a promo ("Get social"): who posted it, its words, and where it is. */
export const SocialPostSchema = object({
  /** The account's name, e.g. "OnlyWan". */
  author: text(),
  /** The post's text as posted, emoji included. */
  text: longText(),
  /** The post itself. */
  url: v.optional(url()),
});

export const PromoSchema = object({
  title: text(),
  text: v.optional(longText()),
  post: v.optional(SocialPostSchema),
  action: v.optional(
    object({
      label: text(),
      url: url(),
    }),
  ),
});

export const ProgrammeSchema = object({
  id: id(),
  title: text(),
  strapline: v.optional(longText()),
  status: v.optional(StatusSchema),
  period: v.optional(PeriodSchema),
  fundingPerTeam: v.optional(MoneySchema),
  /** Length of the programme in months (360Giving `plannedDates.duration`). */
  durationMonths: v.optional(count()),
  teams: v.optional(count()),
  keyPoints: v.optional(LongTextListSchema),
  description: v.optional(LongTextListSchema),
  url: v.optional(url()),
  image: v.optional(ImageSchema),
  awardDate: v.optional(v.pipe(v.string(), v.regex(DATE_PATTERN, 'not-date'))),
  aims: v.optional(AimsSchema),
  /** Paragraphs introducing the projects. */
  projectsIntroduction: v.optional(LongTextListSchema),
  projects: v.optional(list(ProjectSchema)),
  resources: v.optional(list(ResourceSchema)),
  related: v.optional(list(RelatedSchema)),
  promos: v.optional(list(PromoSchema)),
});

export const FeedSchema = object({
  /** Feed format version, "major.minor". This library reads major version 1. */
  version: v.pipe(v.string(), v.regex(VERSION_PATTERN, 'not-version')),
  publisher: OrganisationSchema,
  /** Licence of the content: a URL or an SPDX identifier. */
  licence: v.optional(plainText()),
  dateModified: v.optional(v.pipe(v.string(), v.regex(DATE_TIME_PATTERN, 'not-date-time'))),
  programmes: v.pipe(
    v.array(ProgrammeSchema),
    v.minLength(1, 'no-programmes'),
    v.maxLength(PROGRAMMES_MAX, 'too-many'),
  ),
});
