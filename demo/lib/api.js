import { decodeUtf8Body, HttpError, readBody, requireContentType, sendJson } from './http.js';
import { validateAgainst } from './validate.js';

/** Largest JSON body `POST /api/plans` reads, in bytes (1 MiB). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** Number of plans `GET /api/plans` returns when the request has no `?limit=`. */
export const DEFAULT_LIST_LIMIT = 100;

/** Largest `?limit=` accepted by the plan lists. */
export const MAX_LIST_LIMIT = 1000;

const ENVELOPE_KEYS = ['definitionId', 'plan'];

/**
 * `POST /api/plans`: validates `{ definitionId, plan }` against that definition. Stores the plan and
 * responds 201 with the record, or responds 422 with `{ errors: [{ instancePath, keyword, message }] }`.
 */
export async function createPlanFromJson(context, req, res) {
  requireContentType(req, 'application/json');
  const body = await readBody(req, JSON_BODY_LIMIT_BYTES);
  const { definitionId, plan } = parseEnvelope(body);

  const definition = context.definitions.find(definitionId);
  if (definition === undefined) {
    throw new HttpError(400, `Unknown definitionId "${definitionId}". Use one of: ${context.definitions.describeKeys()}.`);
  }

  const errors = await validateAgainst(context.validation, plan, definition);
  if (errors.length > 0) {
    sendJson(res, 422, { errors });
    return;
  }

  const record = context.store.insert({ definitionId: definition.id, plan });
  context.logger.info('plan stored', { requestId: res.requestId, planId: record.id, definitionId: definition.id });
  sendJson(res, 201, record, { Location: `/api/plans/${encodeURIComponent(record.id)}` });
}

function parseEnvelope(body) {
  let envelope;
  try {
    envelope = JSON.parse(decodeUtf8Body(body));
  } catch (error) {
    if (error instanceof HttpError) {
      throw error;
    }
    throw new HttpError(400, `The request body is not valid JSON (${error.message}). Send a JSON object { "definitionId": ..., "plan": { ... } }.`);
  }

  if (!isPlainObject(envelope)) {
    throw new HttpError(400, 'The request body must be a JSON object { "definitionId": ..., "plan": { ... } }.');
  }

  const unknownKeys = Object.keys(envelope).filter((key) => !ENVELOPE_KEYS.includes(key));
  if (unknownKeys.length > 0) {
    throw new HttpError(400, `Unknown property "${unknownKeys[0]}" in the request body. Send only "definitionId" and "plan"; put plan data inside "plan".`);
  }

  checkDefinitionId(envelope.definitionId);

  if (!isPlainObject(envelope.plan)) {
    const received = envelope.plan === undefined ? 'it is missing' : `it is ${describeJsonType(envelope.plan)}`;
    throw new HttpError(400, `The request body's "plan" must be a JSON object, but ${received}.`);
  }

  return envelope;
}

function checkDefinitionId(definitionId) {
  const help = 'Give the $id or file name of the definition to check the plan against';

  if (definitionId === undefined) {
    throw new HttpError(400, `The request body has no "definitionId". ${help}.`);
  }
  if (typeof definitionId !== 'string') {
    throw new HttpError(400, `"definitionId" must be a string, but the request body has ${describeJsonType(definitionId)}. ${help}, as a JSON string.`);
  }
  if (definitionId === '') {
    throw new HttpError(400, `"definitionId" is an empty string. ${help}.`);
  }
}

function describeJsonType(value) {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  // A string may be long, so only numbers and booleans are quoted in the message.
  return typeof value === 'string' ? 'a string' : `a ${typeof value} (${JSON.stringify(value)})`;
}

/** `GET /api/plans`: the stored records, newest first, at most `?limit=` (default 100). */
export function listPlansAsJson(context, req, res, url) {
  const limit = parseListLimit(url.searchParams.get('limit'));
  sendJson(res, 200, context.store.listNewest(limit));
}

/** `GET /api/plans/:id`: one stored record, or 404 `{ error }`. */
export function getPlanAsJson(context, req, res, url, planId) {
  const record = context.store.get(planId);
  if (record === undefined) {
    throw new HttpError(404, `No plan with id "${planId}". List the stored plans with GET /api/plans.`);
  }
  sendJson(res, 200, record);
}

/** Parses a `?limit=` value: a whole number from 1 to MAX_LIST_LIMIT, DEFAULT_LIST_LIMIT when absent. */
export function parseListLimit(text) {
  if (text === null) {
    return DEFAULT_LIST_LIMIT;
  }

  const limit = Number(text);
  if (!/^[0-9]+$/.test(text) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new HttpError(400, `Invalid limit "${text}". Use a whole number from 1 to ${MAX_LIST_LIMIT}.`);
  }
  return limit;
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
