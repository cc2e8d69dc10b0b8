import type { AimsListElement } from "../dist/components/aims-list/aims-list.js";
import type { ProgrammeCardElement } from "../dist/components/programme-card/programme-card.js";
import type { ProgrammeFeedElement } from "../dist/components/programme-feed/programme-feed.js";
import type { ProgrammeListElement } from "../dist/components/programme-list/programme-list.js";
import type { ProgrammePageElement } from "../dist/components/programme-page/programme-page.js";
import type { ProgrammeSummaryElement } from "../dist/components/programme-summary/programme-summary.js";
import type { ProjectCardElement } from "../dist/components/project-card/project-card.js";
import type { ProjectListElement } from "../dist/components/project-list/project-list.js";
import type { RelatedProgrammesElement } from "../dist/components/related-programmes/related-programmes.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

/** `AimsListElement` component event */
export type AimsListElementElementEvent<E = Event> = TypedEvent<
  AimsListElement,
  E
>;
/** `feed-load` event type */
export type AimsListElementFeedLoadElementEvent = AimsListElementElementEvent<
  import("../dist/index.js").FeedLoadEvent
>;
/** `feed-error` event type */
export type AimsListElementFeedErrorElementEvent = AimsListElementElementEvent<
  import("../dist/index.js").FeedErrorEvent
>;

