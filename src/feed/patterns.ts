/**
 * The feed format's patterns, apart from the schema (`schema.ts`) so that code that only needs a
 * pattern (link checks, the generated rules the elements validate with) does not bring valibot.
 */

/** The major version of the feed format this library reads. */
export const FEED_MAJOR_VERSION = 1;

/**
 * A link target the elements may turn into a link: an absolute http(s) URL, a `mailto:` address,
 * or a relative reference (a path, query or fragment). Everything else is refused, including
 * `javascript:`, `data:`, `vbscript:`, protocol-relative `//host` URLs, backslashes, any
 * whitespace or control character (browsers strip those, which is how `java\tscript:` works),
 * the Unicode spaces and invisible format characters (U+00A0, U+2028, U+200B, U+FEFF…) that
 * sanitiser bypasses put before a scheme, and HTML character references (`jav&#x09;ascript:`,
 * `javascript&colon;`): a URL in JSON is never HTML-escaped, so one that holds a reference was
 * written for an HTML parser, to be decoded into something else.
 * Case-insensitive by spelling out the letters, because JSON Schema patterns take no flags.
 */
export const SAFE_URL_PATTERN =
  /^(?!.*&(?:#|[A-Za-z][A-Za-z0-9]*;))(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\x00-\x20\x7f-\x9f\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\/]|[Mm][Aa][Ii][Ll][Tt][Oo]:|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/))[^\x00-\x20\x7f-\x9f\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]*$/;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
export const YEAR_OR_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
export const VERSION_PATTERN = /^\d+\.\d+$/;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** A BCP 47 language tag as a language map's key (feed format 1.1): "en", "cy", "cy-GB", "zh-Hant". */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
