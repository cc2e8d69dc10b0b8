/**
 * The feed and 360Giving data (schema 1.4.3), both ways. What the standard carries maps field
 * for field; what it does not (aims, status, promos, key points…) is left for the editor on the
 * way in and left out on the way out, and said so. Every grant or project that cannot be mapped
 * is listed with its reason, never dropped silently.
 */
import type {Feed, LocalText, Organisation, Programme, Project} from '../feed/feed.js';
import {textIn} from '../internal/text.js';
import {dateExists, isRecord} from '../feed/parse-feed.js';
import {ID_PATTERN, SAFE_URL_PATTERN} from '../feed/patterns.js';

/** A note for stderr: what could not be mapped, or what was mapped with a caveat. */
export interface Note {
  /** The grant (`grants[3]`, with its id when it has one) or project (`programmes[0].projects[2]`). */
  readonly where: string;
  readonly reason: string;
  /** True when the grant or project is left out; false for a caveat. */
  readonly leftOut: boolean;
}

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// 360Giving → feed

export interface ImportOptions {
  /** Keep only the programme with this code or title (case-insensitive). */
  readonly programme?: string | undefined;
}

export interface ImportResult {
  readonly feed: Json | undefined;
  readonly notes: readonly Note[];
  /** Why nothing could be imported, when nothing could. */
  readonly fatal?: string;
}

/** The fields the standard does not carry, which the editor writes after an import. */
export const NOT_IN_360GIVING =
  'aims, status, strapline, key points, description, resources, related programmes and promos';

/** A grant, mapped. */
interface Mapped {
  readonly programme: {readonly key: string; readonly code?: string; readonly title?: string; readonly url?: string};
  readonly project: Json;
  readonly amount?: number;
  readonly currency?: string;
  readonly start?: string;
  readonly end?: string;
  readonly duration?: number;
  readonly awardDate?: string;
  readonly funder?: Json;
}

const OTHER = {key: '', title: 'Other grants'};

/** A feed made from a 360Giving package (`{"grants": [...]}`, or a bare list of grants). */
export function importGrants(data: unknown, options: ImportOptions = {}): ImportResult {
  const grants = Array.isArray(data) ? data : isRecord(data) ? get(data, 'grants') : undefined;
  if (!Array.isArray(grants)) return {feed: undefined, notes: [], fatal: 'it has no "grants" list'};
  const notes: Note[] = [];
  const mapped: Mapped[] = [];
  grants.forEach((grant: unknown, index) => {
    const result = mapGrant(grant, `grants[${index}]`, notes);
    if (typeof result === 'string') notes.push({where: whereGrant(grant, index), reason: result, leftOut: true});
    else mapped.push(result);
  });
  const wanted = options.programme?.toLowerCase();
  const kept = wanted
    ? mapped.filter(
        ({programme}) => programme.code?.toLowerCase() === wanted || programme.title?.toLowerCase() === wanted,
      )
    : mapped;
  if (wanted && kept.length === 0) {
    const known = [...new Set(mapped.map(({programme}) => programme.code ?? programme.title ?? OTHER.title))];
    return {
      feed: undefined,
      notes,
      fatal: `no grant is in the programme "${options.programme}" (the programmes: ${known.join(', ') || 'none'})`,
    };
  }
  if (kept.length === 0) return {feed: undefined, notes, fatal: 'no grant could be mapped'};
  const groups = new Map<string, Mapped[]>();
  for (const entry of kept) groups.set(entry.programme.key, [...(groups.get(entry.programme.key) ?? []), entry]);
  const usedProgrammeIds = new Set<string>();
  const programmes = [...groups.values()].map((group) => programmeOf(group, usedProgrammeIds, notes));
  const funder = kept.find((entry) => entry.funder)?.funder;
  if (!funder)
    notes.push({
      where: 'publisher',
      reason: 'no grant names a fundingOrganization: set publisher.name',
      leftOut: false,
    });
  return {
    feed: {version: '1.0', publisher: funder ?? {name: 'Publisher'}, programmes},
    notes,
  };
}

