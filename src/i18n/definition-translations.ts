// A host definition translates its own labels and messages in the `x-pgp-i18n` annotation at its
// root: `{ "<locale>": { "title": "...", "messages": { "<x-pgp-message key>": "..." } } }`.
import { activeLocale } from './localization.js';
import { matchLocale } from './locale-match.js';

export const I18N_ANNOTATION = 'x-pgp-i18n';

type Row = Record<string, unknown>;

/**
 * Returns the definition's translation of its `title` (`part` "title") or of a message key (`part`
 * "messages") for the active locale, or undefined when it has none and its own English text applies.
 */
export function definitionTranslation(source: unknown, part: 'title', key?: undefined): string | undefined;
export function definitionTranslation(source: unknown, part: 'messages', key: string): string | undefined;
export function definitionTranslation(source: unknown, part: 'title' | 'messages', key?: string): string | undefined {
  const locale = activeLocale();
  if (!isRow(source) || !isRow(source[I18N_ANNOTATION])) return undefined;

  const entry = (source[I18N_ANNOTATION] as Row)[locale];
  if (!isRow(entry)) return undefined;

  const value = part === 'title' ? entry.title : isRow(entry.messages) ? entry.messages[key ?? ''] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Returns what is wrong with an `x-pgp-i18n` value, naming the part and the fix, or undefined when
 * it can be used. Each key must be a shipped locale code exactly (`es`, `zh-Hant`), because those
 * are the codes the active locale takes.
 */
export function i18nAnnotationProblem(value: unknown): string | undefined {
  if (!isRow(value)) return `it is ${JSON.stringify(value)?.slice(0, 40)}, not an object keyed by locale such as { "es": { "title": "..." } }`;

  for (const [locale, entry] of Object.entries(value)) {
    const shipped = matchLocale(locale);
    if (shipped !== locale) {
      const hint = shipped ? `use "${shipped}"` : 'use es or zh-Hant';
      return `the key "${locale}" is not a locale the elements are shown in; ${hint}`;
    }
    if (!isRow(entry)) return `"${locale}" must be an object with "title" and "messages"`;

    const unknownKeys = Object.keys(entry).filter((name) => name !== 'title' && name !== 'messages');
    if (unknownKeys.length > 0) return `"${locale}" has the unknown member "${unknownKeys[0]}"; use only "title" and "messages"`;
    if ('title' in entry && typeof entry.title !== 'string') return `"${locale}.title" must be text`;
    if ('messages' in entry && !isMessageTable(entry.messages)) return `"${locale}.messages" must map message keys to text`;
  }
  return undefined;
}

function isMessageTable(value: unknown): boolean {
  return isRow(value) && Object.values(value).every((text) => typeof text === 'string');
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
