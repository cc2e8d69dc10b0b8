/**
 * Sends each story's embed snippet to the manager's "Embed" panel (.storybook/manager.ts) on
 * every render, so the panel follows the controls and the theme toolbar.
 */
import {addons, useEffect} from 'storybook/preview-api';
import type {Decorator} from '@storybook/web-components-vite';
import {embedSnippet} from './embed.js';

export const EMBED_EVENT = 'programme-elements/embed';

/** The embed snippet for a story context: its element, args, children and the theme. */
export function snippetFor(context: Parameters<Decorator>[1]): string {
  return embedSnippet({
    tag: String(context.component),
    args: context.args,
    children: (context.parameters['embed'] as {children?: string[]} | undefined)?.children,
    theme: context.globals['theme'],
  });
}

export const withEmbedSnippet: Decorator = (story, context) => {
  const snippet = snippetFor(context);
  useEffect(() => {
    addons.getChannel().emit(EMBED_EVENT, {storyId: context.id, snippet});
  }, [context.id, snippet]);
  return story();
};
