// The "Embed" panel: the HTML a site editor copies to show the current story, with its current
// args and theme. The preview sends it (stories/support/embed-channel.ts) on every render.
import React, {useState} from 'react';
import {AddonPanel, SyntaxHighlighter} from 'storybook/internal/components';
import {addons, types, useChannel, useStorybookApi} from 'storybook/manager-api';

const EMBED_EVENT = 'programme-elements/embed';

interface EmbedEvent {
  readonly storyId: string;
  readonly snippet: string;
}

function EmbedPanel({active}: {readonly active?: boolean | undefined}) {
  const api = useStorybookApi();
  const storyId = api.getCurrentStoryData()?.id;
  const [latest, setLatest] = useState<EmbedEvent | undefined>(api.getChannel()?.last(EMBED_EVENT)?.[0]);
  useChannel({[EMBED_EVENT]: (event: EmbedEvent) => setLatest(event)}, []);
  const snippet = latest?.storyId === storyId ? latest?.snippet : undefined;
  const code = React.createElement(
    SyntaxHighlighter,
    {language: 'html', copyable: true, bordered: false, padded: true, format: false},
    snippet ?? '<!-- The snippet appears when the story has rendered. -->',
  );
  return React.createElement(AddonPanel, {active: Boolean(active), children: code});
}

addons.register('programme-elements/embed', () => {
  addons.add('programme-elements/embed/panel', {
    type: types.PANEL,
    title: 'Embed',
    match: ({viewMode}) => viewMode === 'story',
    render: ({active}) => React.createElement(EmbedPanel, {active}),
  });
});
