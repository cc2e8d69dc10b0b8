// Storybook for designers and the web team: every element in every state, themed, and tested as
// stories (`npm run test-storybook`). Telemetry is off here and in the npm scripts.
import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [
    // The stories' illustration, so no story needs the network.
    {from: '../stories/assets', to: '/assets'},
  ],
  // The "Get started" checklist is for new Storybook users, not for designers reviewing elements.
  features: {sidebarOnboardingChecklist: false},
  // The web-components renderer imports `lit/directive-helpers.js`, which Vite would otherwise serve
  // unbundled beside the pre-bundled `lit`: two copies of lit-html in the page ("Multiple versions
  // of Lit loaded"). Bundled with the rest, there is one.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
  core: {
    disableTelemetry: true,
    // No request leaves the machine: the "what's new" notice fetches from the Storybook site.
    disableWhatsNewNotifications: true,
  },
};

export default config;
