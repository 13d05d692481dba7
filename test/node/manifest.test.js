// Checks that custom-elements.json matches the elements' JSDoc: it is generated again into a
// temporary directory and compared with the committed file. `npm run build` rewrites the file in
// the working tree, so inside a git checkout the committed copy is read from HEAD; a manifest that
// was not regenerated and committed with its source change fails here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const manifestFile = 'custom-elements.json';
const elementTags = ['pgp-type-picker', 'pgp-goal-list', 'pgp-plan-summary', 'pgp-wizard'];

/** Runs the analyzer with the project's configuration and returns the manifest text it writes. */
function generateManifest() {
  const outputDirectory = mkdtempSync(join(tmpdir(), 'pgp-manifest-'));
  try {
    // The analyzer joins `--outdir` to the working directory, so it must be relative.
    const result = spawnSync(
      process.execPath,
      [
        'node_modules/@custom-elements-manifest/analyzer/cem.js',
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        relative(process.cwd(), outputDirectory),
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, `cem analyze failed:\n${result.stderr}`);
    return readFileSync(join(outputDirectory, manifestFile), 'utf8');
  } finally {
    rmSync(outputDirectory, { recursive: true, force: true });
  }
}

/** Returns custom-elements.json as committed at HEAD, or the working copy outside a git checkout. */
function committedManifest() {
  const fromGit = spawnSync('git', ['show', `HEAD:${manifestFile}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (fromGit.status === 0) return fromGit.stdout;
  return readFileSync(manifestFile, 'utf8');
}

function firstDifferentLine(expected, actual) {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const index = expectedLines.findIndex((line, lineIndex) => line !== actualLines[lineIndex]);
  const lineIndex = index === -1 ? expectedLines.length : index;
  return `line ${lineIndex + 1}: committed ${JSON.stringify(actualLines[lineIndex] ?? '(end of file)')}, ` +
    `generated ${JSON.stringify(expectedLines[lineIndex] ?? '(end of file)')}`;
}

function elementDeclaration(manifest, tagName) {
  for (const module of manifest.modules) {
    const declaration = (module.declarations ?? []).find((candidate) => candidate.tagName === tagName);
    if (declaration) return declaration;
  }
  return undefined;
}

function undocumentedNames(entries) {
  return (entries ?? []).filter((entry) => !entry.description).map((entry) => entry.name);
}

describe('custom-elements.json', () => {
  const committed = committedManifest();
  const manifest = JSON.parse(committed);

  it('matches a fresh generation', () => {
    const generated = generateManifest();
    assert.ok(
      generated === committed,
      `custom-elements.json is out of date with the JSDoc in src/ (${firstDifferentLine(generated, committed)}). ` +
        'Run `npm run manifest` and commit custom-elements.json.',
    );
  });

  for (const tagName of elementTags) {
    describe(`<${tagName}>`, () => {
      const declaration = elementDeclaration(manifest, tagName);

      it('is declared under its tag name', () => {
        assert.ok(declaration, `no declaration has tagName "${tagName}"`);
      });

      it('lists events, CSS parts and custom properties', () => {
        assert.ok(declaration?.events?.length, 'no events');
        assert.ok(declaration?.cssParts?.length, 'no CSS parts');
        assert.ok(declaration?.cssProperties?.length, 'no CSS custom properties');
      });

      it('documents every public attribute and property', () => {
        const publicFields = (declaration?.members ?? []).filter(
          (member) => member.kind === 'field' && !member.static && !member.privacy,
        );
        assert.deepEqual(undocumentedNames(declaration?.attributes), [], 'attributes without a description');
        assert.deepEqual(undocumentedNames(publicFields), [], 'properties without a one-line JSDoc');
      });

      it('documents every event, part and custom property', () => {
        assert.deepEqual(undocumentedNames(declaration?.events), [], 'events without a @fires description');
        assert.deepEqual(undocumentedNames(declaration?.cssParts), [], 'parts without a @csspart description');
        assert.deepEqual(undocumentedNames(declaration?.cssProperties), [], 'custom properties without a @cssprop description');
      });
    });
  }
});
