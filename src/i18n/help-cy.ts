/**
 * Y catalog Cymraeg i olygyddion: the Welsh of `help-en.ts`, what only `programme-elements
 * validate --lang cy` says (how to fix each problem, the advice, the report's own lines, the
 * SARIF rules). AWAITING REVIEW by a Welsh-speaking editor, with `cy.ts` (README, Languages):
 * each entry has a note on where it shows and the English it stands for.
 *
 * - `{name}` is filled in by the command: keep it, in whatever place the sentence needs it.
 * - `{item}` is one of `items` in cy.ts ("prosiect", "rhaglen"…), in brackets after "eitem"
 *   (feminine: "yr eitem hon", "iddi") as in cy.ts's problem sentences, so no mutation depends on it.
 * - Feed field names ("programmes", "version"), codes, severities and `--format json` stay in
 *   English: they are the feed's and the command's own.
 */
import type {HelpCatalogue} from './help-en.js';

export const help: HelpCatalogue = {
  /** How to fix each problem, by code: after the problem's sentence, and each SARIF rule's help. */
  fixes: {
    /** EN: Check it with a JSON validator: a missing comma, quote or bracket is the usual cause. */
    'not-json': 'Gwiriwch hi â dilysydd JSON: coma, dyfynnod neu fraced coll yw’r achos arferol.',
    /** EN: Start the file with "{" and give it version, publisher and programmes. */
    'not-an-object': 'Dechreuwch y ffeil â "{" a rhowch version, publisher a programmes iddi.',
    /** EN: Split it into several feeds, or shorten its longest texts. */
    'feed-too-large': 'Rhannwch hi’n sawl ffrwd, neu byrhewch ei thestunau hiraf.',
    /** EN: Publish the feed as version {major}.x, or use a release that reads version {version}. */
    'version-unsupported':
      'Cyhoeddwch y ffrwd fel fersiwn {major}.x, neu defnyddiwch ryddhad sy’n darllen fersiwn {version}.',
    /** EN: Correct it to show the feed. */
    'feed-invalid': 'Cywirwch hyn i ddangos y ffrwd.',
    /** EN: This is not a fault of the feed: look for a script on the page that replaces or freezes built-in objects. */
    'check-failed':
      'Nid bai’r ffrwd yw hyn: chwiliwch am sgript ar y dudalen sy’n disodli neu’n rhewi gwrthrychau adeiledig.',
    /** EN: List at least one valid programme in "programmes". */
    'no-programmes': 'Rhestrwch o leiaf un rhaglen ddilys yn "programmes".',
    /** EN: Correct it to show the {item}. */
    'item-invalid': 'Cywirwch hyn i ddangos yr eitem ({item}).',
    /** EN: Give it an id of its own; the first {item} with this id is shown. */
    'duplicate-id': 'Rhowch ei dynodydd ei hun iddi; dangosir yr eitem gyntaf ({item}) â’r dynodydd hwn.',
    /** EN: Correct it or remove it. */
    'field-invalid': 'Cywirwch neu dilëwch y gwerth.',
    /** EN: Use an https:// address, a mailto: address or a path such as /reports. */
    'unsafe-url': 'Defnyddiwch gyfeiriad https://, cyfeiriad mailto: neu lwybr fel /reports.',
    /** EN: Write a date that exists as YYYY-MM-DD (or YYYY where a year is enough). */
    'date-invalid': 'Ysgrifennwch ddyddiad sy’n bod ar ffurf YYYY-MM-DD (neu YYYY lle mae blwyddyn yn ddigon).',
    /** EN: Give the amount awarded or planned, or leave the amount out. */
    'amount-not-positive': 'Rhowch y swm a ddyfarnwyd neu a gynlluniwyd, neu gadewch y swm allan.',
    /** EN: Correct one of the dates, or swap them. */
    'start-after-end': 'Cywirwch un o’r dyddiadau, neu cyfnewidiwch nhw.',
    /** EN: Check the year: a slip such as 2103 for 2013 is the usual cause. */
    'date-far-future': 'Gwiriwch y flwyddyn: llithriad fel 2103 am 2013 yw’r achos arferol.',
    /** EN: Check the year: a slip such as 1913 for 2013 is the usual cause. */
    'date-far-past': 'Gwiriwch y flwyddyn: llithriad fel 1913 am 2013 yw’r achos arferol.',
    /** EN: Give each {item} an id of its own across the feed: 360Giving needs unique grant identifiers. */
    'reused-id':
      'Rhowch ei dynodydd ei hun i bob eitem ({item}) ar draws y ffrwd: mae 360Giving angen dynodyddion grant unigryw.',
    /** EN: Say in a sentence or two what the {item} is, or leave the summary out. */
    'summary-repeats-title':
      'Dywedwch mewn brawddeg neu ddwy beth yw’r eitem hon ({item}), neu gadewch y crynodeb allan.',
    /** EN: Use an absolute https:// address, or validate the feed at the URL it is published at. */
    'relative-link': 'Defnyddiwch gyfeiriad https:// llawn, neu dilyswch y ffrwd yn yr URL lle caiff ei chyhoeddi.',
    /** EN: Use the id of a {item} in {scope}, or remove the entry. */
    'related-not-found': 'Defnyddiwch ddynodydd eitem ({item}) yn {scope}, neu dilëwch y cofnod.',
  },
  /** The advice (valid, but rarely meant), by code: validate's sentence, and each advice rule's SARIF description. */
  advice: {
    /** EN: The amount is {amount}: an amount of zero or less is rarely meant. */
    'amount-not-positive': 'Y swm yw {amount}: anaml y bwriedir swm o sero neu lai.',
    /** EN: The start ({start}) is after the end ({end}). */
    'start-after-end': 'Mae’r dechrau ({start}) ar ôl y diwedd ({end}).',
    /** EN: The date {date} is more than {years} years from now ({years} is 10: "10 mlynedd"). */
    'date-far-future': 'Mae’r dyddiad {date} fwy na {years} mlynedd yn y dyfodol.',
    /** EN: The date {date} is before {year}. */
    'date-far-past': 'Mae’r dyddiad {date} cyn {year}.',
    /** EN: The id "{id}" is also used at {other}; {other} is a JSON path. */
    'reused-id': 'Defnyddir y dynodydd "{id}" hefyd yn {other}.',
    /** EN: The summary repeats the title. */
    'summary-repeats-title': 'Mae’r crynodeb yn ailadrodd y teitl.',
    /** EN: "{url}" is a relative link, and the feed has no base URL to resolve it against. */
    'relative-link': 'Mae "{url}" yn ddolen berthynol, ac nid oes gan y ffrwd URL sylfaen i’w datrys yn ei erbyn.',
    /** EN: This further-reading entry names the {item} "{id}", which {scope} does not hold, so it is not shown. */
    'related-not-found':
      'Mae’r cofnod darllen pellach hwn yn enwi’r eitem "{id}" ({item}), nad yw yn {scope}, felly ni chaiff ei ddangos.',
  },
  /** Where related-not-found looked, {scope} above (EN: the feed / this programme). */
  scopes: {
    'the feed': 'y ffrwd',
    'this programme': 'y rhaglen hon',
  },
  /** The lines of validate's text report around the problems. */
  report: {
    /** A feed with no problem (EN: {file}: valid, no problems.). */
    valid: '{file}: dilys, dim problemau.',
    /** After a code's first three problems (EN: … and {count} more {code} (--format json lists every one).). */
    more: '… a {count} arall o {code} (mae --format json yn rhestru pob un).',
    /** Verdict, a fatal problem; "ffrwd" is feminine (EN: invalid: nothing of it can be shown). */
    fatal: 'annilys: ni ellir dangos dim ohoni',
    /** Verdict, items or fields left out (EN: invalid: it is shown with what is damaged left out). */
    damaged: 'annilys: fe’i dangosir heb yr hyn sydd wedi’i ddifrodi',
    /** Verdict, advice only (EN: valid, with advice). */
    adviceOnly: 'dilys, gyda chyngor',
    /** The last line; {severities} and {codes} are the JSON's own words (EN: {file}: {verdict}. {problems} ({severities}): {codes}.). */
    summary: '{file}: {verdict}. {problems} ({severities}): {codes}.',
    /** The number of problems in the last line ("problem" is feminine: 1 broblem, 2 broblem, 3 problem). */
    problems: {
      zero: '{count} problem',
      one: '{count} broblem',
      two: '{count} broblem',
      few: '{count} problem',
      many: '{count} problem',
      other: '{count} problem',
    },
  },
};
