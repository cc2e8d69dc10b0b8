/**
 * The English (UK) catalogue: every string a reader or a site editor sees. Every other language
 * is one object of this shape (`Catalogue`), checked against it by the compiler: `cy.ts` ships
 * with the library, and a partner adds one with `registerCatalogue()` (README, Languages).
 *
 * - `{name}` placeholders are filled by `format()`; numbers among the values are formatted for
 *   the catalogue's language.
 * - A `Plural` is one string per `Intl.PluralRules` category (`zero`, `one`, `two`, `few`,
 *   `many`, `other`); `other` is required, and English needs only `one` and `other`.
 * - A problem's sentence is worded here from its code and values, so the code and JSON path stay
 *   the same in every language (src/feed/problems.ts holds each code's severity).
 *
 * The comment on each entry says where it shows; `cy.ts` repeats them for its reviewer.
 */

/** One string per plural category; `other` is required (Intl.PluralRules). */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export const enGB = {
  // ── <programme-summary> ──────────────────────────────────────────────────────────────────
  /** Not shown today: the word for a programme's status, kept for partners' catalogues. */
  status: 'Status',
  /** The green tag under a programme's title when it is open. */
  statusOpen: 'Open for applications',
  /** The grey tag under a programme's title when it is closed. */
  statusClosed: 'Closed for applications',
  /** The blue tag under a programme's title when it opens later. */
  statusUpcoming: 'Opening soon',
  /** Heading of the key facts panel. */
  keyFacts: 'Key facts',
  /** Key facts label: the money each team gets. */
  fundingPerTeam: 'Funding per team',
  /** Key facts value when the feed marks the amount approximate; `{amount}` is "£400,000". */
  approximately: 'around {amount}',
  /** Key facts label: how long the programme runs. */
  duration: 'Duration',
  /** Key facts value: a duration in whole years; `{count}` is the number. */
  durationYears: {one: '{count} year', other: '{count} years'} as Plural,
  /** Key facts value: a duration in months; `{count}` is the number. */
  durationMonths: {one: '{count} month', other: '{count} months'} as Plural,
  /** Key facts label: how many teams take part. */
  teams: 'Teams',
  /** Key facts label: the years the programme ran. */
  years: 'Years',
  /** Key facts value and further reading card: "2011 to 2013". */
  yearRange: '{start} to {end}',
  /** Key facts value and further reading card when there is no end year: "from 2011". */
  yearFrom: 'from {start}',
  /** Not shown today: a heading for the key points list. */
  keyPoints: 'Key points',
  /** The link to the programme's own page, under the summary; `{title}` is the programme's title. */
  moreAboutProgramme: 'More about {title}',
  /** Read by screen readers before a programme's status notice (then the notice's text). */
  information: 'Information: ',

  // ── <aims-list>, <project-list>, <project-card>, <related-programmes> ─────────────────────
  /** Heading of the aims section. */
  aims: 'Aims',
  /** Heading of the projects section. */
  projects: 'Projects',
  /** Project card: label before the lead organisation's name. */
  leadOrganisation: 'Lead organisation',
  /** Project card: label before the partner organisations' names. */
  partners: 'Partners',
  /** Project list: shown when the programme has no projects yet. */
  noProjects: 'No projects have been published for this programme yet.',
  /** Aims list: shown when the programme has no aims yet. */
  noAims: 'No aims have been published for this programme yet.',
  /** Heading of the further reading section. */
  furtherReading: 'Further reading',
  /** Further reading: shown when there is nothing to list. */
  noFurtherReading: 'There is no further reading for this programme yet.',
  /** Further reading card: the tag on a related programme that gives no type of its own. */
  programmeType: 'Programme',
  /** Further reading card: the tag on a resource that gives no type of its own. */
  resourceType: 'Resource',
  /** Further reading card: the tag on one of the programme's own projects that gives no type of its own. */
  projectType: 'Project',
  // ── <programme-list> ─────────────────────────────────────────────────────────────────────
  /** Heading of the programme list. */
  programmes: 'Programmes',
  /** Programme list: shown when no programme has the status the list is filtered by. */
  noProgrammesWithStatus: 'No programme has this status at the moment.',
  // ── <programme-page> promos ──────────────────────────────────────────────────────────────
  /** The link to a social post quoted in a promo ("Get social"); the promo's title follows, for screen readers. */
  viewPost: 'View the post',
  /** Further reading card: who published a resource; `{publisher}` is the organisation's name. */
  publishedBy: 'Published by {publisher}',

  // ── States, every element ────────────────────────────────────────────────────────────────
  /** Read by screen readers while an element loads (its grey placeholders). */
  loading: 'Loading',
  /** Heading of the error state, shown in place of the content. */
  errorTitle: 'This content could not be shown',
  /** Error state, for readers: the feed could not be fetched (network, server error, time-out). */
  errorUnavailable: 'It could not be loaded just now. Please try again later.',
  /** Error state, for readers: the published information has a fault (not JSON, not a valid feed). */
  errorDamaged: 'The information published for it has a fault. Please try again later.',
  /** Error state, for readers: the page asked for a programme or project the feed does not have. */
  errorMissing: 'The information this part of the page asks for is not available.',
  /** Error state: a link to the programme's own page, when there is one. */
  errorProgrammeLink: 'Read about this programme on its page',

  // ── For the page's editor: the console and `feed-error` (never shown to readers) ─────────
  /** Console, before the editor's detail of an error; `{tag}` is the element, such as <project-card>. */
  consoleError: '{tag} could not show its content:',
  /** Console, after an error: how many problems the feed has. */
  problemCount: {one: '{count} problem:', other: '{count} problems:'} as Plural,
  /**
   * Why an element cannot show its content, by the error's code: the console line after
   * `consoleError`, and `feed-error`'s `message`. `{url}` is the feed's address; `{detail}` the
   * browser's or the parser's own words, in the browser's language.
   */
  errors: {
    /** The request failed; `{detail}` is " (the browser's reason)", or nothing. */
    network:
      'The feed at {url} could not be loaded: the request failed{detail}. The server may be unreachable, or it may not allow other sites to read the feed (it must send an Access-Control-Allow-Origin header).',
    /** The page's own script replaced or broke something the elements use, such as `window.fetch`. */
    environment:
      'The feed at {url} could not be loaded on this page: this page’s own script changed what the elements rely on ({detail}). This is not a fault of the server.',
    /** Something in the page's script threw while the feed loaded. */
    'page-script':
      'The feed at {url} could not be loaded on this page: something went wrong in this page’s script, not at the server ({detail}).',
    /** No answer within the time limit; `{count}` is the limit in seconds. */
    timeout: {
      one: 'The feed at {url} could not be loaded: the server did not send it within {count} second.',
      other: 'The feed at {url} could not be loaded: the server did not send it within {count} seconds.',
    } as Plural,
    /** The server answered with an error; `{status}` is its code, `{reason}` " Not Found" or nothing (HTTP's own words). */
    http: 'The feed at {url} could not be loaded: the server answered {status}{reason}.',
    /** The server answered 304 Not Modified to a request that was not conditional. */
    'http-304': 'The feed at {url} could not be loaded: the server answered 304 Not Modified to a first request.',
    /** The feed is bigger than a feed may be. */
    'too-large': 'The feed at {url} is larger than 512 KB, the most a feed may be: it was not read.',
    /** The server sent an empty body. */
    'empty-at-url': 'The feed at {url} is empty: the server sent no content.',
    /** The feed written in the page is empty. */
    'empty-inline': 'The feed in the <script type="application/json"> element is empty.',
    /** Not valid JSON; `{detail}` is the parser's reason. */
    'not-json-at-url': 'The feed at {url} is not valid JSON ({detail}).',
    /** Not valid JSON, in the page; `{detail}` is the parser's reason. */
    'not-json-inline': 'The feed in the <script type="application/json"> element is not valid JSON ({detail}).',
    /** Not JSON at all, a web page perhaps; `{start}` is how it starts. */
    'not-json-start-at-url': 'The feed at {url} is not JSON (it starts with "{start}").',
    /** Not JSON at all, in the page; `{start}` is how it starts. */
    'not-json-start-inline':
      'The feed in the <script type="application/json"> element is not JSON (it starts with "{start}").',
    /** JSON, but not a programme feed; the problems follow in the console. */
    'invalid-at-url': {
      one: 'The feed at {url} is not a valid programme feed: {count} problem was found.',
      other: 'The feed at {url} is not a valid programme feed: {count} problems were found.',
    } as Plural,
    /** The same, for a feed written in the page. */
    'invalid-inline': {
      one: 'The feed in the <script type="application/json"> element is not a valid programme feed: {count} problem was found.',
      other:
        'The feed in the <script type="application/json"> element is not a valid programme feed: {count} problems were found.',
    } as Plural,
    /** The same, for a feed set by the page's script (the `feed` property). */
    invalid: {
      one: 'The feed is not a valid programme feed: {count} problem was found.',
      other: 'The feed is not a valid programme feed: {count} problems were found.',
    } as Plural,
    /** A refresh brought a feed with more faults than the one shown, which stays. */
    'refresh-invalid':
      'The feed at {url} was refreshed with parts that are not valid; the last good copy is still shown.',
    /** An element with no `src` and no `<programme-feed>` around it; `{tag}` is e.g. <project-card>. */
    'no-feed':
      'This {tag} has no feed: it has no src attribute, and it is not inside a <programme-feed>. Set src to the feed’s URL, or place it inside a <programme-feed> that has one.',
    /** The same, with `src=""`. */
    'no-feed-empty-src':
      'This {tag} has no feed: its src attribute is empty, and it is not inside a <programme-feed>. Set src to the feed’s URL, or place it inside a <programme-feed> that has one.',
    /** A `<programme-feed>` with nothing to load. */
    'provider-no-feed':
      'This <programme-feed> has no feed: it has no src attribute, and it is not inside a <programme-feed>. Set src to the feed’s URL, set its feed property, or put the feed in a <script type="application/json"> inside it.',
    /** A `<programme-feed>` with `src=""`. */
    'provider-no-feed-empty-src':
      'This <programme-feed> has no feed: its src attribute is empty, and it is not inside a <programme-feed>. Set src to the feed’s URL, set its feed property, or put the feed in a <script type="application/json"> inside it.',
    /** No programme named, and the feed has several; `{ids}` lists them. */
    'programme-unclear': {
      one: 'This feed has {count} programme: set the programme attribute to its id ({ids}).',
      other: 'This feed has {count} programmes: set the programme attribute to one of their ids ({ids}).',
    } as Plural,
    /** No programme named, and the feed left one out as not valid; `{ids}` lists those shown. */
    'programme-unclear-left-out':
      'This feed left out a programme that is not valid, so which programme to show is not clear: set the programme attribute to one of the ids shown ({ids}).',
    /** The programme named is not in the feed. */
    'no-programme': 'The feed has no programme with the id "{id}".',
    /** `<project-card>` with no `project` attribute. */
    'no-project-chosen': 'No project was chosen: set the project attribute to a project id.',
    /** The project named is not in the feed. */
    'no-project': 'The feed has no project with the id "{id}".',
    /** The project named is not in the programme named. */
    'no-project-in-programme': 'The feed has no project with the id "{id}" in the programme "{programme}".',
    /** The item named is in the feed, but left out as not valid; `{item}` is one of `items` below. */
    'left-out': {
      one: 'The {item} "{id}" is left out of the feed: it is not valid ({count} problem was found).',
      other: 'The {item} "{id}" is left out of the feed: it is not valid ({count} problems were found).',
    } as Plural,
  },

  /** Console, once a page: a page enforcing Trusted Types refused `<programme-page structured-data>`'s script; `{detail}` is the browser's reason. */
  structuredDataRefused:
    '<programme-page structured-data>: this page refused the JSON-LD script ({detail}). Pages that enforce Trusted Types can render the same data on the server with toJsonLd().',

  // ── Problems in a feed: `validate`, `parseFeed`'s problems, the console (docs/problems.md) ─
  /** The kinds of item a problem leaves out, as `{item}` in the sentences below. */
  items: {
    programme: 'programme',
    project: 'project',
    aim: 'aim',
    resource: 'resource',
    'related programme': 'related programme',
    promo: 'promo',
  },
  /** Why a value was refused, as `{reason}` in the sentences below; `{got}` is the value, as in JSON. */
  rules: {
    required: 'is required',
    'not-text': 'must be text, got {got}',
    'not-text-or-map': 'must be text or a language map such as {"en": "…", "cy": "…"}, got {got}',
    'not-language-tag': 'must have language tags such as "en" or "cy" as its keys, got {got}',
    'not-number': 'must be a number, got {got}',
    'not-boolean': 'must be true or false, got {got}',
    'not-list': 'must be a list, got {got}',
    'not-object': 'must be an object, got {got}',
    empty: 'must not be empty',
    'too-long': 'must be at most {max} characters long, got {length}',
    'too-many': 'must have at most {max} items, got {length}',
    'not-safe-url': 'must be an http(s) URL, a mailto: address or a relative link, got {got}',
    'not-an-id': 'must be an id made of letters, digits, ".", "_", "~" or "-", got {got}',
    'not-year-or-date': 'must be a year or date such as "2011" or "2011-04-01", got {got}',
    'not-date': 'must be a date such as "2011-04-01", got {got}',
    'not-date-time': 'must be an ISO 8601 date or date-time, got {got}',
    'no-such-date': 'is {got}, a date that does not exist',
    'not-version': 'must be a version such as "1.0", got {got}',
    'not-currency': 'must be a three-letter ISO 4217 code such as "GBP", got {got}',
    'not-whole': 'must be a whole number, got {got}',
    negative: 'must not be negative, got {got}',
    'not-status': 'must be "open", "closed" or "upcoming", got {got}',
    'not-related': 'must be either {"programme": "<id>"} or a programme with a "title", got {got}',
    'no-programmes': 'must list at least one programme',
  },
  /** Each problem's sentence (what is wrong and what it costs), by code; how to fix it is the editors' part (src/i18n/help-en.ts). */
  problems: {
    'not-json': 'The file is not valid JSON ({detail}).',
    'not-an-object': 'The feed must be a JSON object, got {got}.',
    'feed-too-large': 'The feed must be at most 512 KB ({limit} bytes).',
    'version-unsupported': 'Feed format version {version} is not supported: this library reads version {major}.x.',
    'feed-invalid': '"{field}" {reason}; the feed cannot be shown.',
    'check-failed':
      'The feed could not be checked: this page’s own script changed something the check relies on ({detail}).',
    'no-programmes': 'The feed has no programme that can be shown.',
    'item-invalid': '"{field}" {reason}; this {item} is left out.',
    'duplicate-id': '"{id}" is used twice: ids must be unique, so this {item} is left out.',
    'field-invalid': '"{field}" {reason}; "{dropped}" is left out.',
    'unsafe-url': '"{field}" {reason}; "{dropped}" is left out.',
    'date-invalid': '"{field}" {reason}; "{dropped}" is left out.',
  },
};

/** The shape every catalogue has: English's, string for string. */
export type Messages = typeof enGB;
