/**
 * Y catalog Cymraeg: the Welsh catalogue, loaded when a page (or any element's ancestor) has
 * `lang="cy"`. AWAITING REVIEW by a Welsh-speaking editor (README, Languages): each entry has a
 * note on where it shows and the English it stands for, so this one file is the whole review.
 *
 * - `{name}` is filled in by the library: keep it, in whatever place the sentence needs it.
 * - Plurals follow `Intl.PluralRules('cy')`: zero (0), one (1), two (2), few (3), many (6), other
 *   (4, 5, 7 and up); the mutations follow CLDR's Welsh units ("2 flynedd", "3 blynedd").
 * - Feed field names ("title", "programmes") and codes stay in English: they are the feed's own.
 * - "Aims" is "Amcanion" rather than "Nodau", because "nod" is also a character of text, used
 *   in the problem sentences.
 */
import type {Catalogue} from './messages.js';

export const catalogue: Catalogue = {
  // ── <programme-summary> ──────────────────────────────────────────────────────────────────
  /** Not shown today (EN: Status). */
  status: 'Statws',
  /** Green tag under the programme's title (EN: Open for applications). */
  statusOpen: 'Ar agor i geisiadau',
  /** Grey tag under the programme's title (EN: Closed for applications). */
  statusClosed: 'Ar gau i geisiadau',
  /** Blue tag under the programme's title (EN: Opening soon). */
  statusUpcoming: 'Yn agor cyn bo hir',
  /** Heading of the key facts panel (EN: Key facts). */
  keyFacts: 'Ffeithiau allweddol',
  /** Key facts label (EN: Funding per team). */
  fundingPerTeam: 'Cyllid i bob tîm',
  /** Key facts value, approximate amount, "tua £400,000" (EN: around {amount}). */
  approximately: 'tua {amount}',
  /** Key facts label (EN: Duration). */
  duration: 'Hyd',
  /** Key facts value, whole years (EN: {count} year / {count} years). */
  durationYears: {
    zero: '{count} mlynedd',
    one: '{count} flwyddyn',
    two: '{count} flynedd',
    few: '{count} blynedd',
    many: '{count} blynedd',
    other: '{count} mlynedd',
  },
  /** Key facts value, months (EN: {count} month / {count} months). */
  durationMonths: {
    zero: '{count} mis',
    one: '{count} mis',
    two: '{count} fis',
    few: '{count} mis',
    many: '{count} mis',
    other: '{count} mis',
  },
  /** Key facts label (EN: Teams). */
  teams: 'Timau',
  /** Key facts label, the years it ran (EN: Years). */
  years: 'Blynyddoedd',
  /** Key facts value and further reading card, "2011 i 2013" (EN: {start} to {end}). */
  yearRange: '{start} i {end}',
  /** Key facts value and further reading card with no end year (EN: from {start}). */
  yearFrom: 'o {start} ymlaen',
  /** Not shown today (EN: Key points). */
  keyPoints: 'Pwyntiau allweddol',
  /** Link under the summary to the programme's page (EN: More about {title}). */
  moreAboutProgramme: 'Rhagor am {title}',
  /** Read by screen readers before the status notice (EN: "Information: "). Keep the space at the end. */
  information: 'Gwybodaeth: ',

  // ── <aims-list>, <project-list>, <project-card>, <related-programmes> ─────────────────────
  /** Heading of the aims section (EN: Aims). */
  aims: 'Amcanion',
  /** Heading of the projects section (EN: Projects). */
  projects: 'Prosiectau',
  /** Project card label (EN: Lead organisation). */
  leadOrganisation: 'Sefydliad arweiniol',
  /** Project card label (EN: Partners). */
  partners: 'Partneriaid',
  /** Project list with no projects (EN: No projects have been published for this programme yet.). */
  noProjects: 'Nid oes prosiectau wedi’u cyhoeddi ar gyfer y rhaglen hon eto.',
  /** Aims list with no aims (EN: No aims have been published for this programme yet.). */
  noAims: 'Nid oes amcanion wedi’u cyhoeddi ar gyfer y rhaglen hon eto.',
  /** Heading of the further reading section (EN: Further reading). */
  furtherReading: 'Darllen pellach',
  /** Further reading with nothing to list (EN: There is no further reading for this programme yet.). */
  noFurtherReading: 'Nid oes darllen pellach ar gyfer y rhaglen hon eto.',
  /** Tag on a related programme card (EN: Programme). */
  programmeType: 'Rhaglen',
  /** Tag on a resource card (EN: Resource). */
  resourceType: 'Adnodd',
  /** Tag on a card for one of the programme's own projects (EN: Project). */
  projectType: 'Prosiect',
  /** Heading of the programme list (EN: Programmes). */
  programmes: 'Rhaglenni',
  /** Programme list with no programme of the status asked for (EN: No programme has this status at the moment.). */
  noProgrammesWithStatus: 'Nid oes gan unrhyw raglen y statws hwn ar hyn o bryd.',
  /** The link to a social post quoted in a promo (EN: View the post). */
  viewPost: 'Gweld y neges',
  /** Resource card, its publisher (EN: Published by {publisher}). */
  publishedBy: 'Cyhoeddwyd gan {publisher}',

  // ── States, every element ────────────────────────────────────────────────────────────────
  /** Screen readers, while loading (EN: Loading). */
  loading: 'Wrthi’n llwytho',
  /** Heading of the error state (EN: This content could not be shown). */
  errorTitle: 'Nid oedd modd dangos y cynnwys hwn',
  /** Error state, feed not fetched (EN: It could not be loaded just now. Please try again later.). */
  errorUnavailable: 'Nid oedd modd ei lwytho ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
  /** Error state, published data at fault (EN: The information published for it has a fault. Please try again later.). */
  errorDamaged: 'Mae nam ar yr wybodaeth a gyhoeddwyd ar ei gyfer. Rhowch gynnig arall arni yn nes ymlaen.',
  /** Error state, nothing with that id (EN: The information this part of the page asks for is not available.). */
  errorMissing: 'Nid yw’r wybodaeth y mae’r rhan hon o’r dudalen yn gofyn amdani ar gael.',
  /** Error state link (EN: Read about this programme on its page). */
  errorProgrammeLink: 'Darllenwch am y rhaglen hon ar ei thudalen',

  // ── For the page's editor: the console ───────────────────────────────────────────────────
  /** Console, before an error's detail; {tag} is e.g. <project-card> (EN: {tag} could not show its content:). */
  consoleError: 'Nid oedd modd i {tag} ddangos ei gynnwys:',
  /** Console, the number of problems (EN: {count} problem: / {count} problems:). */
  problemCount: {
    zero: '{count} problem:',
    one: '{count} broblem:',
    two: '{count} broblem:',
    few: '{count} problem:',
    many: '{count} problem:',
    other: '{count} problem:',
  },
  /**
   * Why an element cannot show its content, by code: the console line after consoleError, and
   * feed-error's message (EN: src/i18n/en-GB.ts, `errors`). {url} is the feed's address, {detail}
   * the browser's or the parser's own words; "<script type="application/json">", src, feed,
   * programme and project are the page's own code and stay as they are. "ffrwd" and "elfen" are
   * feminine (hi, ganddi, ei phriodoledd).
   */
  errors: {
    /** The request failed; {detail} is " (the browser's reason)" or nothing. */
    network:
      'Nid oedd modd llwytho’r ffrwd yn {url}: methodd y cais{detail}. Efallai nad oes modd cyrraedd y gweinydd, neu nad yw’n caniatáu i wefannau eraill ddarllen y ffrwd (rhaid iddo anfon pennyn Access-Control-Allow-Origin).',
    /** The page's own script broke something the elements use, such as window.fetch. */
    environment:
      'Nid oedd modd llwytho’r ffrwd yn {url} ar y dudalen hon: newidiodd sgript y dudalen hon ei hun rywbeth y mae’r elfennau’n dibynnu arno ({detail}). Nid bai’r gweinydd yw hyn.',
    /** Something in the page's script threw while the feed loaded. */
    'page-script':
      'Nid oedd modd llwytho’r ffrwd yn {url} ar y dudalen hon: aeth rhywbeth o’i le yn sgript y dudalen hon, nid ar y gweinydd ({detail}).',
    /** No answer within the time limit, {count} seconds ("eiliad" stays singular after a number). */
    timeout: {other: 'Nid oedd modd llwytho’r ffrwd yn {url}: ni anfonodd y gweinydd hi o fewn {count} eiliad.'},
    /** The server answered with an error; {status} is its code, {reason} HTTP's own English words or nothing. */
    http: 'Nid oedd modd llwytho’r ffrwd yn {url}: atebodd y gweinydd {status}{reason}.',
    /** The server answered 304 Not Modified (HTTP's words) to a first request. */
    'http-304': 'Nid oedd modd llwytho’r ffrwd yn {url}: atebodd y gweinydd 304 Not Modified i gais cyntaf.',
    /** The feed is bigger than a feed may be. */
    'too-large': 'Mae’r ffrwd yn {url} yn fwy na 512 KB, y mwyaf y caiff ffrwd fod: ni chafodd ei darllen.',
    /** The server sent an empty body. */
    'empty-at-url': 'Mae’r ffrwd yn {url} yn wag: ni anfonodd y gweinydd unrhyw gynnwys.',
    /** The feed written in the page is empty. */
    'empty-inline': 'Mae’r ffrwd yn yr elfen <script type="application/json"> yn wag.',
    /** Not valid JSON; {detail} is the parser's reason. */
    'not-json-at-url': 'Nid yw’r ffrwd yn {url} yn JSON dilys ({detail}).',
    /** Not valid JSON, in the page. */
    'not-json-inline': 'Nid yw’r ffrwd yn yr elfen <script type="application/json"> yn JSON dilys ({detail}).',
    /** Not JSON at all (a web page perhaps); {start} is how it starts. */
    'not-json-start-at-url': 'Nid yw’r ffrwd yn {url} yn JSON (mae’n dechrau â "{start}").',
    /** Not JSON at all, in the page. */
    'not-json-start-inline':
      'Nid yw’r ffrwd yn yr elfen <script type="application/json"> yn JSON (mae’n dechrau â "{start}").',
    /** JSON, but not a programme feed ("problem" is feminine: 1 broblem, 2 broblem, 3 problem). */
    'invalid-at-url': {
      one: 'Nid yw’r ffrwd yn {url} yn ffrwd rhaglenni ddilys: cafwyd {count} broblem.',
      two: 'Nid yw’r ffrwd yn {url} yn ffrwd rhaglenni ddilys: cafwyd {count} broblem.',
      other: 'Nid yw’r ffrwd yn {url} yn ffrwd rhaglenni ddilys: cafwyd {count} problem.',
    },
    /** The same, for a feed written in the page. */
    'invalid-inline': {
      one: 'Nid yw’r ffrwd yn yr elfen <script type="application/json"> yn ffrwd rhaglenni ddilys: cafwyd {count} broblem.',
      two: 'Nid yw’r ffrwd yn yr elfen <script type="application/json"> yn ffrwd rhaglenni ddilys: cafwyd {count} broblem.',
      other:
        'Nid yw’r ffrwd yn yr elfen <script type="application/json"> yn ffrwd rhaglenni ddilys: cafwyd {count} problem.',
    },
    /** The same, for a feed set by the page's script (the feed property). */
    invalid: {
      one: 'Nid yw’r ffrwd yn ffrwd rhaglenni ddilys: cafwyd {count} broblem.',
      two: 'Nid yw’r ffrwd yn ffrwd rhaglenni ddilys: cafwyd {count} broblem.',
      other: 'Nid yw’r ffrwd yn ffrwd rhaglenni ddilys: cafwyd {count} problem.',
    },
    /** A refresh brought a feed with more faults; the one shown stays. */
    'refresh-invalid':
      'Adnewyddwyd y ffrwd yn {url} gyda rhannau nad ydynt yn ddilys; dangosir y copi da diwethaf o hyd.',
    /** An element with no src and no <programme-feed> around it; {tag} is e.g. <project-card>. */
    'no-feed':
      'Nid oes ffrwd gan yr elfen {tag} hon: nid oes ganddi briodoledd src, ac nid yw y tu mewn i <programme-feed>. Gosodwch src i URL y ffrwd, neu rhowch hi y tu mewn i <programme-feed> sydd ag un.',
    /** The same, with src="". */
    'no-feed-empty-src':
      'Nid oes ffrwd gan yr elfen {tag} hon: mae ei phriodoledd src yn wag, ac nid yw y tu mewn i <programme-feed>. Gosodwch src i URL y ffrwd, neu rhowch hi y tu mewn i <programme-feed> sydd ag un.',
    /** A <programme-feed> with nothing to load. */
    'provider-no-feed':
      'Nid oes ffrwd gan yr elfen <programme-feed> hon: nid oes ganddi briodoledd src, ac nid yw y tu mewn i <programme-feed>. Gosodwch src i URL y ffrwd, gosodwch ei phriodwedd feed, neu rhowch y ffrwd mewn <script type="application/json"> y tu mewn iddi.',
    /** A <programme-feed> with src="". */
    'provider-no-feed-empty-src':
      'Nid oes ffrwd gan yr elfen <programme-feed> hon: mae ei phriodoledd src yn wag, ac nid yw y tu mewn i <programme-feed>. Gosodwch src i URL y ffrwd, gosodwch ei phriodwedd feed, neu rhowch y ffrwd mewn <script type="application/json"> y tu mewn iddi.',
    /** No programme named, and the feed has several; {ids} lists them ("rhaglen" is feminine: 2 raglen). */
    'programme-unclear': {
      one: 'Mae gan y ffrwd hon {count} raglen: gosodwch y briodoledd programme i’w dynodydd ({ids}).',
      two: 'Mae gan y ffrwd hon {count} raglen: gosodwch y briodoledd programme i un o’u dynodyddion ({ids}).',
      other: 'Mae gan y ffrwd hon {count} rhaglen: gosodwch y briodoledd programme i un o’u dynodyddion ({ids}).',
    },
    /** No programme named, and the feed left one out as not valid; {ids} lists those shown. */
    'programme-unclear-left-out':
      'Gadawodd y ffrwd hon raglen nad yw’n ddilys allan, felly nid yw’n glir pa raglen i’w dangos: gosodwch y briodoledd programme i un o’r dynodyddion a ddangosir ({ids}).',
    /** The programme named is not in the feed. */
    'no-programme': 'Nid oes gan y ffrwd raglen â’r dynodydd "{id}".',
    /** <project-card> with no project attribute. */
    'no-project-chosen': 'Ni ddewiswyd prosiect: gosodwch y briodoledd project i ddynodydd prosiect.',
    /** The project named is not in the feed. */
    'no-project': 'Nid oes gan y ffrwd brosiect â’r dynodydd "{id}".',
    /** The project named is not in the programme named. */
    'no-project-in-programme': 'Nid oes gan y ffrwd brosiect â’r dynodydd "{id}" yn y rhaglen "{programme}".',
    /** The item named is in the feed but left out as not valid; {item} is one of `items` below. */
    'left-out': {
      one: 'Gadewir yr eitem "{id}" ({item}) allan o’r ffrwd: nid yw’n ddilys (cafwyd {count} broblem).',
      two: 'Gadewir yr eitem "{id}" ({item}) allan o’r ffrwd: nid yw’n ddilys (cafwyd {count} broblem).',
      other: 'Gadewir yr eitem "{id}" ({item}) allan o’r ffrwd: nid yw’n ddilys (cafwyd {count} problem).',
    },
  },

  /** Console, once a page: a page enforcing Trusted Types refused the JSON-LD script; {detail} is the browser's reason (EN: <programme-page structured-data>: this page refused the JSON-LD script ({detail}). …). */
  structuredDataRefused:
    '<programme-page structured-data>: gwrthododd y dudalen hon y sgript JSON-LD ({detail}). Gall tudalennau sy’n gorfodi Trusted Types roi’r un data ar y gweinydd gyda toJsonLd().',

  // ── Problems in a feed (validate, the console) ──────────────────────────────────────────
  /** The kind of item a problem leaves out, {item} below (EN: programme, project, aim, …). */
  items: {
    programme: 'rhaglen',
    project: 'prosiect',
    aim: 'amcan',
    resource: 'adnodd',
    'related programme': 'rhaglen gysylltiedig',
    promo: 'hyrwyddiad',
  },
  /** Why a value was refused, {reason} below; {got} is the value as written in the feed. */
  rules: {
    /** EN: is required */
    required: 'mae’n ofynnol',
    /** EN: must be text, got {got} */
    'not-text': 'rhaid iddo fod yn destun, cafwyd {got}',
    /** EN: must be text or a language map such as {"en": "…", "cy": "…"}, got {got} */
    'not-text-or-map': 'rhaid iddo fod yn destun neu’n fap iaith fel {"en": "…", "cy": "…"}, cafwyd {got}',
    /** EN: must have language tags such as "en" or "cy" as its keys, got {got} */
    'not-language-tag': 'rhaid i’w allweddi fod yn dagiau iaith fel "en" neu "cy", cafwyd {got}',
    /** EN: must be a number, got {got} */
    'not-number': 'rhaid iddo fod yn rhif, cafwyd {got}',
    /** EN: must be true or false, got {got} */
    'not-boolean': 'rhaid iddo fod yn true neu false, cafwyd {got}',
    /** EN: must be a list, got {got} */
    'not-list': 'rhaid iddo fod yn rhestr, cafwyd {got}',
    /** EN: must be an object, got {got} */
    'not-object': 'rhaid iddo fod yn wrthrych, cafwyd {got}',
    /** EN: must not be empty */
    empty: 'ni chaiff fod yn wag',
    /** EN: must be at most {max} characters long, got {length} */
    'too-long': 'rhaid iddo fod yn {max} nod o hyd ar y mwyaf, cafwyd {length}',
    /** EN: must have at most {max} items, got {length} */
    'too-many': 'rhaid iddo gynnwys {max} eitem ar y mwyaf, cafwyd {length}',
    /** EN: must be an http(s) URL, a mailto: address or a relative link, got {got} */
    'not-safe-url': 'rhaid iddo fod yn URL http(s), yn gyfeiriad mailto: neu’n ddolen berthynol, cafwyd {got}',
    /** EN: must be an id made of letters, digits, ".", "_", "~" or "-", got {got} */
    'not-an-id': 'rhaid iddo fod yn ddynodydd o lythrennau, digidau, ".", "_", "~" neu "-", cafwyd {got}',
    /** EN: must be a year or date such as "2011" or "2011-04-01", got {got} */
    'not-year-or-date': 'rhaid iddo fod yn flwyddyn neu’n ddyddiad fel "2011" neu "2011-04-01", cafwyd {got}',
    /** EN: must be a date such as "2011-04-01", got {got} */
    'not-date': 'rhaid iddo fod yn ddyddiad fel "2011-04-01", cafwyd {got}',
    /** EN: must be an ISO 8601 date or date-time, got {got} */
    'not-date-time': 'rhaid iddo fod yn ddyddiad, neu’n ddyddiad ac amser, ISO 8601, cafwyd {got}',
    /** EN: is {got}, a date that does not exist */
    'no-such-date': 'mae’n {got}, dyddiad nad yw’n bod',
    /** EN: must be a version such as "1.0", got {got} */
    'not-version': 'rhaid iddo fod yn fersiwn fel "1.0", cafwyd {got}',
    /** EN: must be a three-letter ISO 4217 code such as "GBP", got {got} */
    'not-currency': 'rhaid iddo fod yn god ISO 4217 o dair llythyren fel "GBP", cafwyd {got}',
    /** EN: must be a whole number, got {got} */
    'not-whole': 'rhaid iddo fod yn rhif cyfan, cafwyd {got}',
    /** EN: must not be negative, got {got} */
    negative: 'ni chaiff fod yn negatif, cafwyd {got}',
    /** EN: must be "open", "closed" or "upcoming", got {got} */
    'not-status': 'rhaid iddo fod yn "open", "closed" neu "upcoming", cafwyd {got}',
    /** EN: must be either {"programme": "<id>"} or a programme with a "title", got {got} */
    'not-related': 'rhaid iddo fod naill ai’n {"programme": "<id>"} neu’n rhaglen â "title", cafwyd {got}',
    /** EN: must list at least one programme */
    'no-programmes': 'rhaid iddo restru o leiaf un rhaglen',
  },
  /** Each problem's sentence (what is wrong and what it costs), by code (docs/problems.md has the English). */
  problems: {
    'not-json': 'Nid yw’r ffeil yn JSON dilys ({detail}).',
    'not-an-object': 'Rhaid i’r ffrwd fod yn wrthrych JSON, cafwyd {got}.',
    'feed-too-large': 'Rhaid i’r ffrwd fod yn 512 KB ar y mwyaf ({limit} beit).',
    'version-unsupported':
      'Ni chefnogir fersiwn {version} o fformat y ffrwd: mae’r llyfrgell hon yn darllen fersiwn {major}.x.',
    'feed-invalid': '"{field}": {reason}; ni ellir dangos y ffrwd.',
    'check-failed':
      'Nid oedd modd gwirio’r ffrwd: newidiodd sgript y dudalen hon rywbeth y mae’r gwiriad yn dibynnu arno ({detail}).',
    'no-programmes': 'Nid oes gan y ffrwd raglen y gellir ei dangos.',
    'item-invalid': '"{field}": {reason}; gadewir yr eitem hon ({item}) allan.',
    'duplicate-id':
      'Defnyddir "{id}" ddwywaith: rhaid i ddynodyddion fod yn unigryw, felly gadewir yr eitem hon ({item}) allan.',
    'field-invalid': '"{field}": {reason}; gadewir "{dropped}" allan.',
    'unsafe-url': '"{field}": {reason}; gadewir "{dropped}" allan.',
    'date-invalid': '"{field}": {reason}; gadewir "{dropped}" allan.',
  },
};
