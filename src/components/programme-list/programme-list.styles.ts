import {css} from 'lit';

/**
 * What a programme list changes in the project list's card grid (project-list.styles.ts, which
 * it shares): its own column width property.
 */
export const styles = css`
  :host {
    --_min-column: var(--pe-programme-list-min-column-width, 256px);
  }
`;
