// The single file for server-rendered pages: Lit's hydration support first (it must run before
// LitElement is defined), then every element. Elements the server rendered take over their
// declarative shadow DOM as it is; any other element renders as usual.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {catalogue as cy} from './i18n/cy.js';
import {registerCatalogue} from './i18n/messages.js';
export * from './index.js';

// Every catalogue the server may have rendered in is here from the start: a page the server
// rendered in Welsh hydrates in Welsh, with nothing to wait for (the plain bundle loads it on demand).
registerCatalogue('cy', cy);
