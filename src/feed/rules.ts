// Generated from src/feed/schema.ts by `npm run schema`: do not edit by hand.
// The schema as data for the walk in parse-feed.ts (docs/decisions/0010-the-schema-as-data.md).
import * as patterns from './patterns.js';
import {array, leaf, object, optional, picklist, record, rule, union} from './schema-node.js';

const leaf0 = leaf('string', rule('regex', patterns.VERSION_PATTERN, 'not-version'));
const leaf1 = leaf('string', rule('min_length', 1, 'empty'), rule('max_length', 1000, 'too-long'));
const leaf2 = leaf('string', rule('regex', patterns.LANGUAGE_TAG_PATTERN, 'not-language-tag'));
const leaf3 = leaf(
  'string',
  rule('max_length', 2048, 'too-long'),
  rule('regex', patterns.SAFE_URL_PATTERN, 'not-safe-url'),
);
const leaf4 = leaf('string', rule('min_length', 1, 'empty'), rule('max_length', 200, 'too-long'));
const leaf5 = leaf('string', rule('regex', patterns.DATE_TIME_PATTERN, 'not-date-time'));
const leaf6 = leaf('string', rule('regex', patterns.ID_PATTERN, 'not-an-id'), rule('max_length', 200, 'too-long'));
const leaf7 = leaf('string', rule('min_length', 1, 'empty'), rule('max_length', 20000, 'too-long'));
const leaf8 = picklist(['open', 'closed', 'upcoming'], 'not-status');
const leaf9 = leaf('string', rule('regex', patterns.YEAR_OR_DATE_PATTERN, 'not-year-or-date'));
const leaf10 = leaf('number', rule('min_value', 0, 'negative'));
const leaf11 = leaf('string', rule('regex', patterns.CURRENCY_PATTERN, 'not-currency'));
const leaf12 = leaf('boolean');
const leaf13 = leaf('number', rule('integer', undefined, 'not-whole'), rule('min_value', 0, 'negative'));
const leaf14 = leaf('string', rule('max_length', 1000, 'too-long'));
const leaf15 = leaf('string', rule('regex', patterns.DATE_PATTERN, 'not-date'));

export const TextRules = union(leaf1, record(leaf2, leaf1));
export const OrganisationRules = object({name: TextRules, url: optional(leaf3), identifier: optional(leaf4)});
export const LongTextRules = union(leaf7, record(leaf2, leaf7));
export const StatusRules = object({code: leaf8, text: optional(TextRules)});
export const PeriodRules = object({start: leaf9, end: optional(leaf9)});
export const MoneyRules = object({amount: leaf10, currency: leaf11, approximate: optional(leaf12)});
export const LongTextListRules = array(LongTextRules, 100);
export const ImageRules = object({src: leaf3, alt: union(leaf14, record(leaf2, leaf14))});
export const AimRules = object({heading: TextRules, text: optional(LongTextRules)});
export const AimsRules = object({
  introduction: optional(LongTextRules),
  items: array(AimRules, 100),
  conclusion: optional(LongTextRules),
});
export const ProjectRules = object({
  id: leaf6,
  type: optional(TextRules),
  title: TextRules,
  summary: optional(LongTextRules),
  lead: optional(OrganisationRules),
  partners: optional(array(OrganisationRules, 100)),
  url: optional(leaf3),
  image: optional(ImageRules),
});
export const ResourceRules = object({
  id: optional(leaf6),
  type: optional(TextRules),
  title: TextRules,
  summary: optional(LongTextRules),
  publisher: optional(OrganisationRules),
  url: optional(leaf3),
  datePublished: optional(leaf9),
});
export const RelatedByIdRules = object({programme: leaf6});
export const RelatedProjectRules = object({project: leaf6});
export const RelatedExternalRules = object({
  type: optional(TextRules),
  title: TextRules,
  summary: optional(LongTextRules),
  period: optional(PeriodRules),
  url: optional(leaf3),
});
export const RelatedRules = union(RelatedByIdRules, RelatedProjectRules, RelatedExternalRules);
export const SocialPostRules = object({author: TextRules, text: LongTextRules, url: optional(leaf3)});
export const PromoRules = object({
  title: TextRules,
  text: optional(LongTextRules),
  post: optional(SocialPostRules),
  action: optional(object({label: TextRules, url: leaf3})),
});
export const ProgrammeRules = object({
  id: leaf6,
  title: TextRules,
  strapline: optional(LongTextRules),
  status: optional(StatusRules),
  period: optional(PeriodRules),
  fundingPerTeam: optional(MoneyRules),
  durationMonths: optional(leaf13),
  teams: optional(leaf13),
  keyPoints: optional(LongTextListRules),
  description: optional(LongTextListRules),
  url: optional(leaf3),
  image: optional(ImageRules),
  awardDate: optional(leaf15),
  aims: optional(AimsRules),
  projectsIntroduction: optional(LongTextListRules),
  projects: optional(array(ProjectRules, 100)),
  resources: optional(array(ResourceRules, 100)),
  related: optional(array(RelatedRules, 100)),
  promos: optional(array(PromoRules, 100)),
});
export const FeedRules = object({
  version: leaf0,
  publisher: OrganisationRules,
  licence: optional(leaf1),
  dateModified: optional(leaf5),
  programmes: array(ProgrammeRules, 2000),
});
