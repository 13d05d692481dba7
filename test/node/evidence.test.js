// Tests for evidence uploads on the demo host: POST /api/evidence and GET /api/evidence/:id.
// Needs the built dist/validation.js ("npm run build"); PGP_DIST_DIR points at another build.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../demo/server.js';
import { EVIDENCE_LIMIT_BYTES } from '../../demo/lib/evidence.js';

const DIST_DIR = process.env.PGP_DIST_DIR || fileURLToPath(new URL('../../dist', import.meta.url));

// The smallest valid PNG: one transparent pixel.
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(20)]);

function isoBox(majorBrand, compatibleBrands) {
  const size = 16 + 4 * compatibleBrands.length;
  const header = Buffer.alloc(8);
  header.writeUInt32BE(size, 0);
  header.write('ftyp', 4, 'latin1');
  return Buffer.concat([header, Buffer.from(majorBrand, 'latin1'), Buffer.alloc(4), ...compatibleBrands.map((brand) => Buffer.from(brand, 'latin1')), Buffer.alloc(32)]);
}

let app;
let tempDir;
let uploadDir;

// `type` or `fileName` null leaves out that header.
function upload(body, { type = 'image/png', fileName = 'photo.png' } = {}) {
  const headers = {};
  if (type !== null) headers['Content-Type'] = type;
  if (fileName !== null) headers['X-File-Name'] = encodeURIComponent(fileName);
  return fetch(`${app.url}/api/evidence`, { method: 'POST', headers, body });
}

async function storedFileNames() {
  return (await readdir(uploadDir)).sort();
}

