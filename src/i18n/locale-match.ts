import { sourceLocale } from './locale-codes.js';
import type { LocaleCode } from './localization.js';

const warnedTags = new Set<string>();

/**
 * Returns the shipped locale for a BCP 47 language tag, or null when none fits. Any Spanish tag
 * (`es-MX`, `es-419`) gives `es`. A Chinese or Cantonese tag gives `zh-Hant` when its likely script
 * is Traditional (`zh-TW`, `zh-HK`, `zh-Hant-HK`, `yue`); Simplified tags (`zh`, `zh-CN`,
 * `zh-Hans`) give null because no Simplified Chinese messages are shipped.
 */
export function matchLocale(tag: string): LocaleCode | null {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim().replaceAll('_', '-')).maximize();
  } catch {
    return null;
  }

  if (locale.language === 'en') return sourceLocale;
  if (locale.language === 'es') return 'es';
  if ((locale.language === 'zh' || locale.language === 'yue') && locale.script === 'Hant') return 'zh-Hant';
  return null;
}

/**
 * Returns the shipped locale for a `lang` value. An empty value means English. A value no shipped
 * locale fits also gives English, with one console warning per distinct value.
 */
export function resolveLocale(lang: string | null | undefined): LocaleCode {
  const tag = (lang ?? '').trim();
  if (tag === '') return sourceLocale;

  const matched = matchLocale(tag);
  if (matched) return matched;

  warnUnsupportedOnce(tag);
  return sourceLocale;
}

function warnUnsupportedOnce(tag: string): void {
  const key = tag.toLowerCase();
  if (warnedTags.has(key)) return;
  warnedTags.add(key);

  const simplified = /^(zh|yue)\b/i.test(key);
  const reason = simplified
    ? 'Simplified Chinese is not shipped; use zh-Hant (Traditional Chinese) or en'
    : 'the supported languages are en, es and zh-Hant (zh-TW, zh-HK and yue map to zh-Hant)';
  console.warn(`pgp-elements: lang="${tag}" is not a supported language, so the elements are shown in English. ${reason}.`);
}
