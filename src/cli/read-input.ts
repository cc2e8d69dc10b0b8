/// <reference types="node" />
import {readFile} from 'node:fs/promises';

/** A file's or URL's text, or why it could not be read. */
export type Input = {ok: true; text: string; bytes: number; url: string | undefined} | {ok: false; reason: string};

/** Reads `where`, a path or an http(s) URL; a URL's text is what a browser would decode. */
export async function readInput(where: string): Promise<Input> {
  if (/^https?:\/\//i.test(where)) {
    try {
      const response = await fetch(where, {signal: AbortSignal.timeout(30_000)});
      if (!response.ok) return {ok: false, reason: `the server answered ${response.status}`};
      const buffer = Buffer.from(await response.arrayBuffer());
      return {ok: true, text: decode(buffer), bytes: buffer.length, url: response.url || where};
    } catch (error) {
      return {ok: false, reason: error instanceof Error ? error.message : String(error)};
    }
  }
  try {
    const buffer = await readFile(where);
    return {ok: true, text: decode(buffer), bytes: buffer.length, url: undefined};
  } catch (error) {
    const code = (error as {code?: string}).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error),
    };
  }
}

/** The JSON in `file`, or undefined once why it cannot be read has been written to stderr. */
export async function readJsonInput(file: string, stderr: NodeJS.WritableStream): Promise<{json: unknown} | undefined> {
  const input = await readInput(file);
  if (!input.ok) {
    stderr.write(`${file}: cannot be read (${input.reason}).\n`);
    return undefined;
  }
  try {
    return {json: JSON.parse(input.text)};
  } catch (error) {
    stderr.write(`${file}: is not valid JSON (${(error as Error).message}).\n`);
    return undefined;
  }
}

/** UTF-8, without the byte-order mark some editors write. */
function decode(buffer: Buffer): string {
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
