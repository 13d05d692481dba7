import { decodeUtf8Body, HttpError, readBody, requireContentType, sendJson } from './http.js';
import { validateAgainst, validateDraftAgainst } from './validate.js';

/** Largest JSON body `POST /api/plans` reads, in bytes (1 MiB). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** Number of plans `GET /api/plans` returns when the request has no `?limit=`. */
export const DEFAULT_LIST_LIMIT = 100;

/** Largest `?limit=` accepted by the plan lists. */
export const MAX_LIST_LIMIT = 1000;

const ENVELOPE_KEYS = ['definitionId', 'plan'];

/** The plan status of a draft, which is stored even when incomplete. */
export const DRAFT_STATUS = 'DRAFT';

/**
 * `POST /api/plans`: validates `{ definitionId, plan }` against that definition. Stores the plan and
 * responds 201 with the record, or responds 422 with `{ errors: [{ instancePath, keyword, message }] }`.
 * A draft (`plan.status` "DRAFT") is checked leniently: see `validateDraftAgainst`.
 */
export async function createPlanFromJson(context, req, res) {
  const { definition, plan } = await readPlanRequest(context, req);

  const errors = await validateForStatus(context, plan, definition);
  if (errors.length > 0) {
    logRejectedPlan(context, req, res, errors);
    sendJson(res, 422, { errors });
    return;
  }

  const record = context.store.insert({ definitionId: definition.id, plan });
  context.logger.info('plan stored', { requestId: res.requestId, planId: record.id, definitionId: definition.id, status: record.plan.status, version: record.version });
  sendJson(res, 201, record, { Location: `/api/plans/${encodeURIComponent(record.id)}` });
}

/**
 * `PUT /api/plans/:id`: replaces a stored plan with `{ definitionId, plan }`, validated as for POST,
 * and keeps the new plan as the next version. Responds 200 with the record; 404 when there is no such
 * plan; 409 when `definitionId` names another definition than the one the plan was stored with.
 */
export async function updatePlanFromJson(context, req, res, url, planId) {
  const { definition, plan } = await readPlanRequest(context, req);

  const stored = context.store.get(planId);
  if (stored === undefined) {
    throw new HttpError(404, `No plan with id "${planId}". Create it with POST /api/plans, or list the stored plans with GET /api/plans.`);
  }
  if (stored.definitionId !== definition.id) {
    throw new HttpError(409, `Plan "${planId}" is checked against the definition "${stored.definitionId}", but the request names "${definition.id}". A plan's definition cannot change: send "${stored.definitionId}", or POST the plan as a new one.`);
  }

  const errors = await validateForStatus(context, plan, definition);
  if (errors.length > 0) {
    logRejectedPlan(context, req, res, errors);
    sendJson(res, 422, { errors });
    return;
  }

  const record = context.store.update(planId, { definitionId: definition.id, plan });
  context.logger.info('plan updated', { requestId: res.requestId, planId, definitionId: definition.id, status: record.plan.status, version: record.version });
  sendJson(res, 200, record);
}

/** `GET /api/plans/:id/versions`: the plan's versions, newest first, as `{ number, status, savedAt }`. */
export function listPlanVersionsAsJson(context, req, res, url, planId) {
  requireStoredPlan(context, planId);
  sendJson(res, 200, context.store.listVersions(planId));
}

/** `GET /api/plans/:id/versions/:n`: one version as `{ planId, number, status, savedAt, plan }`. */
export function getPlanVersionAsJson(context, req, res, url, planId, numberText) {
  requireStoredPlan(context, planId);
  const number = /^[1-9][0-9]{0,8}$/.test(numberText) ? Number(numberText) : undefined;
  const version = number === undefined ? undefined : context.store.getVersion(planId, number);

  if (version === undefined) {
    throw new HttpError(404, `Plan "${planId}" has no version "${numberText}". List its versions with GET /api/plans/${encodeURIComponent(planId)}/versions.`);
  }
  sendJson(res, 200, version);
}

/**
 * Logs one `warn` line for a plan answered with 422: the request id, route, status and each error's
 * pointer and keyword. Error messages can quote the plan's values, so they are left out, as is the plan.
 */
export function logRejectedPlan(context, req, res, errors) {
  context.logger.warn('plan rejected', {
    requestId: res.requestId,
    method: req.method,
    path: new URL(req.url, 'http://localhost').pathname,
    status: 422,
    errors: errors.map(({ instancePath, keyword }) => ({ instancePath, keyword })),
  });
}

function requireStoredPlan(context, planId) {
  if (context.store.get(planId) === undefined) {
    throw new HttpError(404, `No plan with id "${planId}". List the stored plans with GET /api/plans.`);
  }
}

async function readPlanRequest(context, req) {
  requireContentType(req, 'application/json');
  const body = await readBody(req, JSON_BODY_LIMIT_BYTES);
  const { definitionId, plan } = parseEnvelope(body);

  const definition = context.definitions.find(definitionId);
  if (definition === undefined) {
    throw new HttpError(400, `Unknown definitionId "${definitionId}". Use one of: ${context.definitions.describeKeys()}.`);
  }
  return { definition, plan };
}

function validateForStatus(context, plan, definition) {
  return plan.status === DRAFT_STATUS
    ? validateDraftAgainst(context.validation, plan, definition)
    : validateAgainst(context.validation, plan, definition);
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
