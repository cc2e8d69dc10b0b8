// The public surface: re-exports only. `<programme-feed>` comes first so a provider is defined
// before its consumers ask for context (lit#2763).
export * from './components/programme-feed/programme-feed.js';
export * from './components/programme-summary/programme-summary.js';
export * from './components/aims-list/aims-list.js';
export * from './components/project-card/project-card.js';
export * from './components/project-list/project-list.js';
export * from './components/related-programmes/related-programmes.js';
export * from './components/programme-page/programme-page.js';
export * from './components/programme-card/programme-card.js';
export * from './components/programme-list/programme-list.js';
export * from './feed/feed.js';
export * from './feed/feed-context.js';
export * from './feed/feed-error.js';
export * from './feed/feed-events.js';
export {parseFeed} from './feed/parse-feed.js';
export {problemMessage} from './feed/problems.js';
export {loadCatalogue, registerCatalogue, type Catalogue, type Plural} from './i18n/messages.js';
export {FeedStore, getFeedStore} from './feed/feed-store.js';
export {FEED_MAJOR_VERSION} from './feed/patterns.js';
export {VERSION} from './version.js';