function whereGrant(grant: unknown, index: number): string {
  const id = isRecord(grant) ? text(get(grant, 'id')) : undefined;
  return id ? `grants[${index}] (${id})` : `grants[${index}]`;
}

function mapGrant(grant: unknown, where: string, notes: Note[]): Mapped | string {
  if (!isRecord(grant)) return 'it is not an object';
  const grantId = text(get(grant, 'id'));
  if (!grantId) return 'it has no id';
  const title = text(get(grant, 'title'));
  if (!title) return 'it has no title';
  if (title.length > 1_000)
    return `its title is ${title.length.toLocaleString('en-GB')} characters long, over the feed's 1,000`;
  const id = projectId(grantId);
  if (!id) return `its id "${grantId}" has no letter or digit to make a project id from`;
  const caveat = (reason: string) => notes.push({where: `${where} (${grantId})`, reason, leftOut: false});
  const project: Json = {id, title};
  const description = text(get(grant, 'description'));
  if (description && description.length <= 20_000) project['summary'] = description;
  else if (description) caveat('its description is over 20,000 characters: left out');
  const organisations = list(get(grant, 'recipientOrganization'))
    .map(organisation)
    .filter((org) => org !== undefined);
  if (organisations.length) {
    project['lead'] = organisations[0];
    if (organisations.length > 1) project['partners'] = organisations.slice(1);
  } else if (isRecord(get(grant, 'recipientIndividual'))) {
    caveat('its recipient is an individual: no lead organisation is named, and no personal details are copied');
  }
  const url = link(get(grant, 'url'));
  if (url) project['url'] = url;
  else if (get(grant, 'url') !== undefined)
    caveat(`its url ${JSON.stringify(get(grant, 'url'))} is not an http(s) link: left out`);
  const programmeEntry = list(get(grant, 'grantProgramme')).find(isRecord);
  const code = programmeEntry ? text(get(programmeEntry, 'code')) : undefined;
  const programmeTitle = programmeEntry ? text(get(programmeEntry, 'title')) : undefined;
  const programmeUrl = programmeEntry ? link(get(programmeEntry, 'url')) : undefined;
  const programme =
    code || programmeTitle
      ? {key: (code ?? programmeTitle)!.toLowerCase(), code, title: programmeTitle, url: programmeUrl}
      : OTHER;
  const amount = number(get(grant, 'amountAwarded'));
  if (amount !== undefined && amount <= 0)
    caveat(`its amountAwarded is ${amount}: not counted in the programme's funding`);
  const currency = text(get(grant, 'currency'))?.toUpperCase();
  const planned = list(get(grant, 'plannedDates')).find(isRecord);
  const start = planned ? date(get(planned, 'startDate'), true) : undefined;
  const end = planned ? date(get(planned, 'endDate'), true) : undefined;
  const duration = planned ? number(get(planned, 'duration')) : undefined;
  const awardDate = date(get(grant, 'awardDate'), false);
  if (get(grant, 'awardDate') !== undefined && !awardDate)
    caveat(`its awardDate ${JSON.stringify(get(grant, 'awardDate'))} is not a date`);
  const funder = list(get(grant, 'fundingOrganization'))
    .map(organisation)
    .find((org) => org !== undefined);
  return {
    programme,
    project,
    ...(amount !== undefined && amount > 0 && currency && /^[A-Z]{3}$/.test(currency) ? {amount, currency} : {}),
    ...(start ? {start} : {}),
    ...(end ? {end} : {}),
    ...(duration !== undefined && Number.isInteger(duration) && duration >= 0 ? {duration} : {}),
    ...(awardDate ? {awardDate} : {}),
    ...(funder ? {funder} : {}),
  };
}

