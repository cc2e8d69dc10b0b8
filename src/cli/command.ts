/// <reference types="node" />

/** Where a command writes. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Exit code for a usage mistake or unreadable input. */
export const EXIT_USAGE = 2;
