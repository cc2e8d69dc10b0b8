import {css} from 'lit';

/**
 * What a programme card adds to the project card's layout (project-card.styles.ts, which it
 * shares: the panel with its thumbnail edge to edge, the body's padding, the meta line).
 */
export const styles = css`
  .body > .status {
    margin-block-end: var(--_r3);
  }
`;
