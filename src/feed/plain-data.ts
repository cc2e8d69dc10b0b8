/**
 * Guards for validating data on a page whose own script changed the built-ins: a copy of
 * decoded JSON that holds only its own properties, and objects without a prototype for the
 * schema's field tables. See SECURITY.md ("The host page's own script").
 */

// A feed's shape is at most this deep (feed → programmes → programme → projects → project →
// partners → organisation → name): deeper values are not looked at by validation, so they are
// left as they are rather than copied (which also keeps the copy's recursion bounded).
const SHAPE_DEPTH = 8;

/**
 * `value` with every object within the feed's depth rebuilt without a prototype, keeping only
 * its own enumerable properties. The validator reads fields with `key in object`, which sees
 * properties a page added to `Object.prototype` (old libraries and analytics snippets do): on a
 * copy without a prototype, only what the JSON said is there.
 */
export function ownData(value: unknown, depth = SHAPE_DEPTH): unknown {
  if (depth === 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) copy.push(ownData(value[index], depth - 1));
    return copy;
  }
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    // Defined, not assigned: a key named `__proto__` stays a plain field.
    Object.defineProperty(copy, key, {
      value: ownData((value as Record<string, unknown>)[key], depth - 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * `entries` as an object without a prototype, for `v.object()`: valibot walks a schema's fields
 * with `for…in`, which would also visit every enumerable property a page added to
 * `Object.prototype`, and fail on it.
 */
export function fields<T extends object>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}