// Sends a body of `bodyBytes` that starts like a PNG, in pieces. Resolves with the response even
// when the server responds and closes the connection before the whole body is written.
function rawUpload({ headers, bodyBytes = 0, chunkBytes = 64 * 1024 }) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}/api/evidence`, { method: 'POST', headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    // Once the server has responded it stops reading, so later writes may fail with EPIPE or ECONNRESET.
    req.on('error', (error) => (req.res ? undefined : reject(error)));

    let sentBytes = 0;
    const first = PNG_BYTES.subarray(0, Math.min(PNG_BYTES.length, bodyBytes));
    req.write(first);
    sentBytes += first.length;

    function writeMore() {
      while (sentBytes < bodyBytes && !req.destroyed) {
        const size = Math.min(chunkBytes, bodyBytes - sentBytes);
        sentBytes += size;
        if (!req.write(Buffer.alloc(size))) {
          req.once('drain', writeMore);
          return;
        }
      }
      if (!req.destroyed) req.end();
    }
    writeMore();
  });
}

function filenameStar(disposition) {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  assert.ok(match, `no filename* in Content-Disposition "${disposition}"`);
  return decodeURIComponent(match[1]);
}

before(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'pgp-evidence-'));
  uploadDir = join(tempDir, 'uploads');
  app = await createServer({
    dbPath: join(tempDir, 'plans.sqlite'),
    uploadDir,
    port: 0,
    distDir: DIST_DIR,
    logger: { info() {}, warn() {}, error() {} },
  });
});

after(async () => {
  await app?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('POST /api/evidence', () => {
  test('stores PNG and returns reference', async () => {
    const response = await upload(PNG_BYTES);
    const body = await response.json();

    assert.equal(response.status, 201);
    assert.deepEqual(Object.keys(body).sort(), ['fileName', 'id', 'mediaType', 'sizeBytes', 'url']);
    assert.equal(body.fileName, 'photo.png');
    assert.equal(body.mediaType, 'image/png');
    assert.equal(body.sizeBytes, PNG_BYTES.length);
    assert.equal(body.url, `/api/evidence/${body.id}`);
    assert.equal(response.headers.get('location'), body.url);
    assert.ok((await storedFileNames()).includes(`${body.id}.png`), 'the file is not stored under a generated name');
  });

  test('GET returns identical bytes', async () => {
    const created = await (await upload(PNG_BYTES)).json();
    const response = await fetch(`${app.url}${created.url}`);
    const bytes = Buffer.from(await response.arrayBuffer());

    assert.equal(response.status, 200);
    assert.ok(bytes.equals(PNG_BYTES), 'the downloaded bytes differ from the uploaded ones');
    assert.equal(response.headers.get('content-type'), 'image/png');
    assert.equal(response.headers.get('content-length'), String(PNG_BYTES.length));
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('content-disposition'), /^attachment;/);
    assert.equal(filenameStar(response.headers.get('content-disposition')), 'photo.png');
    assert.equal(response.headers.get('etag'), `"${createHash('sha256').update(PNG_BYTES).digest('hex')}"`);
  });

  test('metadata row has sha256', async () => {
    const created = await (await upload(PDF_BYTES, { type: 'application/pdf', fileName: 'certificate.pdf' })).json();
    const row = app.store.getEvidence(created.id);

    assert.equal(row.fileName, 'certificate.pdf');
    assert.equal(row.mediaType, 'application/pdf');
    assert.equal(row.sizeBytes, PDF_BYTES.length);
    assert.equal(row.sha256, createHash('sha256').update(PDF_BYTES).digest('hex'));
    assert.ok(!Number.isNaN(Date.parse(row.createdAt)), `createdAt "${row.createdAt}" is not a date`);
  });

  test('accepts each allowed type', async () => {
    const cases = [
      ['application/pdf', 'plan.pdf', PDF_BYTES],
      ['image/jpeg', 'sign-in.jpg', JPEG_BYTES],
      ['image/png', 'agenda.png', PNG_BYTES],
      ['image/heic', 'IMG_0001.HEIC', isoBox('heic', ['mif1', 'heic'])],
      ['image/heic', 'generic.heic', isoBox('mif1', ['mif1', 'heic'])],
    ];

    for (const [type, fileName, bytes] of cases) {
      const response = await upload(bytes, { type, fileName });
      assert.equal(response.status, 201, `${fileName} as ${type}: ${JSON.stringify(await response.json())}`);
    }
  });

  test('keeps quotes and unicode names', async () => {
    const fileName = 'Ana "la maestra" Núñez – 證書 😀.pdf';
    const created = await (await upload(PDF_BYTES, { type: 'application/pdf', fileName })).json();
    const response = await fetch(`${app.url}${created.url}`);
    const disposition = response.headers.get('content-disposition');

    assert.equal(created.fileName, fileName);
    assert.equal(filenameStar(disposition), fileName);
    const asciiName = /filename="([^"]*)"/.exec(disposition)?.[1];
    assert.ok(asciiName !== undefined, `no quoted ASCII filename in "${disposition}"`);
    assert.match(asciiName, /^[\x20-\x7e]+$/);
    assert.ok(!asciiName.includes('"'), `the ASCII name "${asciiName}" contains a quote`);
  });

  test('drops folders from the name', async () => {
    const created = await (await upload(PNG_BYTES, { fileName: 'C:\\Users\\ana\\..\\photo.png' })).json();
    assert.equal(created.fileName, 'photo.png');
  });
});

describe('rejected uploads', () => {
  let filesBefore;

  beforeEach(async () => {
    filesBefore = await storedFileNames();
  });

  async function assertNothingStored() {
    assert.deepEqual(await storedFileNames(), filesBefore);
  }

  test('413 for declared length over limit', async () => {
    const response = await rawUpload({
      headers: { 'Content-Type': 'image/png', 'X-File-Name': 'big.png', 'Content-Length': String(EVIDENCE_LIMIT_BYTES + 1) },
      bodyBytes: 16,
    });

    assert.equal(response.status, 413);
    assert.match(response.body.error, /10485760 bytes/);
    assert.equal(response.headers.connection, 'close');
    await assertNothingStored();
  });

  test('413 for streamed body over limit', async () => {
    const response = await rawUpload({
      headers: { 'Content-Type': 'image/png', 'X-File-Name': 'big.png', 'Transfer-Encoding': 'chunked' },
      bodyBytes: EVIDENCE_LIMIT_BYTES + 1024 * 1024,
    });

    assert.equal(response.status, 413);
    assert.match(response.body.error, /limit of 10485760 bytes/);
    await assertNothingStored();
  });

  test('accepts exactly the limit', async () => {
    const bytes = Buffer.alloc(EVIDENCE_LIMIT_BYTES);
    PNG_BYTES.copy(bytes);
    const response = await upload(bytes);

    assert.equal(response.status, 201);
    assert.equal((await response.json()).sizeBytes, EVIDENCE_LIMIT_BYTES);
  });

  test('415 names type and allowed ones', async () => {
    const response = await upload(Buffer.from('hello'), { type: 'text/plain', fileName: 'notes.txt' });
    const { error } = await response.json();

    assert.equal(response.status, 415);
    assert.match(error, /"text\/plain"/);
    for (const allowed of ['application/pdf', 'image/jpeg', 'image/png', 'image/heic']) {
      assert.ok(error.includes(allowed), `the message does not name ${allowed}: ${error}`);
    }
    await assertNothingStored();
  });

  test('415 without Content-Type', async () => {
    const response = await upload(PNG_BYTES, { type: null });
    assert.equal(response.status, 415);
    assert.match((await response.json()).error, /without a type/);
  });

  test('415 for PDF that is not', async () => {
    const response = await upload(PNG_BYTES, { type: 'application/pdf', fileName: 'renamed.pdf' });
    const { error } = await response.json();

    assert.equal(response.status, 415);
    assert.match(error, /"renamed\.pdf"/);
    assert.match(error, /not a PDF file/);
    await assertNothingStored();
  });

  test('415 for mismatch in large body', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 0x41);
    const response = await upload(bytes, { type: 'image/jpeg', fileName: 'scan.jpg' });

    assert.equal(response.status, 415);
    assert.match((await response.json()).error, /not a JPEG file/);
    await assertNothingStored();
  });

  test('415 for AVIF sent as HEIC', async () => {
    const response = await upload(isoBox('avif', ['mif1', 'avif']), { type: 'image/heic', fileName: 'photo.heic' });
    assert.equal(response.status, 415);
    assert.match((await response.json()).error, /not a HEIC file/);
  });

  test('400 for empty file', async () => {
    const response = await upload(Buffer.alloc(0), { fileName: 'empty.png' });

    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /"empty\.png" is empty/);
    await assertNothingStored();
  });

  test('400 without X-File-Name', async () => {
    const response = await upload(PNG_BYTES, { fileName: null });
    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /X-File-Name/);
  });

  test('400 for bad name encoding', async () => {
    const response = await fetch(`${app.url}/api/evidence`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png', 'X-File-Name': '%E0%A4%A' },
      body: PNG_BYTES,
    });
    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /not valid URL encoding/);
  });
});

describe('GET /api/evidence/:id', () => {
  test('404 for unknown id', async () => {
    const response = await fetch(`${app.url}/api/evidence/00000000-0000-4000-8000-000000000000`);
    assert.equal(response.status, 404);
    assert.match((await response.json()).error, /No evidence file with id "00000000-0000-4000-8000-000000000000"/);
  });

  test('404 when file is gone', async () => {
    const created = await (await upload(PNG_BYTES)).json();
    await rm(join(uploadDir, `${created.id}.png`));

    const response = await fetch(`${app.url}${created.url}`);
    assert.equal(response.status, 404);
  });

  test('405 lists allowed methods', async () => {
    const response = await fetch(`${app.url}/api/evidence`);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
  });
});

describe('upload folder', () => {
  test('startup removes incomplete uploads', async () => {
    const folder = join(tempDir, 'leftovers');
    const second = await createServer({ dbPath: join(tempDir, 'second.sqlite'), uploadDir: folder, port: 0, distDir: DIST_DIR, logger: { info() {}, warn() {}, error() {} } });
    await second.close();
    await writeFile(join(folder, '.incoming-crashed'), 'partial');
    await writeFile(join(folder, 'kept.png'), PNG_BYTES);

    const third = await createServer({ dbPath: join(tempDir, 'second.sqlite'), uploadDir: folder, port: 0, distDir: DIST_DIR, logger: { info() {}, warn() {}, error() {} } });
    await third.close();

    assert.deepEqual((await readdir(folder)).sort(), ['kept.png']);
  });
});