function programmeOf(group: readonly Mapped[], used: Set<string>, notes: Note[]): Json {
  const {code, title, url} = group[0]!.programme;
  const id = unique(projectId(code ?? title ?? '') ?? 'other-grants', used);
  const programme: Json = {id, title: title ?? code ?? OTHER.title};
  const starts = group.flatMap((entry) => (entry.start ? [entry.start] : [])).sort();
  const ends = group.flatMap((entry) => (entry.end ? [entry.end] : [])).sort();
  if (starts.length) programme['period'] = {start: starts[0], ...(ends.length ? {end: ends.at(-1)} : {})};
  const funded = group.filter((entry) => entry.amount !== undefined);
  const currencies = [...new Set(funded.map((entry) => entry.currency))];
  if (currencies.length > 1) {
    notes.push({
      where: `programme ${id}`,
      reason: `its grants are in several currencies (${currencies.join(', ')}): no funding per team is given`,
      leftOut: false,
    });
  } else if (funded.length) {
    const amounts = funded.map((entry) => entry.amount!);
    const same = amounts.every((amount) => amount === amounts[0]);
    const mean = amounts.reduce((sum, amount) => sum + amount, 0) / amounts.length;
    programme['fundingPerTeam'] = {
      amount: same ? amounts[0] : Math.round(mean),
      currency: currencies[0],
      ...(same ? {} : {approximate: true}),
    };
  }
  const durations = [...new Set(group.flatMap((entry) => (entry.duration !== undefined ? [entry.duration] : [])))];
  if (durations.length === 1) programme['durationMonths'] = durations[0];
  programme['teams'] = group.length;
  if (url) programme['url'] = url;
  const awards = group.flatMap((entry) => (entry.awardDate ? [entry.awardDate] : [])).sort();
  if (awards.length) programme['awardDate'] = awards[0];
  const ids = new Set<string>();
  programme['projects'] = group.map((entry) => ({...entry.project, id: unique(entry.project['id'] as string, ids)}));
  return programme;
}

/** A grant identifier as a project id: without its `360G-<funder>-` prefix, in id characters. */
function projectId(grantId: string): string | undefined {
  const id = grantId
    .replace(/^360G-[^-]+-/i, '')
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 200);
  return ID_PATTERN.test(id) ? id : undefined;
}

