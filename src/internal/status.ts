import {html, type TemplateResult} from 'lit';
import type {ProgrammeStatus} from '../feed/feed.js';
import type {Messages} from '../i18n/messages.js';

/** The NHS.UK tag colour for each status: grey when closed, green when open, blue when upcoming. */
const STATUS_TONES = {closed: 'grey', open: 'green', upcoming: 'blue'} as const;

/**
 * A programme's status as an NHS.UK tag in a paragraph (parts `status` and `status-tag`), its
 * tone from src/styles/status-tag.styles.ts: what the summary and the programme card show.
 */
export function renderStatusTag(status: ProgrammeStatus, t: Messages): TemplateResult {
  const label = {closed: t.statusClosed, open: t.statusOpen, upcoming: t.statusUpcoming}[status.code];
  return html`<p part="status" class="status">
    <strong part="status-tag" class="tag tag--${STATUS_TONES[status.code]}">${label}</strong>
  </p>`;
}
