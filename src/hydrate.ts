// The single file for server-rendered pages: Lit's hydration support first (it must run before
// LitElement is defined), then every element. Elements the server rendered take over their
// declarative shadow DOM as it is; any other element renders as usual.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
