/**
 * The English (UK) catalogue of interface strings. Every language is one object of this shape;
 * a Welsh catalogue (`cy.ts`) adds itself to `catalogues` in `messages.ts`.
 * Placeholders are `{name}`; `format()` fills them.
 */
export const enGB = {
  status: 'Status',
  statusOpen: 'Open for applications',
  statusClosed: 'Closed for applications',
  statusUpcoming: 'Opening soon',
  keyFacts: 'Key facts',
  fundingPerTeam: 'Funding per team',
  approximately: 'around {amount}',
  duration: 'Duration',
  teams: 'Teams',
  years: 'Years',
  yearRange: '{start} to {end}',
  yearFrom: 'from {start}',
  keyPoints: 'Key points',
  moreAboutProgramme: 'More about {title}',
  aims: 'Aims',
  projects: 'Projects',
  leadOrganisation: 'Lead organisation',
  partners: 'Partners',
  noProjects: 'No projects have been published for this programme yet.',
  noAims: 'No aims have been published for this programme yet.',
  furtherReading: 'Further reading',
  noFurtherReading: 'There is no further reading for this programme yet.',
  programmeType: 'Programme',
  resourceType: 'Resource',
  projectType: 'Project',
  programmes: 'Programmes',
  noProgrammesWithStatus: 'No programme has this status at the moment.',
  viewPost: 'View the post',
  publishedBy: 'Published by {publisher}',
  loading: 'Loading',
  errorTitle: 'This content could not be shown',
  errorProgrammeLink: 'Read about this programme on its page',
  information: 'Information: ',
};

export type Messages = typeof enGB;
