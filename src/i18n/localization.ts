import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

/** A locale the package has messages for. */
export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

/** The pair of functions `configureLocalization()` returns. */
export interface Localization {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/** The options a page passes to `configureSharedLocalization()`, the same as `configureLocalization()` takes. */
export interface SharedLocalizationConfig {
  sourceLocale: string;
  targetLocales: Iterable<string>;
  loadLocale: (locale: string) => Promise<LocaleModule>;
}

// Each loader is a literal import() so that bundlers and the test server can see the file.
const packageLoaders = {
  es: () => import('./locales/es.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<LocaleModule>>;

/**
 * Who configured `@lit/localize` on this page: nobody yet (every message is English), this package
 * (the elements' `lang` sets the locale), or the page itself before the package needed to (the
 * page's `setLocale()` sets it and `lang` is ignored).
 */
type Owner = 'none' | 'package' | 'page';

let owner: Owner = 'none';
let ownLocalization: Localization | undefined;
let ownLocales: Set<string> = new Set([sourceLocale, ...targetLocales]);
const pageLoaders: Array<(locale: string) => Promise<LocaleModule>> = [];
let renderedLocale: string = sourceLocale;
let settled: Promise<void> = Promise.resolve();

// Every switch, by this package or by the page, ends in a "ready" event; it names the locale whose
// messages are rendered, which is what dates and numbers must be formatted for.
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') renderedLocale = event.detail.readyLocale;
  });
}

/** Returns the locale whose messages the elements render now, for `Intl` formatting. */
export function activeLocale(): string {
  return owner === 'package' && ownLocalization ? ownLocalization.getLocale() : renderedLocale;
}

/** Returns who configured `@lit/localize` on this page: `'none'`, `'package'` or `'page'`. */
export function localizationOwner(): Owner {
  return owner;
}

/** Resolves once the most recent locale request has rendered its messages (or failed). */
export function localeReady(): Promise<void> {
  return settled;
}

/**
 * Returns `getLocale` and `setLocale` for the elements. `getLocale` returns the rendered locale.
 * `setLocale` configures `@lit/localize` on the first switch away from English, so that a page that
 * configures it for its own strings before then keeps control. When the page owns it, `setLocale`
 * changes nothing.
 */
export function ensureLocalization(): Localization {
  return { getLocale: activeLocale, setLocale: requestLocale };
}

function requestLocale(locale: string): Promise<void> {
  if (owner === 'none' && locale === sourceLocale) return settled;
  if (owner === 'none') configureForPackage([]);
  if (owner === 'page' || !ownLocalization) return settled;

  const request = ownLocalization.setLocale(locale);
  settled = request.catch((error: unknown) => {
    console.warn(`pgp-elements: the messages for locale "${locale}" could not be loaded (${String(error)}). The text stays in the previous language.`);
  });
  return settled;
}

function configureForPackage(extraLocales: string[]): void {
  ownLocales = new Set([sourceLocale, ...targetLocales, ...extraLocales]);
  try {
    ownLocalization = configureLocalization({
      sourceLocale,
      targetLocales: [...ownLocales].filter((locale) => locale !== sourceLocale),
      loadLocale: loadMergedTemplates,
    });
    owner = 'package';
  } catch (error) {
    owner = 'page';
    console.warn(
      'pgp-elements: the page configured @lit/localize itself, so the elements follow its setLocale() ' +
        'and ignore their lang attribute. To get their translations, merge loadPackageTemplates(locale) ' +
        `into the page's loadLocale, or call configureSharedLocalization() instead (${String(error)}).`,
    );
  }
}

// Page messages override package messages with the same id, so a page can reword an element.
async function loadMergedTemplates(locale: string): Promise<LocaleModule> {
  const pageModules = await Promise.all(pageLoaders.map((load) => load(locale)));
  const packageTemplates = await loadPackageTemplates(locale);
  return { templates: Object.assign({}, packageTemplates, ...pageModules.map((module) => module.templates)) };
}

/**
 * Loads the package's messages for a locale, keyed by message id, for a page that configures
 * `@lit/localize` itself and merges them into what its `loadLocale` returns. English and unknown
 * locales give an empty table, which leaves the English source text in place.
 */
export async function loadPackageTemplates(locale: string): Promise<LocaleModule['templates']> {
  const load = (packageLoaders as Record<string, (() => Promise<LocaleModule>) | undefined>)[locale];
  return load ? (await load()).templates : {};
}

/**
 * Configures `@lit/localize` for the page's own strings and the elements' together, in either
 * order: use it in place of `configureLocalization()`, which throws when called a second time. The
 * returned `setLocale` switches both. Throws when `sourceLocale` is not `en`, or when the page adds
 * locales after the elements already configured `@lit/localize`, naming those locales.
 */
export function configureSharedLocalization(config: SharedLocalizationConfig): Localization {
  if (config.sourceLocale !== sourceLocale) {
    throw new Error(`pgp-elements: configureSharedLocalization() got sourceLocale "${config.sourceLocale}"; the elements' messages are written in "${sourceLocale}", so use "${sourceLocale}" as the source locale.`);
  }
  if (owner === 'page') {
    throw new Error('pgp-elements: configureSharedLocalization() was called after the page had already called configureLocalization(). Call only one of them, once.');
  }

  const pageLocales = [...config.targetLocales];
  pageLoaders.push(config.loadLocale);
  if (owner === 'none') {
    configureForPackage(pageLocales);
  } else {
    rejectNewLocales(pageLocales);
    reloadActiveLocale();
  }
  return { getLocale: activeLocale, setLocale: (locale) => requestLocale(locale) };
}

function rejectNewLocales(pageLocales: string[]): void {
  const added = pageLocales.filter((locale) => !ownLocales.has(locale));
  if (added.length === 0) return;
  throw new Error(
    `pgp-elements: the locales ${added.join(', ')} cannot be added because the elements configured @lit/localize with ${[...ownLocales].join(', ')} before configureSharedLocalization() was called. Call it before the first element is connected.`,
  );
}

// The active locale's messages were loaded without the page's, so load them again. Requesting the
// source locale first makes the second request a real load, because setLocale() skips the current one.
function reloadActiveLocale(): void {
  if (!ownLocalization) return;
  const current = ownLocalization.getLocale();
  if (current === sourceLocale) return;
  void ownLocalization.setLocale(sourceLocale);
  void requestLocale(current);
}

export { LangLocaleController, langOf } from './lang-controller.js';
export { resolveLocale } from './locale-match.js';
