import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { HttpError } from './http.js';

const CONTENT_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Sends the file at the URL-encoded `encodedPath` inside `rootDir`. Throws a 404 HttpError for a
 * missing file and for any path that leaves `rootDir` (`..` segments, encoded slashes, symbolic links out).
 */
export async function sendStaticFile(res, rootDir, encodedPath) {
  const filePath = await resolveInsideRoot(rootDir, encodedPath);
  const fileStat = await stat(filePath).catch(() => undefined);

  if (fileStat === undefined || !fileStat.isFile()) {
    throw notFound(encodedPath);
  }

  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
    'Content-Length': fileStat.size,
    'Cache-Control': 'no-cache',
    'Last-Modified': fileStat.mtime.toUTCString(),
  });

  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }

  await new Promise((resolvePromise, reject) => {
    createReadStream(filePath).on('error', reject).pipe(res).on('finish', resolvePromise);
  });
}

async function resolveInsideRoot(rootDir, encodedPath) {
  let relativePath;
  try {
    relativePath = decodeURIComponent(encodedPath);
  } catch {
    throw new HttpError(400, `The path "${encodedPath}" is not valid percent-encoding.`);
  }

  const segments = relativePath.split('/');
  const unsafe = relativePath.includes('\0') || relativePath.includes('\\')
    || segments.some((segment) => segment === '..' || segment === '.' || segment === '');
  if (unsafe) {
    throw notFound(encodedPath);
  }

  const rootRealPath = await realpath(rootDir).catch(() => undefined);
  if (rootRealPath === undefined) {
    throw notFound(encodedPath);
  }

  const candidate = resolve(rootRealPath, ...segments);
  const candidateRealPath = await realpath(candidate).catch(() => undefined);
  if (candidateRealPath === undefined || !candidateRealPath.startsWith(rootRealPath + sep)) {
    throw notFound(encodedPath);
  }

  return candidateRealPath;
}

function notFound(encodedPath) {
  return new HttpError(404, `No file at "${encodedPath}".`);
}
