/**
 * Evidence uploads: `POST /api/evidence` stores one file sent as the raw request body, and
 * `GET /api/evidence/:id` sends it back as a download. Files live in the upload folder under
 * server-generated names, and their metadata in SQLite.
 */
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeEvidenceTypes, EVIDENCE_TYPES, matchesSignature, SIGNATURE_BYTES } from './file-signatures.js';
import { HttpError, sendJson } from './http.js';

/** Largest evidence file `POST /api/evidence` accepts, in bytes (10 MiB). */
export const EVIDENCE_LIMIT_BYTES = 10 * 1024 * 1024;

/** Maximum length of the original file name, in characters, as in the plan schema's `fileName`. */
export const FILE_NAME_MAX_LENGTH = 255;

// Uploads are written under this prefix first and renamed once complete, so a file with a final
// name is always whole. Leftovers from a crash are removed at startup.
const INCOMING_PREFIX = '.incoming-';

/** Creates the upload folder when missing and removes incomplete uploads left by an earlier run. */
export async function prepareUploadDir(uploadDir) {
  await mkdir(uploadDir, { recursive: true });

  const leftovers = (await readdir(uploadDir)).filter((name) => name.startsWith(INCOMING_PREFIX));
  await Promise.all(leftovers.map((name) => rm(join(uploadDir, name), { force: true })));
  return leftovers.length;
}

/**
 * `POST /api/evidence`: reads the body into a temporary file while checking its size and first
 * bytes, then moves it to its stored name and records it in one transaction. Responds 201 with
 * `{ id, fileName, url, mediaType, sizeBytes }`.
 */
export async function createEvidence(context, req, res) {
  const mediaType = readEvidenceType(req);
  const fileName = readFileName(req);
  checkDeclaredLength(req);

  const id = randomUUID();
  const storedName = `${id}${EVIDENCE_TYPES.get(mediaType).extension}`;
  const incomingPath = join(context.uploadDir, `${INCOMING_PREFIX}${id}`);

  try {
    const { sizeBytes, sha256 } = await receiveFile(req, incomingPath, mediaType, fileName);
    if (sizeBytes === 0) {
      throw emptyFileError(fileName);
    }

    context.store.insertEvidence({ id, fileName, storedName, mediaType, sizeBytes, sha256 }, () => {
      renameSync(incomingPath, join(context.uploadDir, storedName));
    });
    context.logger.info('evidence stored', { requestId: res.requestId, evidenceId: id, mediaType, sizeBytes });
    sendJson(res, 201, evidenceReference({ id, fileName, mediaType, sizeBytes }), { Location: evidenceUrl(id) });
  } finally {
    await rm(incomingPath, { force: true });
  }
}

/** `GET /api/evidence/:id`: sends the stored file as an attachment under its original name. */
export async function sendEvidence(context, req, res, url, evidenceId) {
  const evidence = context.store.getEvidence(evidenceId);
  const filePath = evidence === undefined ? undefined : join(context.uploadDir, evidence.storedName);
  const fileStat = filePath === undefined ? undefined : await stat(filePath).catch(() => undefined);

  if (fileStat === undefined || !fileStat.isFile()) {
    throw new HttpError(404, `No evidence file with id "${evidenceId}". Check the link, or upload the file again.`);
  }

  res.writeHead(200, {
    'Content-Type': evidence.mediaType,
    'Content-Length': fileStat.size,
    'Content-Disposition': contentDisposition(evidence.fileName),
    'Cache-Control': 'private, no-cache',
    ETag: `"${evidence.sha256}"`,
  });

  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(filePath), res);
}

/** Returns the reference a plan stores for an uploaded file, in the shape of the plan schema's `evidence` items. */
export function evidenceReference({ id, fileName, mediaType, sizeBytes }) {
  return { id, fileName, url: evidenceUrl(id), mediaType, sizeBytes };
}

function evidenceUrl(id) {
  return `/api/evidence/${encodeURIComponent(id)}`;
}

/**
 * Builds a Content-Disposition header that keeps any file name intact (RFC 6266): an ASCII
 * `filename` for old clients, and the exact name as UTF-8 in `filename*`.
 */
