import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from './locale-codes.js';

/** A locale the package has messages for. */
export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

type Localization = ReturnType<typeof configureLocalization>;

// Each loader is a literal import() so that bundlers and the test server can see the file.
const localeLoaders = {
  es: () => import('./locales/es.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

let localization: Localization | null | undefined;

/**
 * Configures `@lit/localize` in runtime mode on first use and returns its `getLocale` and
 * `setLocale`. Returns `null` when the page configured `@lit/localize` itself, because it can be
 * configured only once; the elements then render in whatever locale the page sets.
 */
export function ensureLocalization(): Localization | null {
  if (localization !== undefined) {
    return localization;
  }

  try {
    localization = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => localeLoaders[locale as keyof typeof localeLoaders](),
    });
  } catch (error) {
    localization = null;
    console.warn(
      'pgp-elements: @lit/localize was already configured by the page, so the elements follow the ' +
        "page's setLocale() instead of their lang attribute. Configure it with the locales es and " +
        `zh-Hant to get the package's translations (${String(error)}).`,
    );
  }
  return localization;
}

/**
 * Maps a BCP 47 language tag to the closest locale the package has: `es` for any Spanish,
 * `zh-Hant` for any Chinese or Cantonese, otherwise English.
 */
export function resolveLocale(lang: string | null | undefined): LocaleCode {
  const language = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];

  if (language === 'es') {
    return 'es';
  }

  // The Traditional Chinese messages use Cantonese wording. They are the only Chinese messages so
  // far, so Simplified tags use them too rather than falling back to English.
  if (language === 'zh' || language === 'yue') {
    return 'zh-Hant';
  }

  return sourceLocale;
}

/**
 * Returns the `lang` in force for an element: its own, its nearest ancestor's (crossing shadow
 * roots), else the document's. Returns an empty string when none is set.
 */
export function langOf(element: Element): string {
  let node: Node | null = element;

  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') ?? '';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }

  return document.documentElement.lang;
}

const connectedHosts = new Set<ReactiveControllerHost & HTMLElement>();

let langObserver: MutationObserver | undefined;

function applyLocaleOf(host: HTMLElement): void {
  const active = ensureLocalization();
  if (!active) {
    return;
  }

  const requested = resolveLocale(langOf(host));
  if (requested === active.getLocale()) {
    return;
  }

  active.setLocale(requested).catch((error: unknown) => {
    console.warn(`pgp-elements: could not load the messages for locale "${requested}" (${String(error)}). The text stays in the previous locale.`);
  });
}

function observeLangChanges(): void {
  if (langObserver) {
    return;
  }

  langObserver = new MutationObserver((mutations) => {
    const changed = mutations.map((mutation) => mutation.target);
    const affected = [...connectedHosts].filter((host) => changed.some((target) => target.contains(host)));
    const last = affected.at(-1);
    if (last) {
      applyLocaleOf(last);
    }
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Makes the page's active locale follow the `lang` of the host element, its ancestors or the
 * document, when the host connects and whenever one of those `lang` attributes changes.
 *
 * NOTE: `@lit/localize` in runtime mode has one active locale per page. When elements with
 * different `lang` values share a page, the one connected or changed last sets it for all.
 */
export class LangLocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    observeLangChanges();
    applyLocaleOf(this.host);
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
    if (connectedHosts.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }
}
