import type {FrameArgs} from './decorators.js';

/** The args every element's stories share: its public attributes, its `feed` property, and the frame. */
export interface ElementArgs extends FrameArgs {
  src?: string | undefined;
  programme?: string | undefined;
  headingLevel?: number | undefined;
  feed?: unknown;
}

/** The args of elements with an optional section heading (`no-heading`). */
export interface SectionArgs extends ElementArgs {
  noHeading?: boolean | undefined;
}

/** The args of `<programme-page>`. */
export interface PageArgs extends ElementArgs {
  structuredData?: boolean | undefined;
}

/** The args of `<programme-summary>`. */
export interface SummaryArgs extends ElementArgs {
  noMoreLink?: boolean | undefined;
}

/** The args of `<project-card>`. */
export interface CardArgs extends ElementArgs {
  project?: string | undefined;
}

/** The args of `<programme-list>`. */
export interface ListArgs extends SectionArgs {
  status?: string | undefined;
}

/** Every arg a story can give an element: what the shared render (render-element.ts) reads. */
export type AnyElementArgs = ListArgs & PageArgs & CardArgs & SummaryArgs;
