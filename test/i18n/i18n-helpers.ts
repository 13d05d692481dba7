import { nextFrame, waitUntil } from '@open-wc/testing';
import { activeLocale, localeReady } from '../../src/i18n/index.js';

/** Waits until the page renders `locale` and the elements have re-rendered in it. */
export async function untilLocale(locale: string): Promise<void> {
  await waitUntil(() => activeLocale() === locale, `the active locale did not become ${locale}; it is ${activeLocale()}`);
  await localeReady();
  await nextFrame();
  await nextFrame();
}

/** Runs `body` while recording console.warn calls, and returns their text. */
export async function recordWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...parts: unknown[]) => warnings.push(parts.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
