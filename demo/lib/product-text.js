/**
 * The product's own translations, read from `xliff/<language>.xlf` at server start, so the host's
 * pages name definitions, plan types, statuses and activity kinds with the words the elements use.
 * Only plain-text units are kept, so a unit with `<x/>` placeholders or markup is skipped.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { currentLanguage, LANGUAGES, DEFAULT_LANGUAGE } from './messages.js';

const TITLE_ID = /^(definition\.[A-Za-z]+|planType\.[A-Z_]+)\.title$/;
const byId = new Map();
const titleByEnglish = new Map();

/** Reads the translation file of each non-default language in `xliffDir`. Without a file, that language keeps the English titles and labels. */
export async function loadProductTranslations(xliffDir) {
  for (const language of LANGUAGES.filter((candidate) => candidate !== DEFAULT_LANGUAGE)) {
    let text;
    try {
      text = await readFile(join(xliffDir, `${language}.xlf`), 'utf8');
    } catch {
      continue;
    }
    const units = readPlainUnits(text);
    byId.set(language, new Map(units.map((unit) => [unit.id, unit.target])));
    titleByEnglish.set(language, new Map(units.filter((unit) => TITLE_ID.test(unit.id)).map((unit) => [unit.source, unit.target])));
  }
}

/** Returns `[{ id, source, target }]` for each trans-unit whose source and target are plain text. */
export function readPlainUnits(xliffText) {
  const units = [];
  const unitPattern = /<trans-unit id="([^"]+)"[^>]*>\s*<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g;
  for (const [, id, source, target] of xliffText.matchAll(unitPattern)) {
    if (target.trim() !== '') {
      units.push({ id, source: decodeEntities(source), target: decodeEntities(target) });
    }
  }
  return units;
}

function decodeEntities(text) {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (whole, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);
}

/** Returns the product's text for `id` in the current language, or `english` when the product has none. */
export function productText(id, english) {
  return byId.get(currentLanguage())?.get(id) ?? english;
}

/**
 * Returns a definition or plan-type title in the current language, found by its English text.
 * Other titles are returned as given.
 */
export function productTitle(englishTitle) {
  return titleByEnglish.get(currentLanguage())?.get(englishTitle) ?? englishTitle;
}
