/** HTTP helpers shared by the demo server's routes: security headers, body reading, responses. */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** An error that the request handler turns into a response with this status. */
export class HttpError extends Error {
  /**
   * @param {number} status HTTP status code.
   * @param {string} message Text for the client: what is wrong and what to do.
   * @param {Record<string, string>} [headers] Extra response headers, such as `Allow`.
   * @param {{ link?: { href: string, text: string } }} [options] `link` is a page to go on to,
   *   rendered as a link on HTML error pages.
   */
  constructor(status, message, headers = {}, { link } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
    this.link = link;
  }
}

/** Sets the headers every response carries, whatever its type. */
export function setSecurityHeaders(res) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
}

/**
 * Rejects a request whose Content-Type is not `mediaType` (HTTP 415). A charset parameter, when
 * present, must be UTF-8 because bodies are decoded as UTF-8.
 */
export function requireContentType(req, mediaType) {
  const header = req.headers['content-type'] ?? '';
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());

  if (type !== mediaType) {
    const received = header === '' ? 'no Content-Type' : `Content-Type "${header}"`;
    throw new HttpError(415, `Expected Content-Type ${mediaType}, received ${received}. Send the body as ${mediaType}.`);
  }

  const charset = parameters.find((parameter) => parameter.startsWith('charset='));
  if (charset !== undefined && !['charset=utf-8', 'charset="utf-8"'].includes(charset)) {
    throw new HttpError(415, `Unsupported ${charset} in Content-Type "${header}". Send the body as UTF-8.`);
  }
}

/**
 * Reads the request body into a Buffer. Rejects with HTTP 413 as soon as the declared
 * Content-Length or the bytes received pass `limitBytes`, without reading the rest.
 */
export function readBody(req, limitBytes) {
  const tooLarge = () => new HttpError(413, `The request body is larger than the limit of ${limitBytes} bytes. Send a smaller body.`);
  const declaredLength = Number(req.headers['content-length']);

  if (Number.isFinite(declaredLength) && declaredLength > limitBytes) {
    return Promise.reject(tooLarge());
  }

  return new Promise((resolve, reject) => {
    const chunks = [];
    let receivedBytes = 0;

    function onData(chunk) {
      receivedBytes += chunk.length;
      if (receivedBytes > limitBytes) {
        stopReading();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    }

    function onEnd() {
      stopReading();
      resolve(Buffer.concat(chunks));
    }

    function onAborted() {
      stopReading();
      reject(new HttpError(400, 'The client closed the connection before the request body was complete.'));
    }

    function stopReading() {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onAborted);
      req.pause();
    }

    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onAborted);
  });
}

// fatal: true makes invalid bytes throw instead of becoming U+FFFD. The decoder also drops a
// leading byte order mark, because ignoreBOM defaults to false.
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a request body as UTF-8 and drops a leading byte order mark. Rejects a body that is not
 * valid UTF-8 with HTTP 400, rather than storing U+FFFD in place of the invalid bytes.
 */
export function decodeUtf8Body(body) {
  try {
    return strictUtf8Decoder.decode(body);
  } catch {
    throw new HttpError(400, 'The request body is not valid UTF-8. Encode the body as UTF-8 and send it again.');
  }
}

/**
 * Parses an `application/x-www-form-urlencoded` body into URLSearchParams. Unlike the
 * URLSearchParams constructor, it rejects a percent-encoded byte sequence that is not UTF-8 (and a
 * `%` without two hex digits) with HTTP 400 instead of replacing it with U+FFFD.
 */
export function parseFormBody(body) {
  const form = new URLSearchParams();

  for (const pair of decodeUtf8Body(body).split('&')) {
    if (pair === '') {
      continue;
    }

    const separator = pair.indexOf('=');
    const name = separator === -1 ? pair : pair.slice(0, separator);
    const value = separator === -1 ? '' : pair.slice(separator + 1);
    form.append(decodeFormComponent(name), decodeFormComponent(value));
  }

  return form;
}

function decodeFormComponent(encoded) {
  try {
    return decodeURIComponent(encoded.replaceAll('+', ' '));
  } catch {
    throw new HttpError(400, `The form data "${encoded}" is not valid percent-encoded UTF-8. Submit the form from its page again.`);
  }
}

/**
 * Returns whether the request's Accept header allows an HTML response: true when the header is
 * missing, or when it lists text/html, any text type or any type at all without `q=0`.
 */
export function acceptsHtml(req) {
  const header = req.headers.accept;
  if (header === undefined || header.trim() === '') {
    return true;
  }

  return header.split(',').some((range) => {
    const [mediaRange, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const rejected = parameters.some((parameter) => /^q=0(\.0{0,3})?$/.test(parameter));
    return !rejected && ['text/html', 'text/*', '*/*'].includes(mediaRange);
  });
}

/** Sends a JSON response. */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Sends an HTML page. */
export function sendHtml(res, status, page, headers = {}) {
  const text = String(page);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Sends a plain-text response, for clients that do not accept HTML. */
export function sendText(res, status, text, headers = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Sends a 303 See Other, so the browser follows a POST with a GET. */
export function sendSeeOther(res, location) {
  res.writeHead(303, { Location: location, 'Content-Length': 0 });
  res.end();
}
