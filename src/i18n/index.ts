export { LangLocaleController, ensureLocalization, langOf, resolveLocale } from './localization.js';
export type { LocaleCode } from './localization.js';
export { allLocales, sourceLocale, targetLocales } from './locale-codes.js';
