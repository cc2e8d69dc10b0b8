// A story that logs an error fails, even when it renders: an element that complains in the
// console on a partner's page is a bug.
import {afterEach, beforeEach, expect, vi} from 'vitest';

let logged: string[] = [];

beforeEach(() => {
  logged = [];
  const original = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    original(...args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  expect(logged, 'console.error calls during the story').toEqual([]);
});
