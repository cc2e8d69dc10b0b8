import {css} from 'lit';

/** The status tag's tones (nhsuk-tag--grey, --green, --blue), for the elements that show a programme's status. */
export const statusTagStyles = css`
  .tag--grey {
    --_tag-text: #354550;
    --_tag-background: #dbe0e3;
  }

  .tag--green {
    --_tag-text: #004c23;
    --_tag-background: #cce5d8;
  }

  .tag--blue {
    --_tag-text: #004281;
    --_tag-background: #ccdff1;
  }
`;
