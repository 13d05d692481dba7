/**
 * Creates a logger that writes one JSON object per line: `info` to stdout, `warn` and `error` to
 * stderr. Each method takes a message and optional fields (such as `requestId` or `error`).
 */
export function createJsonLogger({ stdout = process.stdout, stderr = process.stderr } = {}) {
  function write(stream, level, message, fields = {}) {
    const entry = { time: new Date().toISOString(), level, message, ...serializeFields(fields) };
    stream.write(`${JSON.stringify(entry)}\n`);
  }

  return {
    info: (message, fields) => write(stdout, 'info', message, fields),
    warn: (message, fields) => write(stderr, 'warn', message, fields),
    error: (message, fields) => write(stderr, 'error', message, fields),
  };
}

// Error objects have no enumerable properties, so JSON.stringify would log them as `{}`.
function serializeFields(fields) {
  const serialized = {};

  for (const [key, value] of Object.entries(fields)) {
    serialized[key] = value instanceof Error
      ? { name: value.name, message: value.message, stack: value.stack }
      : value;
  }

  return serialized;
}
