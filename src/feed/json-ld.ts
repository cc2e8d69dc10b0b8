/**
 * Structured data for a programme: a schema.org JSON-LD graph built from the feed alone, for
 * `<programme-page structured-data>` and for server or static rendering (the same code either way).
 *
 * The mapping (reference: standards.md, "schema.org types and properties"):
 * - the programme is a `FundingScheme`, funded by the feed's publisher (an `Organization`);
 * - each project is a `Project`, its lead organisation its `parentOrganization`;
 * - where the programme gives its funding per team, each project's `funding` is a `MonetaryGrant`
 *   whose `amount` is a `MonetaryAmount` and whose `funder` is the publisher (schema.org's own
 *   Grant examples);
 * - each resource (the evaluation report) is a `Report` about the scheme.
 *
 * Only what the feed says goes in: no property is filled with a guess, and status, aims and the
 * number of teams, which have no natural schema.org property, stay in the visible page.
 *
 * `@id`s are built from the programme's canonical URL (`<url>#programme`, `<url>#project-<id>`…),
 * so the same programme described on several pages merges into one graph. Without a canonical
 * URL they are fragments (`#<programme-id>-programme`), stable within one page.
 *
 * Each node is typed with schema-dts (Google's schema.org types), so a property its type lacks
 * does not compile. Pure and DOM-free: it runs under SSR in Node as well as in the browser.
 */
import type {FundingScheme, IdReference, MonetaryGrant, Organization, Project, Report} from 'schema-dts';
import type {Feed, LocalText, Organisation, Programme} from './feed.js';
import {safeHref} from '../internal/links.js';
import {textIn} from '../internal/text.js';

/** A JSON-LD node: plain JSON, ready for `JSON.stringify`. */
export type JsonLdNode = {readonly [key: string]: JsonLdValue};
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/** The JSON-LD document for one programme. */
export interface JsonLdDocument {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly JsonLdNode[];
}

export interface JsonLdOptions {
  /**
   * The absolute URL the feed was loaded from: relative URLs in the feed resolve against it,
   * as they do for links. Without it, relative URLs are left out (they would resolve against
   * whichever page shows the data, which is not a stable identity).
   */
  readonly feedUrl?: string | undefined;
  /** The language to take texts in from a feed's language maps (format 1.1). Default `en-GB`. */
  readonly lang?: string | undefined;
}

/** The schema.org graph describing `programme` (one of `feed`'s programmes). */
export function toJsonLd(feed: Feed, programme: Programme, options: JsonLdOptions = {}): JsonLdDocument {
  const absolute = (url: string | undefined) => absoluteUrl(url, options.feedUrl);
  const lang = options.lang ?? 'en-GB';
  const text = <T extends LocalText | undefined>(value: T): string | undefined =>
    value === undefined ? undefined : textIn(value, lang);
  const canonical = absolute(programme.url);
  // The fragment is replaced, not appended to: "#programme" on a URL that has a fragment of its own would not be a URL.
  const idBase = canonical ? `${canonical.split('#')[0]}#` : `#${programme.id}-`;
  const schemeId = `${idBase}programme`;

  const publisher = organisation(feed.publisher, absolute, lang);
  const publisherRef: OrganizationNode | IdReference = publisher['@id'] ? {'@id': publisher['@id']} : publisher;
  const graph: JsonLdNode[] = [];
  if (publisher['@id']) graph.push(compact(publisher));

  graph.push(
    compact<FundingScheme>({
      '@type': 'FundingScheme',
      '@id': schemeId,
      name: text(programme.title),
      description: text(programme.strapline),
      url: canonical,
      funder: publisherRef,
    }),
  );

  const funding = programme.fundingPerTeam;
  for (const project of programme.projects ?? []) {
    const projectId = `${idBase}project-${project.id}`;
    const grantId = `${idBase}grant-${project.id}`;
    graph.push(
      compact<Project>({
        '@type': 'Project',
        '@id': projectId,
        name: text(project.title),
        description: text(project.summary),
        url: absolute(project.url),
        parentOrganization: project.lead ? organisation(project.lead, absolute, lang) : undefined,
        member: project.partners?.length
          ? project.partners.map((partner) => organisation(partner, absolute, lang))
          : undefined,
        funding: funding ? {'@id': grantId} : undefined,
      }),
    );
    if (funding) {
      graph.push(
        compact<MonetaryGrant>({
          '@type': 'MonetaryGrant',
          '@id': grantId,
          // schema.org has no way to say "around": the amount is the feed's figure, and the page
          // around the data says "around £400,000" where the feed marks it approximate.
          amount: {'@type': 'MonetaryAmount', currency: funding.currency, value: funding.amount},
          funder: publisherRef,
          fundedItem: {'@id': projectId},
        }),
      );
    }
  }

  (programme.resources ?? []).forEach((resource, index) => {
    graph.push(
      compact<Report>({
        '@type': 'Report',
        '@id': `${idBase}resource-${resource.id ?? index + 1}`,
        name: text(resource.title),
        description: text(resource.summary),
        url: absolute(resource.url),
        publisher: resource.publisher ? organisation(resource.publisher, absolute, lang) : undefined,
        datePublished: resource.datePublished,
        about: {'@id': schemeId},
      }),
    );
  });

  return {'@context': 'https://schema.org', '@graph': graph};
}

/**
 * The graph as text for a `<script type="application/ld+json">`: every `<` is written as
 * `\u003c` (still the same JSON), so no text in the feed can close the script element
 * (`</script>`) or open a comment (`<!--`).
 */
export function jsonLdScriptText(document: JsonLdDocument): string {
  return JSON.stringify(document).replace(/</g, '\\u003c');
}

type OrganizationNode = Exclude<Organization, string> & {'@id'?: string};

function organisation(
  source: Organisation,
  absolute: (url: string | undefined) => string | undefined,
  lang: string,
): OrganizationNode {
  const url = absolute(source.url);
  return {
    '@type': 'Organization',
    // Only an organisation with a URL gets an @id: a name alone is not an identity.
    '@id': url ? `${url.split('#')[0]}#org` : undefined,
    name: textIn(source.name, lang),
    url,
    identifier: source.identifier,
  };
}

/** An absolute http(s) URL that passes the link rules, or undefined. */
function absoluteUrl(url: string | undefined, base: string | undefined): string | undefined {
  const href = safeHref(url, base);
  return href && /^https?:\/\//i.test(href) ? href : undefined;
}

/**
 * A schema.org node of type `T` (checked by the compiler) as plain JSON, without the properties
 * the feed did not give, so the output never holds `undefined`.
 */
function compact<T>(node: Exclude<T, string>): JsonLdNode {
  const plain = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(plain)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, entry]) => entry !== undefined)
              .map(([key, entry]) => [key, plain(entry)]),
          )
        : value;
  return plain(node) as JsonLdNode;
}
