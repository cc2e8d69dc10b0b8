// The page-wide feed store of the bundle on this page, for tests that set its time limits or ask
// it to refresh. Importing the bundle's own URL gives the very module instance the page runs.
import {getFeedStore, parseFeed, VERSION} from '/dist/programme-elements.js';

window.__bundle = {store: getFeedStore(), parseFeed, version: VERSION};
