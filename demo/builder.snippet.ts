// What the embed builder writes: the snippet a partner pastes, and the facts it needs (the
// versioned script URL and its Subresource Integrity hash). No DOM work here, so the builder and
// the cross-origin test (test/embed/cross-origin.test.ts) write the very same snippet.

/** The published path of one version of the single-file bundle: `/elements/<version>/programme-elements.js`. */
export function versionedScriptUrl(origin: string, version: string): string {
  return new URL(`/elements/${encodeURIComponent(version)}/programme-elements.js`, origin).href;
}

/**
 * The `integrity` value for the script at `url`: `sha384-` and the base64 SHA-384 of its bytes,
 * computed here with SubtleCrypto from the file as served. Undefined where the page cannot
 * compute it (SubtleCrypto needs a secure context: https, or localhost).
 */
export async function sriHash(url: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const response = await fetch(url, {mode: 'cors', credentials: 'omit', cache: 'no-store'});
  if (!response.ok) throw new Error(`the script answered ${response.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Everything a snippet says: one options object, so a new kind of snippet is one more field. */
export interface SnippetOptions {
  /** The bundle's URL (versioned), and its SRI hash when known. */
  readonly script: {readonly src: string; readonly integrity?: string | undefined};
  /** The element's tag name. */
  readonly tag: string;
  /** The element's attributes, in the order the snippet shows them. */
  readonly attributes: readonly (readonly [string, string])[];
  /** The fallback inside the element: a plain link, shown until the element is ready and whenever the script fails. */
  readonly fallback?: {readonly href: string; readonly text: string} | undefined;
  /** The element as the server rendered it (declarative shadow DOM and its inline feed), written in place of tag and fallback. */
  readonly prerendered?: string | undefined;
}

/**
 * The snippet: the script once per page (type module, versioned URL, `integrity` and
 * `crossorigin`), then the element, with its fallback link inside it.
 */
export function embedSnippet({script, tag, attributes, fallback, prerendered}: SnippetOptions): string {
  const scriptAttributes: [string, string][] = [
    ['type', 'module'],
    ['src', script.src],
  ];
  if (script.integrity) scriptAttributes.push(['integrity', script.integrity]);
  // A module script is always fetched in CORS mode; `anonymous` says so, and sends no cookies.
  scriptAttributes.push(['crossorigin', 'anonymous']);
  const open = `<${tag}${attributeList(attributes)}>`;
  const element = prerendered
    ? [prerendered]
    : fallback
      ? [open, `  <a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>`, `</${tag}>`]
      : [`${open}</${tag}>`];
  return [`<script${attributeList(scriptAttributes)}></script>`, ...element].join('\n');
}

function attributeList(attributes: readonly (readonly [string, string])[]): string {
  return attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;');
}

function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