function unique(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

function organisation(value: unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(get(value, 'name'));
  if (!name) return undefined;
  const org: Json = {name};
  const url = link(get(value, 'url'));
  if (url) org['url'] = url;
  const id = text(get(value, 'id'));
  // An id made up by the funder (360G-…) is not an org-id another dataset could match.
  if (id && !/^360G-/i.test(id) && id.length <= 200) org['identifier'] = id;
  return org;
}

/** A member by name, forgiving the spaces and capitals of a spreadsheet's column titles. */
function get(record: Json, name: string): unknown {
  if (name in record) return record[name];
  const wanted = name.toLowerCase();
  const key = Object.keys(record).find((candidate) => candidate.replace(/\s+/g, '').toLowerCase() === wanted);
  return key === undefined ? undefined : record[key];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : isRecord(value) ? [value] : [];
}

/** Trimmed text, repaired when it was UTF-8 read as Latin-1 ("cafÃ©" → "café"); undefined when empty. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = repairMojibake(value).replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

export function repairMojibake(value: string): string {
  // Only text of Latin-1 characters holding a UTF-8 lead byte and a continuation byte can be it.
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(value) || [...value].some((char) => char.charCodeAt(0) > 0xff))
    return value;
  const bytes = Uint8Array.from(value, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return value;
  }
}

function number(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/[£$€,\s]|GBP/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** An ISO date from YYYY-MM-DD, a date-time, DD/MM/YYYY (the UK order 360Giving data uses) or, when `partial`, YYYY or YYYY-MM. */
function date(value: unknown, partial: boolean): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  let iso: string | undefined;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (uk) iso = `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(raw)) iso = raw.slice(0, 10);
  else if (partial && /^\d{4}(-\d{2})?$/.test(raw)) iso = raw;
  return iso && dateExists(iso) ? iso : undefined;
}

function link(value: unknown): string | undefined {
  const url = text(value);
  return url && /^https?:\/\//i.test(url) && SAFE_URL_PATTERN.test(url) && url.length <= 2_048 ? url : undefined;
}

// ---------------------------------------------------------------------------------------------
// feed → 360Giving

export interface ExportResult {
  readonly data: {readonly grants: readonly Json[]};
  readonly notes: readonly Note[];
}

/** A 360Giving package with a grant for each project 360Giving can describe. */
export function exportGrants(feed: Feed, options: {now?: Date} = {}): ExportResult {
  const notes: Note[] = [];
  const token = funderToken(feed.publisher);
  const fundingOrganization = [
    {...organisationOut(feed.publisher, token), id: feed.publisher.identifier ?? `360G-${token}`},
  ];
  const dateModified = `${(feed.dateModified ?? (options.now ?? new Date()).toISOString()).slice(0, 10)}T00:00:00Z`;
  const grants: Json[] = [];
  feed.programmes.forEach((programme, p) => {
    (programme.projects ?? []).forEach((project, index) => {
      const where = `programmes[${p}].projects[${index}] (${project.id})`;
      const missing = [
        programme.fundingPerTeam ? '' : "the programme's fundingPerTeam (amountAwarded)",
        programme.awardDate ? '' : "the programme's awardDate",
        project.lead ? '' : "the project's lead (recipientOrganization)",
      ].filter(Boolean);
      if (missing.length) {
        notes.push({where, reason: `360Giving requires ${missing.join(', ')}`, leftOut: true});
        return;
      }
      grants.push(grantOf(programme, project, token, fundingOrganization, dateModified, where, notes));
    });
  });
  return {data: {grants}, notes};
}

function grantOf(
  programme: Programme,
  project: Project,
  token: string,
  fundingOrganization: readonly Json[],
  dateModified: string,
  where: string,
  notes: Note[],
): Json {
  const funding = programme.fundingPerTeam!;
  const grant: Json = {
    id: `360G-${token}-${project.id}`,
    title: english(project.title),
    description: project.summary ? english(project.summary) : '',
    currency: funding.currency,
    amountAwarded: funding.amount,
    awardDate: programme.awardDate,
    recipientOrganization: [project.lead!, ...(project.partners ?? [])].map((org) => organisationOut(org, token)),
    fundingOrganization,
    grantProgramme: [
      {code: programme.id, title: english(programme.title), ...(absolute(programme.url) ? {url: programme.url} : {})},
    ],
    dateModified,
  };
  if (funding.approximate)
    notes.push({
      where,
      reason: `amountAwarded is the programme's approximate figure, ${funding.amount}`,
      leftOut: false,
    });
  if (absolute(project.url)) grant['url'] = project.url;
  else if (project.url)
    notes.push({
      where,
      reason: `its url "${project.url}" is relative: 360Giving needs an absolute one, left out`,
      leftOut: false,
    });
  const planned: Json = {};
  if (programme.period?.start) planned['startDate'] = programme.period.start;
  if (programme.period?.end) planned['endDate'] = programme.period.end;
  if (programme.durationMonths !== undefined) planned['duration'] = programme.durationMonths;
  if (Object.keys(planned).length) grant['plannedDates'] = [planned];
  return grant;
}

function organisationOut(org: Organisation, token: string): Json {
  return {
    id: org.identifier ?? `360G-${token}-${slug(english(org.name))}`,
    name: english(org.name),
    ...(absolute(org.url) ? {url: org.url} : {}),
  };
}

/** The funder's part of a 360Giving identifier: no dashes, so an import can take it off again. */
function funderToken(publisher: Organisation): string {
  return (publisher.identifier ?? english(publisher.name)).replace(/[^A-Za-z0-9]+/g, '') || 'publisher';
}

/** 360Giving data is in one language: a feed text's English (format 1.1 language maps). */
function english(text: LocalText): string {
  return textIn(text, 'en');
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'organisation'
  );
}

function absolute(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}
