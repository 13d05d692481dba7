// Checks the built script-tag bundle for what a strict Content Security Policy forbids. Run after
// `npm run build`, which scripts/test.mjs expects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const browserDirectory = 'dist/browser';
const entryFile = join(browserDirectory, 'pgp-elements.js');

// Minifiers rewrite `new Function(` to `Function(`, so both spellings are caught.
const dynamicCodePattern = /\beval\(|\bFunction\(/;

function builtChunks() {
  const chunksDirectory = join(browserDirectory, 'chunks');
  return readdirSync(chunksDirectory)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(chunksDirectory, name));
}

function isRuntimeCompilerChunk(path) {
  return /[\\/]runtime-[\w-]+\.js$/.test(path);
}

describe('script-tag bundle', () => {
  it('exists after the build', () => {
    assert.ok(existsSync(entryFile), `${entryFile} is missing: run \`npm run build\` first`);
  });

  it('has no eval in the default path', () => {
    const defaultPath = [entryFile, ...builtChunks().filter((path) => !isRuntimeCompilerChunk(path))];

    for (const path of defaultPath) {
      const source = readFileSync(path, 'utf8');
      assert.doesNotMatch(source, dynamicCodePattern, `${path} contains eval or Function(`);
    }
  });

  it('keeps ajv out of the entry', () => {
    const entrySource = readFileSync(entryFile, 'utf8');
    const runtimeChunks = builtChunks().filter(isRuntimeCompilerChunk);

    assert.equal(runtimeChunks.length, 1, 'expected exactly one runtime compiler chunk');
    const runtimeName = runtimeChunks[0].split(/[\\/]/).pop();
    assert.doesNotMatch(entrySource, new RegExp(`import\\s*(?:[\\w*{}\\s,$]+from\\s*)?["']\\./chunks/${runtimeName}["']`), 'the entry imports the ajv chunk statically');
    assert.match(entrySource, new RegExp(`import\\(["'\`]\\./chunks/${runtimeName}["'\`]\\)`), 'the entry does not load the ajv chunk lazily');
  });

  it('loads each shipped validator lazily', () => {
    const entrySource = readFileSync(entryFile, 'utf8');
    for (const definition of ['registry-general', 'workforce-pathways-la-2024-25']) {
      const chunk = builtChunks().find((path) => path.includes(`${definition}-`));
      assert.ok(chunk, `no validator chunk for ${definition}`);
      assert.doesNotMatch(readFileSync(chunk, 'utf8'), dynamicCodePattern, `${chunk} contains eval or Function(`);
      const chunkName = chunk.split(/[\\/]/).pop();
      assert.ok(entrySource.includes(`./chunks/${chunkName}`), `the entry does not reference ${chunkName}`);
    }
  });
});
