/**
 * The feed model: plain, readonly types inferred from the schema in `schema.ts`, so the types
 * and the validator are one definition.
 */
import type * as v from 'valibot';
import type {FeedProblem} from './problems.js';
import type {
  AimSchema,
  FeedSchema,
  ImageSchema,
  LongTextSchema,
  MoneySchema,
  OrganisationSchema,
  PeriodSchema,
  ProgrammeSchema,
  ProjectSchema,
  PromoSchema,
  RelatedExternalSchema,
  RelatedProjectSchema,
  RelatedSchema,
  ResourceSchema,
  SocialPostSchema,
  StatusSchema,
  TextSchema,
} from './schema.js';

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? {readonly [K in keyof T]: DeepReadonly<T[K]>}
    : T;

/** A whole feed: publisher, licence and one or more programmes. */
export type Feed = DeepReadonly<v.InferOutput<typeof FeedSchema>>;
/**
 * Text for people (feed format 1.1): a string, or a language map (`{"en": "…", "cy": "…"}`, BCP 47
 * keys) from which an element shows the best match for its language.
 */
export type LocalText = DeepReadonly<v.InferOutput<typeof TextSchema> | v.InferOutput<typeof LongTextSchema>>;
export type Programme = DeepReadonly<v.InferOutput<typeof ProgrammeSchema>>;
export type Project = DeepReadonly<v.InferOutput<typeof ProjectSchema>>;
export type Aim = DeepReadonly<v.InferOutput<typeof AimSchema>>;
export type Resource = DeepReadonly<v.InferOutput<typeof ResourceSchema>>;
export type RelatedReference = DeepReadonly<v.InferOutput<typeof RelatedSchema>>;
export type RelatedExternal = DeepReadonly<v.InferOutput<typeof RelatedExternalSchema>>;
export type RelatedProject = DeepReadonly<v.InferOutput<typeof RelatedProjectSchema>>;
export type SocialPost = DeepReadonly<v.InferOutput<typeof SocialPostSchema>>;
export type Promo = DeepReadonly<v.InferOutput<typeof PromoSchema>>;
export type Organisation = DeepReadonly<v.InferOutput<typeof OrganisationSchema>>;
export type Image = DeepReadonly<v.InferOutput<typeof ImageSchema>>;
export type Money = DeepReadonly<v.InferOutput<typeof MoneySchema>>;
export type Period = DeepReadonly<v.InferOutput<typeof PeriodSchema>>;
export type ProgrammeStatus = DeepReadonly<v.InferOutput<typeof StatusSchema>>;

export type {FeedProblem, ProblemCode, ProblemSeverity, ProblemValues} from './problems.js';

/**
 * What `parseFeed` returns: the feed with what is damaged left out and the problems found (`ok`),
 * or, when a `fatal` problem leaves nothing to show, every problem found.
 */
export type ParseResult =
  | {readonly ok: true; readonly feed: Feed; readonly problems: readonly FeedProblem[]}
  | {readonly ok: false; readonly problems: readonly FeedProblem[]};
