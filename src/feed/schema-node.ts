/**
 * The schema as data (the nodes src/feed/rules.ts is written in, by `npm run schema` from
 * schema.ts), and the constructors that keep that file short: the walk in parse-feed.ts and the
 * advice in advice.ts read these nodes, never valibot.
 */
import {fields} from './plain-data.js';

/** One node: the parts of a valibot schema the walk reads. */
export interface SchemaNode {
  /** `object`, `optional`, `array`, `union`, `record`, or a leaf: `string`, `number`, `boolean`, `picklist`. */
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  /** A union's options, or a picklist's values. */
  readonly options?: readonly unknown[];
  /** A picklist's message. */
  readonly message?: string | undefined;
  /** The leaf's rules, in the schema's order. */
  readonly pipe?: readonly Rule[];
  /** A list's most items. */
  readonly max?: number;
}

/** One rule of a leaf (`min_length`, `max_length`, `regex`, `integer`, `min_value`). */
export interface Rule {
  readonly type: string;
  readonly requirement?: unknown;
  readonly message: string;
}

// Fields without a prototype, as schema.ts's (`fields`): the walk reads its own table only.
export const object = (entries: Record<string, SchemaNode>): SchemaNode => ({type: 'object', entries: fields(entries)});
export const optional = (wrapped: SchemaNode): SchemaNode => ({type: 'optional', wrapped});
export const array = (item: SchemaNode, max: number): SchemaNode => ({type: 'array', item, max});
export const union = (...options: SchemaNode[]): SchemaNode => ({type: 'union', options});
/** A language map (feed format 1.1): its keys checked by `key`, its values by `value`, never empty. */
export const record = (key: SchemaNode, value: SchemaNode): SchemaNode => ({type: 'record', item: key, wrapped: value});
export const picklist = (options: readonly string[], message: string): SchemaNode => ({
  type: 'picklist',
  options,
  message,
});
export const leaf = (type: 'string' | 'number' | 'boolean', ...pipe: Rule[]): SchemaNode => ({type, pipe});
export const rule = (type: string, requirement: unknown, message: string): Rule => ({type, requirement, message});