export function contentDisposition(fileName) {
  const asciiName = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encodedName = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodedName}`;
}

function readEvidenceType(req) {
  const header = req.headers['content-type'] ?? '';
  const mediaType = header.split(';')[0].trim().toLowerCase();

  if (!EVIDENCE_TYPES.has(mediaType)) {
    const received = mediaType === '' ? 'a file without a type' : `the type "${mediaType}"`;
    throw new HttpError(415, `Evidence cannot be ${received}. Upload one of: ${describeEvidenceTypes()}, and send its type as the Content-Type.`);
  }
  return mediaType;
}

function readFileName(req) {
  const header = req.headers['x-file-name'];
  if (typeof header !== 'string' || header.trim() === '') {
    throw new HttpError(400, 'The request has no X-File-Name header. Send the file\'s name, URL-encoded, in X-File-Name.');
  }

  let decoded;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    throw new HttpError(400, `The X-File-Name header "${header}" is not valid URL encoding. Encode the name with encodeURIComponent().`);
  }

  // Only the last path segment is a file name; some browsers once sent the whole path.
  const fileName = decoded.split(/[\\/]/).pop().trim();
  if (fileName === '' || /[\u0000-\u001f\u007f]/.test(fileName)) {
    throw new HttpError(400, `The file name "${header}" is empty or contains control characters. Rename the file and upload it again.`);
  }
  if (fileName.length > FILE_NAME_MAX_LENGTH) {
    throw new HttpError(400, `The file name is ${fileName.length} characters long; the limit is ${FILE_NAME_MAX_LENGTH}. Rename the file and upload it again.`);
  }
  return fileName;
}

function checkDeclaredLength(req) {
  const declaredLength = Number(req.headers['content-length']);

  if (Number.isFinite(declaredLength) && declaredLength > EVIDENCE_LIMIT_BYTES) {
    throw tooLargeError(declaredLength);
  }
}

function tooLargeError(sizeBytes) {
  const size = sizeBytes === undefined ? 'larger than' : `${sizeBytes} bytes, more than`;
  return new HttpError(413, `The file is ${size} the limit of ${EVIDENCE_LIMIT_BYTES} bytes (10 MiB). Upload a smaller file, or scan the document at a lower resolution.`);
}

function emptyFileError(fileName) {
  return new HttpError(400, `The file "${fileName}" is empty. Choose the file again; if it is still empty, save it again from the program that made it.`);
}

function mismatchError(fileName, mediaType) {
  const label = EVIDENCE_TYPES.get(mediaType).label;
  // The rest of the body is never read, so the connection cannot be reused.
  return new HttpError(415, `The file "${fileName}" is sent as ${label} (${mediaType}), but its content is not a ${label} file. Upload the original ${label} file, or save the document as one of: ${describeEvidenceTypes()}.`, { Connection: 'close' });
}

/**
 * Streams the request body into `incomingPath`. Rejects with 413 as soon as the body passes the
 * limit and with 415 when its first bytes do not match `mediaType`, without reading the rest.
 */
function receiveFile(req, incomingPath, mediaType, fileName) {
  const inspector = createUploadInspector(mediaType, fileName);
  const onAborted = () => inspector.destroy(new HttpError(400, 'The client closed the connection before the file was complete. Upload the file again.'));

  req.on('aborted', onAborted);
  req.on('error', onAborted);
  // req is piped rather than passed to pipeline(), because pipeline() would destroy the request
  // on an error and the socket with it, before the 413 or 415 response could be sent.
  req.pipe(inspector);

  const fileStream = createWriteStream(incomingPath, { flags: 'wx' });

  return pipeline(inspector, fileStream)
    .then(() => inspector.summary())
    .catch(async (error) => {
      req.unpipe(inspector);
      req.pause();
      // A rejected upload can fail before the file has finished opening, and the stream opens it
      // even so. The caller deletes the file, so it must be closed first or it would stay behind.
      if (!fileStream.closed) {
        await once(fileStream, 'close');
      }
      throw error;
    })
    .finally(() => {
      req.off('aborted', onAborted);
      req.off('error', onAborted);
    });
}

function createUploadInspector(mediaType, fileName) {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  let head = Buffer.alloc(0);
  let signatureChecked = false;

  function checkSignature() {
    signatureChecked = true;
    return matchesSignature(mediaType, head) ? undefined : mismatchError(fileName, mediaType);
  }

  const inspector = new Transform({
    transform(chunk, encoding, callback) {
      sizeBytes += chunk.length;
      if (sizeBytes > EVIDENCE_LIMIT_BYTES) {
        callback(tooLargeError());
        return;
      }

      if (!signatureChecked) {
        head = Buffer.concat([head, chunk]).subarray(0, SIGNATURE_BYTES);
        const mismatch = head.length >= SIGNATURE_BYTES ? checkSignature() : undefined;
        if (mismatch !== undefined) {
          callback(mismatch);
          return;
        }
      }

      hash.update(chunk);
      callback(null, chunk);
    },

    flush(callback) {
      // A file shorter than SIGNATURE_BYTES is checked here, once all of it has arrived.
      callback(!signatureChecked && sizeBytes > 0 ? checkSignature() : undefined);
    },
  });

  inspector.summary = () => ({ sizeBytes, sha256: hash.digest('hex') });
  return inspector;
}
