/**
 * Each element's Docs page, in the manner of the NHS.UK design system's component pages: what
 * the element is for, when to use it and when not to, how to use it (with content guidance),
 * examples to follow and to avoid (each one of the element's own stories), then the API table
 * read from custom-elements.json. A stories file gives the words; the page is the same for all.
 */
import {createElement as h, type ReactElement} from 'react';
import {Canvas, Controls, Heading, Markdown, Title} from '@storybook/addon-docs/blocks';

/** One example: a story of this file, shown as one to follow (`do`) or to avoid (`dont`). */
export interface Example {
  readonly kind: 'do' | 'dont';
  /** The story export itself (what `Canvas of` takes). */
  readonly story: object;
  /** Why: one sentence. */
  readonly caption: string;
}

/** The words of one element's page, in Markdown. */
export interface Guidance {
  readonly purpose: string;
  readonly whenToUse: string;
  readonly whenNotToUse: string;
  readonly howToUse: string;
  /** A function: the stories it names are defined after the meta that calls guidancePage(). */
  readonly examples: () => readonly Example[];
}

const LABEL = {do: 'Do', dont: "Don't"} as const;

/** The `parameters.docs.page` of an element's stories. */
export function guidancePage(guidance: Guidance): () => ReactElement {
  return function GuidancePage() {
    return h(
      'div',
      null,
      h(Title),
      h(Markdown, null, guidance.purpose),
      h(Heading, null, 'When to use it'),
      h(Markdown, null, guidance.whenToUse),
      h(Heading, null, 'When not to use it'),
      h(Markdown, null, guidance.whenNotToUse),
      h(Heading, null, 'How to use it'),
      h(Markdown, null, guidance.howToUse),
      h(Heading, null, 'Examples'),
      ...guidance.examples().map((example, index) =>
        h(
          'figure',
          {key: index, style: {margin: '0 0 32px'}},
          h(
            'figcaption',
            {
              style: {
                padding: '8px 16px',
                borderInlineStart: `8px solid ${example.kind === 'do' ? '#007f3b' : '#d5281b'}`,
                fontWeight: 600,
              },
            },
            `${LABEL[example.kind]}: ${example.caption}`,
          ),
          h(Canvas, {of: example.story}),
        ),
      ),
      h(Heading, null, 'Attributes, properties, events, custom properties and parts'),
      h(Controls),
    );
  };
}
