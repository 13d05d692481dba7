export { LangLocaleController, langOf } from './lang-controller.js';
export { matchLocale, resolveLocale } from './locale-match.js';
export {
  activeLocale,
  configureSharedLocalization,
  ensureLocalization,
  loadPackageTemplates,
  localeReady,
  localizationOwner,
} from './localization.js';
export type { LocaleCode, Localization, SharedLocalizationConfig } from './localization.js';
export { definitionTranslation } from './definition-translations.js';
export { allLocales, sourceLocale, targetLocales } from './locale-codes.js';
