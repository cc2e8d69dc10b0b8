// Generated from src/feed/schema.ts by `npm run schema`: do not edit by hand.
// The schema as data for the walk in parse-feed.ts (docs/decisions/0010-the-schema-as-data.md).
import {
  CURRENCY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  ID_PATTERN,
  SAFE_URL_PATTERN,
  VERSION_PATTERN,
  YEAR_OR_DATE_PATTERN,
} from './patterns.js';
import {array, leaf, object, optional, picklist, rule, union} from './schema-node.js';

const leaf0 = leaf('string', rule('regex', VERSION_PATTERN, 'must be a version such as "1.0"'));
const leaf1 = leaf(
  'string',
  rule('min_length', 1, 'must not be empty'),
  rule('max_length', 1000, 'must be at most 1,000 characters long'),
);
const leaf2 = leaf(
  'string',
  rule('max_length', 2048, 'must be at most 2,048 characters long'),
  rule('regex', SAFE_URL_PATTERN, 'must be an http(s) URL, a mailto: address or a relative link'),
);
const leaf3 = leaf(
  'string',
  rule('min_length', 1, 'must not be empty'),
  rule('max_length', 200, 'must be at most 200 characters long'),
);
const leaf4 = leaf('string', rule('regex', DATE_TIME_PATTERN, 'must be an ISO 8601 date or date-time'));
const leaf5 = leaf(
  'string',
  rule('regex', ID_PATTERN, 'must be an id made of letters, digits, ".", "_", "~" or "-"'),
  rule('max_length', 200, 'must be at most 200 characters long'),
);
const leaf6 = leaf(
  'string',
  rule('min_length', 1, 'must not be empty'),
  rule('max_length', 20000, 'must be at most 20,000 characters long'),
);
const leaf7 = picklist(['open', 'closed', 'upcoming'], 'must be "open", "closed" or "upcoming"');
const leaf8 = leaf(
  'string',
  rule('regex', YEAR_OR_DATE_PATTERN, 'must be a year or date such as "2011" or "2011-04-01"'),
);
const leaf9 = leaf('number', rule('min_value', 0, 'must not be negative'));
const leaf10 = leaf('string', rule('regex', CURRENCY_PATTERN, 'must be a three-letter ISO 4217 code such as "GBP"'));
const leaf11 = leaf('boolean');
const leaf12 = leaf(
  'number',
  rule('integer', undefined, 'must be a whole number'),
  rule('min_value', 0, 'must not be negative'),
);
const leaf13 = leaf('string', rule('max_length', 1000, 'must be at most 1,000 characters long'));
const leaf14 = leaf('string', rule('regex', DATE_PATTERN, 'must be a date such as "2011-04-01"'));

export const OrganisationRules = object({name: leaf1, url: optional(leaf2), identifier: optional(leaf3)});
export const StatusRules = object({code: leaf7, text: optional(leaf1)});
export const PeriodRules = object({start: leaf8, end: optional(leaf8)});
export const MoneyRules = object({amount: leaf9, currency: leaf10, approximate: optional(leaf11)});
export const ImageRules = object({src: leaf2, alt: leaf13});
export const AimRules = object({heading: leaf1, text: optional(leaf6)});
export const AimsRules = object({
  introduction: optional(leaf6),
  items: array(AimRules, 100),
  conclusion: optional(leaf6),
});
export const ProjectRules = object({
  id: leaf5,
  type: optional(leaf1),
  title: leaf1,
  summary: optional(leaf6),
  lead: optional(OrganisationRules),
  partners: optional(array(OrganisationRules, 100)),
  url: optional(leaf2),
  image: optional(ImageRules),
});
export const ResourceRules = object({
  id: optional(leaf5),
  type: optional(leaf1),
  title: leaf1,
  summary: optional(leaf6),
  publisher: optional(OrganisationRules),
  url: optional(leaf2),
  datePublished: optional(leaf8),
});
export const RelatedByIdRules = object({programme: leaf5});
export const RelatedProjectRules = object({project: leaf5});
export const RelatedExternalRules = object({
  type: optional(leaf1),
  title: leaf1,
  summary: optional(leaf6),
  period: optional(PeriodRules),
  url: optional(leaf2),
});
export const RelatedRules = union(RelatedByIdRules, RelatedProjectRules, RelatedExternalRules);
export const SocialPostRules = object({author: leaf1, text: leaf6, url: optional(leaf2)});
export const PromoRules = object({
  title: leaf1,
  text: optional(leaf6),
  post: optional(SocialPostRules),
  action: optional(object({label: leaf1, url: leaf2})),
});
export const ProgrammeRules = object({
  id: leaf5,
  title: leaf1,
  strapline: optional(leaf6),
  status: optional(StatusRules),
  period: optional(PeriodRules),
  fundingPerTeam: optional(MoneyRules),
  durationMonths: optional(leaf12),
  teams: optional(leaf12),
  keyPoints: optional(array(leaf6, 100)),
  description: optional(array(leaf6, 100)),
  url: optional(leaf2),
  image: optional(ImageRules),
  awardDate: optional(leaf14),
  aims: optional(AimsRules),
  projectsIntroduction: optional(array(leaf6, 100)),
  projects: optional(array(ProjectRules, 100)),
  resources: optional(array(ResourceRules, 100)),
  related: optional(array(RelatedRules, 100)),
  promos: optional(array(PromoRules, 100)),
});
export const FeedRules = object({
  version: leaf0,
  publisher: OrganisationRules,
  licence: optional(leaf1),
  dateModified: optional(leaf4),
  programmes: array(ProgrammeRules, 2000),
});
