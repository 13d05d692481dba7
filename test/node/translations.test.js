// Checks that every shipped locale translates exactly the messages the source code has: a message
// missing from a locale, or a translation whose source message no longer exists, fails the run.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const targetLocales = config.targetLocales;

/** Returns a map of message id to `{ source, target }` from an XLIFF 1.2 file. */
function readXliff(path) {
  const text = readFileSync(path, 'utf8');
  const units = new Map();
  for (const match of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = match;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.set(id, { source, target });
  }
  return units;
}

/** Extracts the current source messages into a scratch folder, leaving the committed XLIFF alone. */
function extractSourceMessages() {
  const scratch = mkdtempSync(join(tmpdir(), 'pgp-xliff-'));
  const scratchConfig = {
    ...config,
    tsConfig: resolve(config.tsConfig),
    output: { ...config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
  };
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(scratchConfig));
  execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', configPath], { stdio: 'pipe' });
  return readXliff(join(scratch, 'xliff', `${targetLocales[0]}.xlf`));
}

describe('translations', () => {
  let sourceMessages;

  before(() => {
    sourceMessages = extractSourceMessages();
  });

  it('finds the source messages', () => {
    assert.ok(sourceMessages.size > 0, 'lit-localize extract found no messages');
  });

  for (const locale of targetLocales) {
    describe(locale, () => {
      let units;

      before(() => {
        units = readXliff(join(config.interchange.xliffDir, `${locale}.xlf`));
      });

      it('translates every source message', () => {
        const untranslated = [...sourceMessages.keys()].filter((id) => !units.get(id)?.target);
        assert.deepEqual(untranslated, [], `xliff/${locale}.xlf has no translation for these ids; run \`npm run localize:extract\` and translate them`);
      });

      it('has no translation of a removed message', () => {
        const stale = [...units.keys()].filter((id) => !sourceMessages.has(id));
        assert.deepEqual(stale, [], `xliff/${locale}.xlf translates ids the source no longer has; remove them`);
      });

      it('translates the current source text', () => {
        const changed = [...sourceMessages].filter(([id, { source }]) => units.has(id) && units.get(id).source !== source).map(([id]) => id);
        assert.deepEqual(changed, [], `xliff/${locale}.xlf translates an older English text of these ids; update the translation and its <source>`);
      });
    });
  }
});
