import { HttpError, parseFormBody, readBody, requireContentType, sendHtml, sendSeeOther } from './http.js';
import { t } from './messages.js';
import { checkIntakeNames, INTAKE_DEFINITION_NAME, localizeIntakeErrors, nameUnofferedPlanTypes, planFromIntakeForm, renderIntakePage } from './intake.js';
import { renderPlanListPage, renderPlanPage, renderPlanVersionPage } from './pages.js';
import { DEFAULT_LIST_LIMIT, logRejectedPlan } from './api.js';
import { validateAgainst } from './validate.js';

/** Largest urlencoded body `POST /intake` reads, in bytes (64 KiB). */
export const FORM_BODY_LIMIT_BYTES = 64 * 1024;

/** `GET /plans`: the saved plans, newest first. */
export function showPlanList(context, req, res) {
  const page = renderPlanListPage({
    records: context.store.listNewest(DEFAULT_LIST_LIMIT),
    totalCount: context.store.count(),
    definitions: context.definitions,
    formatDate: context.formatDate,
  });
  sendHtml(res, 200, page);
}

/** `GET /intake.html`: the empty Workforce Pathways LA intake form. */
export function showIntakePage(context, req, res) {
  sendHtml(res, 200, renderIntakePage({ definition: intakeDefinition(context) }));
}

/**
 * `POST /intake`: builds a plan from the form, validates it with the intake's definition, and
 * either stores it and redirects to its page (303), or shows the form again with errors (422).
 */
export async function submitIntake(context, req, res) {
  requireContentType(req, 'application/x-www-form-urlencoded');
  const form = parseFormBody(await readBody(req, FORM_BODY_LIMIT_BYTES));

  const definitionName = form.get('definition');
  if (definitionName !== INTAKE_DEFINITION_NAME) {
    throw new HttpError(400, `This intake accepts only the definition "${INTAKE_DEFINITION_NAME}", but the form sent "${definitionName ?? ''}". Reload the intake page and submit it again.`);
  }

  const definition = intakeDefinition(context);
  const plan = planFromIntakeForm(form, new Date().toISOString());
  const definitionErrors = nameUnofferedPlanTypes(await validateAgainst(context.validation, plan, definition), plan, definition);
  const errors = localizeIntakeErrors([...checkIntakeNames(plan), ...definitionErrors], plan, definition);

  if (errors.length > 0) {
    logRejectedPlan(context, req, res, errors);
    sendHtml(res, 422, renderIntakePage({ definition, values: form, errors }));
    return;
  }

  const record = context.store.insert({ definitionId: definition.id, plan });
  context.logger.info('plan stored', { requestId: res.requestId, planId: record.id, definitionId: definition.id });
  sendSeeOther(res, `/plans/${encodeURIComponent(record.id)}`);
}

/** `GET /plans/:id`: one saved plan, read-only, with its version history; 404 when there is none. */
export function showPlan(context, req, res, url, planId) {
  const record = findSavedPlan(context, planId);
  const versions = context.store.listVersions(planId);

  sendHtml(res, 200, renderPlanPage({ record, versions, definitions: context.definitions, formatDate: context.formatDate }));
}

/** `GET /plans/:id/versions/:n`: one version of a saved plan, read-only; 404 when there is none. */
export function showPlanVersion(context, req, res, url, planId, numberText) {
  const record = findSavedPlan(context, planId);
  const version = /^[1-9][0-9]{0,8}$/.test(numberText) ? context.store.getVersion(planId, Number(numberText)) : undefined;

  if (version === undefined) {
    throw new HttpError(404, t('error.noVersion', { id: planId, number: numberText }), {}, {
      link: { href: `/plans/${encodeURIComponent(planId)}`, text: t('error.openVersions') },
    });
  }

  sendHtml(res, 200, renderPlanVersionPage({ record, version, definitions: context.definitions, formatDate: context.formatDate }));
}

/** Returns the stored record with this id, or throws a 404 that explains how to find the plan. */
export function findSavedPlan(context, planId) {
  const record = context.store.get(planId);
  if (record === undefined) {
    throw new HttpError(404, t('error.noSavedPlan', { id: planId }));
  }
  return record;
}

function intakeDefinition(context) {
  return context.definitions.find(INTAKE_DEFINITION_NAME);
}