export type AimsListElementProps = {
  /** Leaves out the "Aims" heading; each aim's heading then takes `heading-level`. */
  "no-heading"?: AimsListElement["noHeading"] | undefined;
  /** Leaves out the "Aims" heading; each aim's heading then takes `heading-level`. */
  noHeading?: AimsListElement["noHeading"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: AimsListElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: AimsListElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: AimsListElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: AimsListElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: AimsListElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: AimsListElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "onfeed-error"?:
    ((e: AimsListElementFeedErrorElementEvent) => void) | undefined;
};

export type AimsListElementSolidJsProps = {
  /** Leaves out the "Aims" heading; each aim's heading then takes `heading-level`. */
  "bool:no-heading"?: AimsListElement["noHeading"] | undefined;
  /** Leaves out the "Aims" heading; each aim's heading then takes `heading-level`. */
  "prop:noHeading"?: AimsListElement["noHeading"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: AimsListElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: AimsListElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: AimsListElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: AimsListElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: AimsListElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: AimsListElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "on:feed-error"?:
    ((e: AimsListElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProgrammeCardElement` component event */
export type ProgrammeCardElementElementEvent<E = Event> = TypedEvent<
  ProgrammeCardElement,
  E
>;
/** `feed-load` event type */
export type ProgrammeCardElementFeedLoadElementEvent =
  ProgrammeCardElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProgrammeCardElementFeedErrorElementEvent =
  ProgrammeCardElementElementEvent<import("../dist/index.js").FeedErrorEvent>;

export type ProgrammeCardElementProps = {
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: ProgrammeCardElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: ProgrammeCardElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: ProgrammeCardElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: ProgrammeCardElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: ProgrammeCardElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: ProgrammeCardElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "onfeed-error"?:
    ((e: ProgrammeCardElementFeedErrorElementEvent) => void) | undefined;
};

export type ProgrammeCardElementSolidJsProps = {
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: ProgrammeCardElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: ProgrammeCardElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: ProgrammeCardElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: ProgrammeCardElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: ProgrammeCardElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: ProgrammeCardElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "on:feed-error"?:
    ((e: ProgrammeCardElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProgrammeFeedElement` component event */
export type ProgrammeFeedElementElementEvent<E = Event> = TypedEvent<
  ProgrammeFeedElement,
  E
>;
/** `feed-load` event type */
export type ProgrammeFeedElementFeedLoadElementEvent =
  ProgrammeFeedElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProgrammeFeedElementFeedErrorElementEvent =
  ProgrammeFeedElementElementEvent<import("../dist/index.js").FeedErrorEvent>;

export type ProgrammeFeedElementProps = {
  /** URL of the programme feed, resolved against the page's base URL. Not requested when `feed` or an inline JSON script is given; relative links in the feed still resolve against it. */
  src?: ProgrammeFeedElement["src"] | undefined;
  /** Id of the programme the elements inside show, unless they name their own; optional when the feed holds one programme. */
  programme?: ProgrammeFeedElement["programme"] | undefined;
  /** An already-parsed feed object: validated, then provided without any request. Takes precedence over inline JSON and `src`. */
  feed?: ProgrammeFeedElement["feed"] | undefined;

  /** The feed is loaded and valid, and its content is being shown. Fired again after a refresh brings a new version. */
  "onfeed-load"?:
    ((e: ProgrammeFeedElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded, is not JSON, or is not a valid programme feed; `kind`, `message`, `status` and `problems` say why. */
  "onfeed-error"?:
    ((e: ProgrammeFeedElementFeedErrorElementEvent) => void) | undefined;
};

export type ProgrammeFeedElementSolidJsProps = {
  /** URL of the programme feed, resolved against the page's base URL. Not requested when `feed` or an inline JSON script is given; relative links in the feed still resolve against it. */
  "prop:src"?: ProgrammeFeedElement["src"] | undefined;
  /** Id of the programme the elements inside show, unless they name their own; optional when the feed holds one programme. */
  "prop:programme"?: ProgrammeFeedElement["programme"] | undefined;
  /** An already-parsed feed object: validated, then provided without any request. Takes precedence over inline JSON and `src`. */
  "prop:feed"?: ProgrammeFeedElement["feed"] | undefined;
  /** The feed is loaded and valid, and its content is being shown. Fired again after a refresh brings a new version. */
  "on:feed-load"?:
    ((e: ProgrammeFeedElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded, is not JSON, or is not a valid programme feed; `kind`, `message`, `status` and `problems` say why. */
  "on:feed-error"?:
    ((e: ProgrammeFeedElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProgrammeListElement` component event */
export type ProgrammeListElementElementEvent<E = Event> = TypedEvent<
  ProgrammeListElement,
  E
>;
/** `feed-load` event type */
export type ProgrammeListElementFeedLoadElementEvent =
  ProgrammeListElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProgrammeListElementFeedErrorElementEvent =
  ProgrammeListElementElementEvent<import("../dist/index.js").FeedErrorEvent>;

export type ProgrammeListElementProps = {
  /** Only programmes with this status: `open`, `closed` or `upcoming`, or several separated by spaces. Unset, every programme. */
  status?: ProgrammeListElement["status"] | undefined;
  /** Leaves out the "Programmes" heading; each card's heading then takes `heading-level`. */
  "no-heading"?: ProgrammeListElement["noHeading"] | undefined;
  /** Leaves out the "Programmes" heading; each card's heading then takes `heading-level`. */
  noHeading?: ProgrammeListElement["noHeading"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: ProgrammeListElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: ProgrammeListElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: ProgrammeListElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: ProgrammeListElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: ProgrammeListElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: ProgrammeListElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid. */
  "onfeed-error"?:
    ((e: ProgrammeListElementFeedErrorElementEvent) => void) | undefined;
};

export type ProgrammeListElementSolidJsProps = {
  /** Only programmes with this status: `open`, `closed` or `upcoming`, or several separated by spaces. Unset, every programme. */
  "prop:status"?: ProgrammeListElement["status"] | undefined;
  /** Leaves out the "Programmes" heading; each card's heading then takes `heading-level`. */
  "bool:no-heading"?: ProgrammeListElement["noHeading"] | undefined;
  /** Leaves out the "Programmes" heading; each card's heading then takes `heading-level`. */
  "prop:noHeading"?: ProgrammeListElement["noHeading"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: ProgrammeListElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: ProgrammeListElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: ProgrammeListElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: ProgrammeListElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: ProgrammeListElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: ProgrammeListElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid. */
  "on:feed-error"?:
    ((e: ProgrammeListElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProgrammePageElement` component event */
export type ProgrammePageElementElementEvent<E = Event> = TypedEvent<
  ProgrammePageElement,
  E
>;
/** `feed-load` event type */
export type ProgrammePageElementFeedLoadElementEvent =
  ProgrammePageElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProgrammePageElementFeedErrorElementEvent =
  ProgrammePageElementElementEvent<import("../dist/index.js").FeedErrorEvent>;

export type ProgrammePageElementProps = {
  /** Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default. */
  "structured-data"?: ProgrammePageElement["structuredData"] | undefined;
  /** Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default. */
  structuredData?: ProgrammePageElement["structuredData"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: ProgrammePageElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: ProgrammePageElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: ProgrammePageElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: ProgrammePageElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: ProgrammePageElement["feed"] | undefined;

  /** The page's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: ProgrammePageElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "onfeed-error"?:
    ((e: ProgrammePageElementFeedErrorElementEvent) => void) | undefined;
};

export type ProgrammePageElementSolidJsProps = {
  /** Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default. */
  "bool:structured-data"?: ProgrammePageElement["structuredData"] | undefined;
  /** Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default. */
  "prop:structuredData"?: ProgrammePageElement["structuredData"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: ProgrammePageElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: ProgrammePageElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: ProgrammePageElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: ProgrammePageElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: ProgrammePageElement["feed"] | undefined;
  /** The page's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: ProgrammePageElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "on:feed-error"?:
    ((e: ProgrammePageElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProgrammeSummaryElement` component event */
export type ProgrammeSummaryElementElementEvent<E = Event> = TypedEvent<
  ProgrammeSummaryElement,
  E
>;
/** `feed-load` event type */
export type ProgrammeSummaryElementFeedLoadElementEvent =
  ProgrammeSummaryElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProgrammeSummaryElementFeedErrorElementEvent =
  ProgrammeSummaryElementElementEvent<
    import("../dist/index.js").FeedErrorEvent
  >;

export type ProgrammeSummaryElementProps = {
  /** Leaves out the "More about …" link to the programme's page: for a summary shown on that page
itself, where the link would lead back to where the reader is (`<programme-page>` sets it). */
  "no-more-link"?: ProgrammeSummaryElement["noMoreLink"] | undefined;
  /** Leaves out the "More about …" link to the programme's page: for a summary shown on that page
itself, where the link would lead back to where the reader is (`<programme-page>` sets it). */
  noMoreLink?: ProgrammeSummaryElement["noMoreLink"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: ProgrammeSummaryElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: ProgrammeSummaryElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: ProgrammeSummaryElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: ProgrammeSummaryElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: ProgrammeSummaryElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: ProgrammeSummaryElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "onfeed-error"?:
    ((e: ProgrammeSummaryElementFeedErrorElementEvent) => void) | undefined;
};

export type ProgrammeSummaryElementSolidJsProps = {
  /** Leaves out the "More about …" link to the programme's page: for a summary shown on that page
itself, where the link would lead back to where the reader is (`<programme-page>` sets it). */
  "bool:no-more-link"?: ProgrammeSummaryElement["noMoreLink"] | undefined;
  /** Leaves out the "More about …" link to the programme's page: for a summary shown on that page
itself, where the link would lead back to where the reader is (`<programme-page>` sets it). */
  "prop:noMoreLink"?: ProgrammeSummaryElement["noMoreLink"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: ProgrammeSummaryElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: ProgrammeSummaryElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: ProgrammeSummaryElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: ProgrammeSummaryElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: ProgrammeSummaryElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: ProgrammeSummaryElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "on:feed-error"?:
    ((e: ProgrammeSummaryElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProjectCardElement` component event */
export type ProjectCardElementElementEvent<E = Event> = TypedEvent<
  ProjectCardElement,
  E
>;
/** `feed-load` event type */
export type ProjectCardElementFeedLoadElementEvent =
  ProjectCardElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProjectCardElementFeedErrorElementEvent =
  ProjectCardElementElementEvent<import("../dist/index.js").FeedErrorEvent>;

export type ProjectCardElementProps = {
  /** Id of the project to show. */
  project?: ProjectCardElement["project"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: ProjectCardElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: ProjectCardElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: ProjectCardElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: ProjectCardElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: ProjectCardElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: ProjectCardElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such project. */
  "onfeed-error"?:
    ((e: ProjectCardElementFeedErrorElementEvent) => void) | undefined;
};

export type ProjectCardElementSolidJsProps = {
  /** Id of the project to show. */
  "prop:project"?: ProjectCardElement["project"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: ProjectCardElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: ProjectCardElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: ProjectCardElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: ProjectCardElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: ProjectCardElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: ProjectCardElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such project. */
  "on:feed-error"?:
    ((e: ProjectCardElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `ProjectListElement` component event */
export type ProjectListElementElementEvent<E = Event> = TypedEvent<
  ProjectListElement,
  E
>;
/** `feed-load` event type */
export type ProjectListElementFeedLoadElementEvent =
  ProjectListElementElementEvent<import("../dist/index.js").FeedLoadEvent>;
/** `feed-error` event type */
export type ProjectListElementFeedErrorElementEvent =
  ProjectListElementElementEvent<import("../dist/index.js").FeedErrorEvent>;

export type ProjectListElementProps = {
  /** Leaves out the "Projects" heading; each card's heading then takes `heading-level`. */
  "no-heading"?: ProjectListElement["noHeading"] | undefined;
  /** Leaves out the "Projects" heading; each card's heading then takes `heading-level`. */
  noHeading?: ProjectListElement["noHeading"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: ProjectListElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: ProjectListElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: ProjectListElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: ProjectListElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: ProjectListElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: ProjectListElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "onfeed-error"?:
    ((e: ProjectListElementFeedErrorElementEvent) => void) | undefined;
};

export type ProjectListElementSolidJsProps = {
  /** Leaves out the "Projects" heading; each card's heading then takes `heading-level`. */
  "bool:no-heading"?: ProjectListElement["noHeading"] | undefined;
  /** Leaves out the "Projects" heading; each card's heading then takes `heading-level`. */
  "prop:noHeading"?: ProjectListElement["noHeading"] | undefined;
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: ProjectListElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: ProjectListElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: ProjectListElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: ProjectListElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: ProjectListElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: ProjectListElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "on:feed-error"?:
    ((e: ProjectListElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RelatedProgrammesElement` component event */
export type RelatedProgrammesElementElementEvent<E = Event> = TypedEvent<
  RelatedProgrammesElement,
  E
>;
/** `feed-load` event type */
export type RelatedProgrammesElementFeedLoadElementEvent =
  RelatedProgrammesElementElementEvent<
    import("../dist/index.js").FeedLoadEvent
  >;
/** `feed-error` event type */
export type RelatedProgrammesElementFeedErrorElementEvent =
  RelatedProgrammesElementElementEvent<
    import("../dist/index.js").FeedErrorEvent
  >;

export type RelatedProgrammesElementProps = {
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  src?: RelatedProgrammesElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  programme?: RelatedProgrammesElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "heading-level"?: RelatedProgrammesElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  headingLevel?: RelatedProgrammesElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  feed?: RelatedProgrammesElement["feed"] | undefined;

  /** The element's own feed (from `src` or `feed`) is ready. */
  "onfeed-load"?:
    ((e: RelatedProgrammesElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "onfeed-error"?:
    ((e: RelatedProgrammesElementFeedErrorElementEvent) => void) | undefined;
};

export type RelatedProgrammesElementSolidJsProps = {
  /** URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`. */
  "prop:src"?: RelatedProgrammesElement["src"] | undefined;
  /** Id of the programme to show; optional when the feed holds one programme. */
  "prop:programme"?: RelatedProgrammesElement["programme"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "attr:heading-level"?: RelatedProgrammesElement["headingLevel"] | undefined;
  /** Level (1 to 6) of the element's top heading; its inner headings follow on from it. */
  "prop:headingLevel"?: RelatedProgrammesElement["headingLevel"] | undefined;
  /** An already-parsed feed object: validated, then shown without any request. */
  "prop:feed"?: RelatedProgrammesElement["feed"] | undefined;
  /** The element's own feed (from `src` or `feed`) is ready. */
  "on:feed-load"?:
    ((e: RelatedProgrammesElementFeedLoadElementEvent) => void) | undefined;
  /** The feed could not be loaded or is invalid, or it has no such programme. */
  "on:feed-error"?:
    ((e: RelatedProgrammesElementFeedErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * A programme's aims: the introduction, then each aim as a heading and its text in a list of
   * NHS.UK-style cards, then the conclusion.
   *
   * Headings: by default the element opens with a visible "Aims" heading at `heading-level`, and
   * each aim's heading sits one level below it, so `<aims-list heading-level="2">` on a page gives
   * an `h2` "Aims" with an `h3` per aim. With `no-heading` (when the page supplies its own section
   * heading) the aims' headings take `heading-level` itself. When the programme has no aims, the
   * heading stays and a sentence says so.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-heading`/`noHeading`: Leaves out the "Aims" heading; each aim's heading then takes `heading-level`.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the aims are ready (e.g. a link to the programme's page, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-aims-min-column-width`: The narrowest an aim's card gets before the cards wrap to fewer columns. (default: `240px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The element's outer wrapper.
   * - `title`: The "Aims" heading, at `heading-level` (absent with `no-heading`).
   * - `introduction`: The paragraph before the aims.
   * - `list`: The list of aims.
   * - `aim`: One aim: a list item shown as a card.
   * - `aim-title`: An aim's heading.
   * - `aim-text`: An aim's text.
   * - `conclusion`: The paragraph after the aims.
   * - `empty`: The sentence shown when the programme has no aims.
   * - `error`: The error message.
   * - `link`: The link in the error state, to the programme's page.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "aims-list": Partial<
    AimsListElementProps & BaseProps<AimsListElement> & BaseEvents
  >;

  /**
   * One programme as an NHS.UK-style card, for a trust's "programmes we took part in" list: its
   * thumbnail, its title (the card's only link, to the programme's page, its hit area stretched
   * over the whole card), strapline, status tag and years.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the card is ready (e.g. a plain link to the programme's page, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-card-hover-border-colour`: Border on hover of a card whose heading is a link. (default: `#aeb7bd`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `image`: The programme's thumbnail.
   * - `body`: The card's text.
   * - `title`: The heading.
   * - `link`: The heading's link, and the link in the error state.
   * - `strapline`: The strapline.
   * - `status`: The paragraph holding the status tag.
   * - `status-tag`: The status tag ("Closed for applications").
   * - `meta`: The years.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-card": Partial<
    ProgrammeCardElementProps & BaseProps<ProgrammeCardElement> & BaseEvents
  >;

  /**
   * Loads one programme feed and shares it with every element inside it, so a page that shows a
   * programme in several parts makes one request and names the feed once. The elements inside
   * need no `src`; they show the programme named by `programme` unless they name their own.
   *
   * The feed comes from, in order: the `feed` property; a `<script type="application/json">` child
   * holding the feed itself (no request at all: a server-rendered page inlines its feed so); or
   * `src`, loaded through the page-wide store, so any other element on the page with the same URL
   * shares the request. With inline data, `src` still says where the feed is published, and
   * relative links in it resolve against that.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not requested when `feed` or an inline JSON script is given; relative links in the feed still resolve against it.
   * - `programme`: Id of the programme the elements inside show, unless they name their own; optional when the feed holds one programme.
   * - `feed`: An already-parsed feed object: validated, then provided without any request. Takes precedence over inline JSON and `src`. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The feed is loaded and valid, and its content is being shown. Fired again after a refresh brings a new version.
   * - `feed-error`: The feed could not be loaded, is not JSON, or is not a valid programme feed; `kind`, `message`, `status` and `problems` say why.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The elements that show the feed, and optionally a `<script type="application/json">` holding the feed.
   */
  "programme-feed": Partial<
    ProgrammeFeedElementProps & BaseProps<ProgrammeFeedElement> & BaseEvents
  >;

  /**
   * Every programme of a feed (an organisation-wide feed holds many), in feed order, as a grid of
   * `<programme-card>`s: as many columns as fit, one in a 280px column. `status` keeps only the
   * programmes with that status, e.g. `status="open"` for what is open for applications now. The
   * list shows the whole feed, so `programme` names nothing here.
   *
   * Headings: by default a visible "Programmes" heading at `heading-level`, each card's heading one
   * level below it; with `no-heading` the cards' headings take `heading-level` itself. When no
   * programme has the status asked for, the heading stays and a sentence says so.
   *
   * The list selects once and hands each card its programme: the cards load, validate and announce
   * nothing of their own, so the list's `feed-load` / `feed-error` stand for them.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `status`: Only programmes with this status: `open`, `closed` or `upcoming`, or several separated by spaces. Unset, every programme.
   * - `no-heading`/`noHeading`: Leaves out the "Programmes" heading; each card's heading then takes `heading-level`.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the list is ready (e.g. a list of links to the programmes, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-programme-list-min-column-width`: The narrowest a card gets before the grid has fewer columns. (default: `256px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The element's outer wrapper.
   * - `title`: The "Programmes" heading, at `heading-level` (absent with `no-heading`).
   * - `list`: The grid of programmes (a list).
   * - `item`: One list item, holding one card.
   * - `card`: A programme card (its `base` part).
   * - `card-image`: A card's thumbnail.
   * - `card-body`: A card's text.
   * - `card-title`: A card's heading.
   * - `card-link`: A card's heading link.
   * - `card-strapline`: A card's strapline.
   * - `card-status`: The paragraph holding a card's status tag.
   * - `card-status-tag`: A card's status tag.
   * - `card-meta`: A card's years.
   * - `empty`: The sentence shown when no programme has the status asked for.
   * - `error`: The error message.
   * - `link`: The link in the error state.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-list": Partial<
    ProgrammeListElementProps & BaseProps<ProgrammeListElement> & BaseEvents
  >;

  /**
   * A whole programme page, in the order of the organisation's own page: the summary (title,
   * strapline, status, key facts, key points, description), the aims, the projects, further
   * reading, then the promos (a promo may quote a social post: its account, its words and a link). The page loads its feed once (from `src`, `feed` or
   * `<programme-feed>`), selects each section's data once and hands it to the section, setting
   * their heading levels so the outline stays correct: the programme title at `heading-level`, each section's
   * heading one level below, and the section's items one level below that. A section the
   * programme has nothing for is left out, as it is on the reference page.
   *
   * With `structured-data`, the page also writes the programme as schema.org JSON-LD (see
   * `toJsonLd`) into a `<script type="application/ld+json">` in its light DOM, where search engines
   * read it. It is off by default: the host page's owner decides what their page says to search engines.
   *
   * `feed-load` and `feed-error` come from the page itself, once per feed: the sections load nothing.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `structured-data`/`structuredData`: Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The page's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the page is ready (e.g. the programme's text as plain HTML, for readers without JavaScript and for crawlers).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-page-gap`: Space between the page's sections (40px in a column narrower than 600px). (default: `48px`)
   * - `--pe-promo-label-colour`: Background of a promo's heading label (NHS.UK feature card); falls back to `--nhsuk-brand-colour`. (default: `#005eb8`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The page: every section, in order.
   * - `summary`: The `<programme-summary>` section.
   * - `aims`: The `<aims-list>` section.
   * - `projects`: The `<project-list>` section.
   * - `further-reading`: The `<related-programmes>` section.
   * - `promos`: The list of promos.
   * - `promo`: One promo card.
   * - `promo-title`: A promo's heading.
   * - `promo-text`: A promo's text.
   * - `promo-link`: A promo's call-to-action link, or the link to its social post.
   * - `promo-post`: A social post quoted in a promo ("Get social").
   * - `promo-post-author`: The social post's account name.
   * - `promo-post-text`: The social post's words.
   * - `link`: The link in the error state.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-page": Partial<
    ProgrammePageElementProps & BaseProps<ProgrammePageElement> & BaseEvents
  >;

  /**
   * The opening of a programme: its title as the top heading, strapline, status (an NHS.UK tag and,
   * when the feed gives one, its sentence as inset text), key points, description and a link to the
   * programme's page, then the key facts (funding per team, duration, teams, years) as an NHS.UK
   * summary list under a "Key facts" heading one level below the title. Only facts the feed
   * gives are listed. In a wide column the image and key facts sit beside the text.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-more-link`/`noMoreLink`: Leaves out the "More about …" link to the programme's page: for a summary shown on that page
   * itself, where the link would lead back to where the reader is (`<programme-page>` sets it).
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the summary is ready (e.g. the programme's title as a link, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-inset-border-colour`: The bar beside the status sentence (falls back to `--nhsuk-brand-colour`). (default: `#005eb8`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The summary's outer wrapper.
   * - `header`: The title, strapline and status tag.
   * - `title`: The programme title: the top heading, at `heading-level`.
   * - `strapline`: The strapline under the title.
   * - `status`: The paragraph holding the status tag.
   * - `status-tag`: The status tag ("Closed for applications").
   * - `image`: The programme image.
   * - `body`: The status sentence, key points, description and link.
   * - `notice`: The status sentence, as inset text.
   * - `key-points`: The list of key points.
   * - `key-point`: One key point.
   * - `description`: The description paragraphs.
   * - `more`: The paragraph holding the link to the programme's page.
   * - `link`: The link to the programme's page, and the link in the error state.
   * - `facts`: The key facts card.
   * - `facts-title`: The "Key facts" heading, one level below the title.
   * - `facts-list`: The key facts summary list (`<dl>`).
   * - `fact`: One row of the key facts.
   * - `fact-key`: A fact's label (`<dt>`).
   * - `fact-value`: A fact's value (`<dd>`).
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-summary": Partial<
    ProgrammeSummaryElementProps &
      BaseProps<ProgrammeSummaryElement> &
      BaseEvents
  >;

  /**
   * One funded project as an NHS.UK-style card: type tag, title, summary, lead organisation and
   * optional image. Only the heading is a link; its hit area stretches over the whole card.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `project`: Id of the project to show.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such project.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the card is ready (e.g. a plain link for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-card-hover-border-colour`: Border on hover of a card whose heading is a link. (default: `#aeb7bd`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `image`: The project image.
   * - `body`: The card's text.
   * - `type`: The project type tag.
   * - `title`: The heading.
   * - `link`: The heading's link, and the link in the error state.
   * - `summary`: The summary paragraph.
   * - `meta`: The lead organisation and partners.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "project-card": Partial<
    ProjectCardElementProps & BaseProps<ProjectCardElement> & BaseEvents
  >;

  /**
   * Every project of a programme: the introduction paragraphs, then one `<project-card>` per
   * project in a responsive grid (as many columns as fit, one in a 280px column).
   *
   * Headings: by default the element opens with a visible "Projects" heading at `heading-level`,
   * and each card's heading sits one level below it. With `no-heading` (when the page supplies its
   * own section heading) the cards' headings take `heading-level` itself. When the programme has no
   * projects, the heading and introduction stay and a sentence says so.
   *
   * The list selects its projects once and hands each card its project: the cards load, validate
   * and announce nothing of their own, so the list's `feed-load` / `feed-error` stand for them,
   * and relative links in the feed resolve against the feed's URL, as the list's do.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-heading`/`noHeading`: Leaves out the "Projects" heading; each card's heading then takes `heading-level`.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the list is ready (e.g. a list of links to the projects, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-project-list-min-column-width`: The narrowest a card gets before the grid has fewer columns. (default: `256px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The element's outer wrapper.
   * - `title`: The "Projects" heading, at `heading-level` (absent with `no-heading`).
   * - `introduction`: The introduction paragraphs.
   * - `list`: The grid of projects (a list).
   * - `item`: One list item, holding one card.
   * - `card`: A project card (its `base` part).
   * - `card-image`: A card's image.
   * - `card-body`: A card's text.
   * - `card-type`: A card's project type tag.
   * - `card-title`: A card's heading.
   * - `card-link`: A card's heading link.
   * - `card-summary`: A card's summary.
   * - `card-meta`: A card's lead organisation and partners.
   * - `empty`: The sentence shown when the programme has no projects.
   * - `error`: The error message.
   * - `link`: The link in the error state, to the programme's page.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "project-list": Partial<
    ProjectListElementProps & BaseProps<ProjectListElement> & BaseEvents
  >;

  /**
   * The "Further reading" block of a programme: its resources (such as the evaluation report) as
   * well as its related programmes and the projects of its own it names (`{"project": "<id>"}`),
   * as a list of NHS.UK-style cards. The tag is named for the
   * related programmes, but the block holds resources too, first, as on the reference page. Each card has a type label, a title (a
   * heading one level below the block's heading, and the card's only link, whose hit area
   * stretches over the card), a summary, and the years or publisher where the feed gives them.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the element is ready (e.g. plain links for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-card-hover-border-colour`: Border on hover of a card whose heading is a link. (default: `#aeb7bd`)
   * - `--pe-related-min-card-width`: Narrowest a card gets before the list drops a column. (default: `280px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The block: heading and list.
   * - `heading`: The "Further reading" heading.
   * - `list`: The list of cards.
   * - `item`: One list item.
   * - `card`: One card.
   * - `type`: A card's type label ("Research report", "Programme", "Improvement project").
   * - `title`: A card's heading.
   * - `link`: A card heading's link, and the link in the error state.
   * - `summary`: A card's summary.
   * - `meta`: A card's years or publisher line.
   * - `empty`: The sentence shown when there is no further reading.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "related-programmes": Partial<
    RelatedProgrammesElementProps &
      BaseProps<RelatedProgrammesElement> &
      BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * A programme's aims: the introduction, then each aim as a heading and its text in a list of
   * NHS.UK-style cards, then the conclusion.
   *
   * Headings: by default the element opens with a visible "Aims" heading at `heading-level`, and
   * each aim's heading sits one level below it, so `<aims-list heading-level="2">` on a page gives
   * an `h2` "Aims" with an `h3` per aim. With `no-heading` (when the page supplies its own section
   * heading) the aims' headings take `heading-level` itself. When the programme has no aims, the
   * heading stays and a sentence says so.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-heading`/`noHeading`: Leaves out the "Aims" heading; each aim's heading then takes `heading-level`.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the aims are ready (e.g. a link to the programme's page, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-aims-min-column-width`: The narrowest an aim's card gets before the cards wrap to fewer columns. (default: `240px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The element's outer wrapper.
   * - `title`: The "Aims" heading, at `heading-level` (absent with `no-heading`).
   * - `introduction`: The paragraph before the aims.
   * - `list`: The list of aims.
   * - `aim`: One aim: a list item shown as a card.
   * - `aim-title`: An aim's heading.
   * - `aim-text`: An aim's text.
   * - `conclusion`: The paragraph after the aims.
   * - `empty`: The sentence shown when the programme has no aims.
   * - `error`: The error message.
   * - `link`: The link in the error state, to the programme's page.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "aims-list": Partial<
    AimsListElementProps &
      AimsListElementSolidJsProps &
      BaseProps<AimsListElement> &
      BaseEvents
  >;

  /**
   * One programme as an NHS.UK-style card, for a trust's "programmes we took part in" list: its
   * thumbnail, its title (the card's only link, to the programme's page, its hit area stretched
   * over the whole card), strapline, status tag and years.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the card is ready (e.g. a plain link to the programme's page, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-card-hover-border-colour`: Border on hover of a card whose heading is a link. (default: `#aeb7bd`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `image`: The programme's thumbnail.
   * - `body`: The card's text.
   * - `title`: The heading.
   * - `link`: The heading's link, and the link in the error state.
   * - `strapline`: The strapline.
   * - `status`: The paragraph holding the status tag.
   * - `status-tag`: The status tag ("Closed for applications").
   * - `meta`: The years.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-card": Partial<
    ProgrammeCardElementProps &
      ProgrammeCardElementSolidJsProps &
      BaseProps<ProgrammeCardElement> &
      BaseEvents
  >;

  /**
   * Loads one programme feed and shares it with every element inside it, so a page that shows a
   * programme in several parts makes one request and names the feed once. The elements inside
   * need no `src`; they show the programme named by `programme` unless they name their own.
   *
   * The feed comes from, in order: the `feed` property; a `<script type="application/json">` child
   * holding the feed itself (no request at all: a server-rendered page inlines its feed so); or
   * `src`, loaded through the page-wide store, so any other element on the page with the same URL
   * shares the request. With inline data, `src` still says where the feed is published, and
   * relative links in it resolve against that.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not requested when `feed` or an inline JSON script is given; relative links in the feed still resolve against it.
   * - `programme`: Id of the programme the elements inside show, unless they name their own; optional when the feed holds one programme.
   * - `feed`: An already-parsed feed object: validated, then provided without any request. Takes precedence over inline JSON and `src`. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The feed is loaded and valid, and its content is being shown. Fired again after a refresh brings a new version.
   * - `feed-error`: The feed could not be loaded, is not JSON, or is not a valid programme feed; `kind`, `message`, `status` and `problems` say why.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The elements that show the feed, and optionally a `<script type="application/json">` holding the feed.
   */
  "programme-feed": Partial<
    ProgrammeFeedElementProps &
      ProgrammeFeedElementSolidJsProps &
      BaseProps<ProgrammeFeedElement> &
      BaseEvents
  >;

  /**
   * Every programme of a feed (an organisation-wide feed holds many), in feed order, as a grid of
   * `<programme-card>`s: as many columns as fit, one in a 280px column. `status` keeps only the
   * programmes with that status, e.g. `status="open"` for what is open for applications now. The
   * list shows the whole feed, so `programme` names nothing here.
   *
   * Headings: by default a visible "Programmes" heading at `heading-level`, each card's heading one
   * level below it; with `no-heading` the cards' headings take `heading-level` itself. When no
   * programme has the status asked for, the heading stays and a sentence says so.
   *
   * The list selects once and hands each card its programme: the cards load, validate and announce
   * nothing of their own, so the list's `feed-load` / `feed-error` stand for them.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `status`: Only programmes with this status: `open`, `closed` or `upcoming`, or several separated by spaces. Unset, every programme.
   * - `no-heading`/`noHeading`: Leaves out the "Programmes" heading; each card's heading then takes `heading-level`.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the list is ready (e.g. a list of links to the programmes, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-programme-list-min-column-width`: The narrowest a card gets before the grid has fewer columns. (default: `256px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The element's outer wrapper.
   * - `title`: The "Programmes" heading, at `heading-level` (absent with `no-heading`).
   * - `list`: The grid of programmes (a list).
   * - `item`: One list item, holding one card.
   * - `card`: A programme card (its `base` part).
   * - `card-image`: A card's thumbnail.
   * - `card-body`: A card's text.
   * - `card-title`: A card's heading.
   * - `card-link`: A card's heading link.
   * - `card-strapline`: A card's strapline.
   * - `card-status`: The paragraph holding a card's status tag.
   * - `card-status-tag`: A card's status tag.
   * - `card-meta`: A card's years.
   * - `empty`: The sentence shown when no programme has the status asked for.
   * - `error`: The error message.
   * - `link`: The link in the error state.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-list": Partial<
    ProgrammeListElementProps &
      ProgrammeListElementSolidJsProps &
      BaseProps<ProgrammeListElement> &
      BaseEvents
  >;

  /**
   * A whole programme page, in the order of the organisation's own page: the summary (title,
   * strapline, status, key facts, key points, description), the aims, the projects, further
   * reading, then the promos (a promo may quote a social post: its account, its words and a link). The page loads its feed once (from `src`, `feed` or
   * `<programme-feed>`), selects each section's data once and hands it to the section, setting
   * their heading levels so the outline stays correct: the programme title at `heading-level`, each section's
   * heading one level below, and the section's items one level below that. A section the
   * programme has nothing for is left out, as it is on the reference page.
   *
   * With `structured-data`, the page also writes the programme as schema.org JSON-LD (see
   * `toJsonLd`) into a `<script type="application/ld+json">` in its light DOM, where search engines
   * read it. It is off by default: the host page's owner decides what their page says to search engines.
   *
   * `feed-load` and `feed-error` come from the page itself, once per feed: the sections load nothing.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `structured-data`/`structuredData`: Writes the programme as schema.org JSON-LD into a script in the page's light DOM. Off by default.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The page's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the page is ready (e.g. the programme's text as plain HTML, for readers without JavaScript and for crawlers).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-page-gap`: Space between the page's sections (40px in a column narrower than 600px). (default: `48px`)
   * - `--pe-promo-label-colour`: Background of a promo's heading label (NHS.UK feature card); falls back to `--nhsuk-brand-colour`. (default: `#005eb8`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The page: every section, in order.
   * - `summary`: The `<programme-summary>` section.
   * - `aims`: The `<aims-list>` section.
   * - `projects`: The `<project-list>` section.
   * - `further-reading`: The `<related-programmes>` section.
   * - `promos`: The list of promos.
   * - `promo`: One promo card.
   * - `promo-title`: A promo's heading.
   * - `promo-text`: A promo's text.
   * - `promo-link`: A promo's call-to-action link, or the link to its social post.
   * - `promo-post`: A social post quoted in a promo ("Get social").
   * - `promo-post-author`: The social post's account name.
   * - `promo-post-text`: The social post's words.
   * - `link`: The link in the error state.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-page": Partial<
    ProgrammePageElementProps &
      ProgrammePageElementSolidJsProps &
      BaseProps<ProgrammePageElement> &
      BaseEvents
  >;

  /**
   * The opening of a programme: its title as the top heading, strapline, status (an NHS.UK tag and,
   * when the feed gives one, its sentence as inset text), key points, description and a link to the
   * programme's page, then the key facts (funding per team, duration, teams, years) as an NHS.UK
   * summary list under a "Key facts" heading one level below the title. Only facts the feed
   * gives are listed. In a wide column the image and key facts sit beside the text.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-more-link`/`noMoreLink`: Leaves out the "More about …" link to the programme's page: for a summary shown on that page
   * itself, where the link would lead back to where the reader is (`<programme-page>` sets it).
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the summary is ready (e.g. the programme's title as a link, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-inset-border-colour`: The bar beside the status sentence (falls back to `--nhsuk-brand-colour`). (default: `#005eb8`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The summary's outer wrapper.
   * - `header`: The title, strapline and status tag.
   * - `title`: The programme title: the top heading, at `heading-level`.
   * - `strapline`: The strapline under the title.
   * - `status`: The paragraph holding the status tag.
   * - `status-tag`: The status tag ("Closed for applications").
   * - `image`: The programme image.
   * - `body`: The status sentence, key points, description and link.
   * - `notice`: The status sentence, as inset text.
   * - `key-points`: The list of key points.
   * - `key-point`: One key point.
   * - `description`: The description paragraphs.
   * - `more`: The paragraph holding the link to the programme's page.
   * - `link`: The link to the programme's page, and the link in the error state.
   * - `facts`: The key facts card.
   * - `facts-title`: The "Key facts" heading, one level below the title.
   * - `facts-list`: The key facts summary list (`<dl>`).
   * - `fact`: One row of the key facts.
   * - `fact-key`: A fact's label (`<dt>`).
   * - `fact-value`: A fact's value (`<dd>`).
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "programme-summary": Partial<
    ProgrammeSummaryElementProps &
      ProgrammeSummaryElementSolidJsProps &
      BaseProps<ProgrammeSummaryElement> &
      BaseEvents
  >;

  /**
   * One funded project as an NHS.UK-style card: type tag, title, summary, lead organisation and
   * optional image. Only the heading is a link; its hit area stretches over the whole card.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `project`: Id of the project to show.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such project.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the card is ready (e.g. a plain link for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-card-hover-border-colour`: Border on hover of a card whose heading is a link. (default: `#aeb7bd`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `image`: The project image.
   * - `body`: The card's text.
   * - `type`: The project type tag.
   * - `title`: The heading.
   * - `link`: The heading's link, and the link in the error state.
   * - `summary`: The summary paragraph.
   * - `meta`: The lead organisation and partners.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "project-card": Partial<
    ProjectCardElementProps &
      ProjectCardElementSolidJsProps &
      BaseProps<ProjectCardElement> &
      BaseEvents
  >;

  /**
   * Every project of a programme: the introduction paragraphs, then one `<project-card>` per
   * project in a responsive grid (as many columns as fit, one in a 280px column).
   *
   * Headings: by default the element opens with a visible "Projects" heading at `heading-level`,
   * and each card's heading sits one level below it. With `no-heading` (when the page supplies its
   * own section heading) the cards' headings take `heading-level` itself. When the programme has no
   * projects, the heading and introduction stay and a sentence says so.
   *
   * The list selects its projects once and hands each card its project: the cards load, validate
   * and announce nothing of their own, so the list's `feed-load` / `feed-error` stand for them,
   * and relative links in the feed resolve against the feed's URL, as the list's do.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `no-heading`/`noHeading`: Leaves out the "Projects" heading; each card's heading then takes `heading-level`.
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the list is ready (e.g. a list of links to the projects, for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-project-list-min-column-width`: The narrowest a card gets before the grid has fewer columns. (default: `256px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The element's outer wrapper.
   * - `title`: The "Projects" heading, at `heading-level` (absent with `no-heading`).
   * - `introduction`: The introduction paragraphs.
   * - `list`: The grid of projects (a list).
   * - `item`: One list item, holding one card.
   * - `card`: A project card (its `base` part).
   * - `card-image`: A card's image.
   * - `card-body`: A card's text.
   * - `card-type`: A card's project type tag.
   * - `card-title`: A card's heading.
   * - `card-link`: A card's heading link.
   * - `card-summary`: A card's summary.
   * - `card-meta`: A card's lead organisation and partners.
   * - `empty`: The sentence shown when the programme has no projects.
   * - `error`: The error message.
   * - `link`: The link in the error state, to the programme's page.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "project-list": Partial<
    ProjectListElementProps &
      ProjectListElementSolidJsProps &
      BaseProps<ProjectListElement> &
      BaseEvents
  >;

  /**
   * The "Further reading" block of a programme: its resources (such as the evaluation report) as
   * well as its related programmes and the projects of its own it names (`{"project": "<id>"}`),
   * as a list of NHS.UK-style cards. The tag is named for the
   * related programmes, but the block holds resources too, first, as on the reference page. Each card has a type label, a title (a
   * heading one level below the block's heading, and the card's only link, whose hit area
   * stretches over the card), a summary, and the years or publisher where the feed gives them.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of the programme feed, resolved against the page's base URL. Not needed inside `<programme-feed>`.
   * - `programme`: Id of the programme to show; optional when the feed holds one programme.
   * - `heading-level`/`headingLevel`: Level (1 to 6) of the element's top heading; its inner headings follow on from it.
   * - `feed`: An already-parsed feed object: validated, then shown without any request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `feed-load`: The element's own feed (from `src` or `feed`) is ready.
   * - `feed-error`: The feed could not be loaded or is invalid, or it has no such programme.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown until the element is ready (e.g. plain links for readers without JavaScript).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--pe-card-hover-border-colour`: Border on hover of a card whose heading is a link. (default: `#aeb7bd`)
   * - `--pe-related-min-card-width`: Narrowest a card gets before the list drops a column. (default: `280px`)
   * - `--pe-text-colour`: Body text (falls back to `--nhsuk-text-colour`). (default: `#212b32`)
   * - `--pe-secondary-text-colour`: Secondary text (falls back to `--nhsuk-secondary-text-colour`). (default: `#4c6272`)
   * - `--pe-link-colour`: Links (falls back to `--nhsuk-link-colour`). (default: `#005eb8`)
   * - `--pe-link-hover-colour`: Links on hover (falls back to `--nhsuk-link-hover-colour`). (default: `#7c2855`)
   * - `--pe-link-visited-colour`: Visited links (falls back to `--nhsuk-link-visited-colour`). (default: `#330072`)
   * - `--pe-link-active-colour`: Links while pressed (falls back to `--nhsuk-link-active-colour`). (default: `#002f5c`)
   * - `--pe-focus-colour`: Focus highlight (falls back to `--nhsuk-focus-colour`). (default: `#ffeb3b`)
   * - `--pe-focus-text-colour`: Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). (default: `#212b32`)
   * - `--pe-border-colour`: Card and list borders (falls back to `--nhsuk-border-colour`). (default: `#d8dde0`)
   * - `--pe-card-background-colour`: Card background (falls back to `--nhsuk-card-background-colour`). (default: `#ffffff`)
   * - `--pe-error-colour`: The error state's bar (falls back to `--nhsuk-error-colour`). (default: `#d5281b`)
   * - `--pe-skeleton-colour`: Loading placeholders. (default: `#d8dde0`)
   * - `--pe-border-radius`: Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). (default: `0`)
   * - `--pe-space`: A card's padding (24px, 32px from 641px). (default: `24px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The block: heading and list.
   * - `heading`: The "Further reading" heading.
   * - `list`: The list of cards.
   * - `item`: One list item.
   * - `card`: One card.
   * - `type`: A card's type label ("Research report", "Programme", "Improvement project").
   * - `title`: A card's heading.
   * - `link`: A card heading's link, and the link in the error state.
   * - `summary`: A card's summary.
   * - `meta`: A card's years or publisher line.
   * - `empty`: The sentence shown when there is no further reading.
   * - `error`: The error message.
   * - `fallback`: The wrapper of the fallback content.
   * - `skeleton`: The loading placeholder.
   */
  "related-programmes": Partial<
    RelatedProgrammesElementProps &
      RelatedProgrammesElementSolidJsProps &
      BaseProps<RelatedProgrammesElement> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** The narrowest an aim's card gets before the cards wrap to fewer columns. */
  "--pe-aims-min-column-width"?: string | undefined;
  /** Body text (falls back to `--nhsuk-text-colour`). */
  "--pe-text-colour"?: string | undefined;
  /** Secondary text (falls back to `--nhsuk-secondary-text-colour`). */
  "--pe-secondary-text-colour"?: string | undefined;
  /** Links (falls back to `--nhsuk-link-colour`). */
  "--pe-link-colour"?: string | undefined;
  /** Links on hover (falls back to `--nhsuk-link-hover-colour`). */
  "--pe-link-hover-colour"?: string | undefined;
  /** Visited links (falls back to `--nhsuk-link-visited-colour`). */
  "--pe-link-visited-colour"?: string | undefined;
  /** Links while pressed (falls back to `--nhsuk-link-active-colour`). */
  "--pe-link-active-colour"?: string | undefined;
  /** Focus highlight (falls back to `--nhsuk-focus-colour`). */
  "--pe-focus-colour"?: string | undefined;
  /** Text on the focus highlight (falls back to `--nhsuk-focus-text-colour`). */
  "--pe-focus-text-colour"?: string | undefined;
  /** Card and list borders (falls back to `--nhsuk-border-colour`). */
  "--pe-border-colour"?: string | undefined;
  /** Card background (falls back to `--nhsuk-card-background-colour`). */
  "--pe-card-background-colour"?: string | undefined;
  /** The error state's bar (falls back to `--nhsuk-error-colour`). */
  "--pe-error-colour"?: string | undefined;
  /** Loading placeholders. */
  "--pe-skeleton-colour"?: string | undefined;
  /** Corners of cards (NHS.UK cards are square) and of loading placeholders (4px unless set). */
  "--pe-border-radius"?: string | undefined;
  /** A card's padding (24px, 32px from 641px). */
  "--pe-space"?: string | undefined;
  /** Border on hover of a card whose heading is a link. */
  "--pe-card-hover-border-colour"?: string | undefined;
  /** The narrowest a card gets before the grid has fewer columns. */
  "--pe-programme-list-min-column-width"?: string | undefined;
  /** Space between the page's sections (40px in a column narrower than 600px). */
  "--pe-page-gap"?: string | undefined;
  /** Background of a promo's heading label (NHS.UK feature card); falls back to `--nhsuk-brand-colour`. */
  "--pe-promo-label-colour"?: string | undefined;
  /** The bar beside the status sentence (falls back to `--nhsuk-brand-colour`). */
  "--pe-inset-border-colour"?: string | undefined;
  /** The narrowest a card gets before the grid has fewer columns. */
  "--pe-project-list-min-column-width"?: string | undefined;
  /** Narrowest a card gets before the list drops a column. */
  "--pe-related-min-card-width"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
