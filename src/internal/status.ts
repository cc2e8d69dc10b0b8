import type {ProgrammeStatus} from '../feed/feed.js';
import type {Messages} from '../i18n/messages.js';

/** The NHS.UK tag colour for each status: grey when closed, green when open, blue when upcoming. */
const STATUS_TONES = {closed: 'grey', open: 'green', upcoming: 'blue'} as const;

/** A programme status as an NHS.UK tag: its class (with the tone's modifier) and its label. */
export function statusTag(status: ProgrammeStatus, t: Messages): {readonly className: string; readonly label: string} {
  const label = {closed: t.statusClosed, open: t.statusOpen, upcoming: t.statusUpcoming}[status.code];
  return {className: `tag tag--${STATUS_TONES[status.code]}`, label};
}
