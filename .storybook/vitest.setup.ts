import { afterEach, beforeEach, expect, vi } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

// The stories of this file are about Windows High Contrast, so they run with it emulated.
const FORCED_COLORS_STORIES = /[\\/]stories[\\/]forced-colors\.stories\.ts$/;

// A story passes only when it logs no console error while it renders and plays. Warnings stay
// allowed: the elements warn once, on purpose, about misuse that some stories show.
let consoleErrors: string[] = [];

beforeEach(async () => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...messages: unknown[]) => {
    consoleErrors.push(messages.map(String).join(' '));
  });

  const forcedColors = FORCED_COLORS_STORIES.test(expect.getState().testPath ?? '');
  await commands.emulateForcedColors(forcedColors);
  expect(matchMedia('(forced-colors: active)').matches, 'forced-colors emulation').toBe(forcedColors);
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  expect(consoleErrors, 'console errors while the story rendered').toEqual([]);
});
