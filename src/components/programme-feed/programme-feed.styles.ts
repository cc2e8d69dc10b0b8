import {css} from 'lit';

/**
 * `<programme-feed>` draws nothing: `display: contents` leaves the page's layout (a grid or flex
 * container around it) applying to its children as if the provider were not there.
 */
export const styles = css`
  :host {
    display: contents;
  }

  :host([hidden]) {
    display: none;
  }
`;
