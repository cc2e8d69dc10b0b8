import {css} from 'lit';

/** The loading card of the elements that show cards: its bars stacked, about as tall as a typical card. */
export const cardSkeletonStyles = css`
  .card-skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_s2);
    min-block-size: 15em;
  }
`;
