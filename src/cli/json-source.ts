/// <reference types="node" />
/**
 * Where a JSON path (`programmes[0].projects[2].url`, the format of every problem) is in the
 * file, found with momoa's syntax tree, and the code frame that shows it.
 */
import {parse, type AnyNode} from '@humanwhocodes/momoa';

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters. */
  readonly column: number;
}

export interface JsonSource {
  readonly text: string;
  /** The position of the value at `path`; of its nearest ancestor in the file when it is missing. */
  positionOf(path: string): Position;
}

/** `text` as a JSON source, or the position and reason of its first syntax error. */
export function readJsonSource(
  text: string,
): {ok: true; source: JsonSource; json: unknown} | {ok: false; position: Position; reason: string} {
  let root: AnyNode;
  try {
    root = parse(text, {mode: 'json'}).body;
  } catch (error) {
    const {line = 1, column = 1, message} = error as {line?: number; column?: number; message?: string};
    return {ok: false, position: {line, column}, reason: String(message ?? error).replace(/ \(\d+:\d+\)$/, '')};
  }
  const json: unknown = JSON.parse(text);
  return {
    ok: true,
    json,
    source: {
      text,
      positionOf(path) {
        const node = find(root, segments(path));
        return {line: node.loc.start.line, column: node.loc.start.column};
      },
    },
  };
}

/** `programmes[0].url` → `['programmes', 0, 'url']`; `(feed)` → `[]`. */
export function segments(path: string): (string | number)[] {
  if (path === '(feed)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? match[1]! : Number(match[2]),
  );
}

function find(root: AnyNode, path: readonly (string | number)[]): AnyNode {
  let node = root;
  for (const segment of path) {
    let next: AnyNode | undefined;
    if (node.type === 'Object' && typeof segment === 'string') {
      // JSON.parse keeps the last of two members with one name, so the last is the one meant.
      next = node.members.findLast((member) => member.name.type === 'String' && member.name.value === segment)?.value;
    } else if (node.type === 'Array' && typeof segment === 'number') {
      next = node.elements[segment]?.value;
    }
    if (!next) return node;
    node = next;
  }
  return node;
}

const FRAME_WIDTH = 100;

/** Two lines either side of `position`, numbered, with a caret under its column. */
export function codeFrame(text: string, position: Position): string {
  const lines = text.split(/\r\n|\r|\n/);
  const first = Math.max(1, position.line - 1);
  const last = Math.min(lines.length, position.line + 1);
  const gutter = String(last).length;
  // A minified feed is one long line: show the window around the column, not the whole line.
  const start = Math.max(0, position.column - 1 - Math.floor(FRAME_WIDTH / 2));
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const line = lines[number - 1] ?? '';
    const shown = `${start > 0 ? '…' : ''}${line.slice(start, start + FRAME_WIDTH)}${line.length > start + FRAME_WIDTH ? '…' : ''}`;
    out.push(`${number === position.line ? '>' : ' '} ${String(number).padStart(gutter)} | ${shown}`.trimEnd());
    if (number === position.line) {
      const offset = position.column - 1 - start + (start > 0 ? 1 : 0);
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, offset))}^`);
    }
  }
  return out.join('\n');
}
