import { msg, str } from '@lit/localize';
import type { DefinitionModel, PlanTypeOption } from '../../plan/definition.js';
import { describeError, LIST_KEYWORD_MESSAGES, planTypesLabel } from '../../validation/keyword-messages.js';
import { requiredTypeError } from '../../validation/required-type.js';
import { errorsAt } from '../../validation/validator.js';
import type { PlanError, PlanValidator } from '../../validation/types.js';

/** One reason the selection is invalid, tied to the boxes the user should fix. */
export interface SelectionProblem {
  /** Validity flags the problem sets. */
  flags: Array<'valueMissing' | 'customError'>;

  /** Text shown in the element and returned by `validationMessage`. */
  message: string;

  /** Ids of the plan types whose boxes the user should fix, first the one to focus; empty when any box will do. */
  planTypeIds: string[];

  /** Whether the problem concerns the whole group (every box) rather than the boxes in `planTypeIds`. */
  group: boolean;
}

// Keywords that fail when an id is not one of the values a schema allows.
const CHOICE_KEYWORDS = new Set(['enum', 'const', 'oneOf', 'anyOf']);

const PLAN_TYPES_POINTER = '/planTypes';

/** Returns the message for an empty selection when the picker is required. */
export function valueMissingMessage(): string {
  return msg('Select at least one plan type.', { id: 'typePicker.valueMissing' });
}

/**
 * Returns the message for a plan type the definition requires but the selection lacks: the text
 * of the error the validator reports for that rule, so the picker shows the same text as a server
 * that validates the plan, including a host definition's `x-pgp-messages` text.
 */
export function missingTypeMessage(id: string, model: DefinitionModel): string {
  let error: PlanError;
  try {
    error = requiredTypeError(model, id);
  } catch (failure) {
    // requiredTypeError() finds only a `contains: { const }` rule; the model may read others.
    if (!(failure instanceof TypeError)) {
      throw failure;
    }
    const option = model.planTypes.find((planType) => planType.id === id) ?? { id, title: id, description: '' };
    return requiredTypeMessage(option, model);
  }
  return selectionErrorMessage(error, model);
}

/** Returns the picker's own message for a required plan type, for a rule the validator's error cannot be built for. */
export function requiredTypeMessage(option: PlanTypeOption, model: DefinitionModel): string {
  const type = option.title;
  const definition = model.title;
  return msg(str`Select "${type}": ${definition} requires this plan type.`, { id: 'typePicker.requiredTypeMissing' });
}

/** Returns one message naming every selected id that the definition's schema does not accept. */
export function rejectedTypesMessage(ids: readonly string[], model: DefinitionModel): string {
  const definition = model.title;
  const names = ids.map((id) => `"${model.planTypes.find((planType) => planType.id === id)?.title ?? id}"`);
  if (names.length === 1) {
    const type = names[0];
    return msg(str`${definition} does not accept the plan type ${type}. Clear its box to remove it from the plan.`, { id: 'typePicker.rejectedType' });
  }
  const types = names.join(', ');
  return msg(str`${definition} does not accept these plan types: ${types}. Clear their boxes to remove them from the plan.`, { id: 'typePicker.rejectedTypes' });
}

/**
 * Lists what is wrong with a selection: each plan type the definition requires and the selection
 * lacks, an empty selection when `required`, then what the validator reports at `/planTypes` and
 * at each `/planTypes/<index>`.
 *
 * The first two come from the model, so they apply before the validator has loaded. When the
 * selection is empty, the first required-type message also carries `valueMissing`, because it
 * already tells the user which type to select. The validator's `contains` and `minItems` errors
 * repeat the model's rules, so they are left out when those rules already found a problem.
 */
export function selectionProblems(
  value: readonly string[],
  required: boolean,
  model: DefinitionModel,
  validator: PlanValidator | null,
): SelectionProblem[] {
  const problems = modelProblems(value, model);

  if (required && value.length === 0) {
    const first = problems[0];
    if (first) {
      first.flags.unshift('valueMissing');
    } else {
      problems.push({ flags: ['valueMissing'], message: valueMissingMessage(), planTypeIds: [], group: true });
    }
  }

  if (validator) {
    problems.push(...validatorProblems(value, model, validator, problems.length > 0));
  }

  return problems;
}

function modelProblems(value: readonly string[], model: DefinitionModel): SelectionProblem[] {
  return model.requiredPlanTypes
    .filter((id) => !value.includes(id))
    .map((id): SelectionProblem => ({ flags: ['customError'], message: missingTypeMessage(id, model), planTypeIds: [id], group: true }));
}

function validatorProblems(
  value: readonly string[],
  model: DefinitionModel,
  validator: PlanValidator,
  modelRulesFailed: boolean,
): SelectionProblem[] {
  const { errors } = validator({ planTypes: [...value] });
  const repeatsModelRules = (error: PlanError) => modelRulesFailed && (error.keyword === 'contains' || error.keyword === 'minItems');

  const groupProblems = errorsAt(errors, PLAN_TYPES_POINTER)
    .filter((error) => !repeatsModelRules(error))
    .map((error): SelectionProblem => ({ flags: ['customError'], message: selectionErrorMessage(error, model), planTypeIds: [], group: true }));

  return mergeByMessage([...groupProblems, ...itemProblems(value, model, errors)]);
}

// An id the schema does not accept fails a choice keyword that lists every accepted type. Said
// once per id, that long list would repeat, so all such ids share one message that names them.
function itemProblems(value: readonly string[], model: DefinitionModel, errors: readonly PlanError[]): SelectionProblem[] {
  const rejectedIds: string[] = [];
  const problems: SelectionProblem[] = [];

  value.forEach((id, index) => {
    for (const error of errorsAt(errors, `${PLAN_TYPES_POINTER}/${index}`)) {
      if (CHOICE_KEYWORDS.has(error.keyword) && error.messageKey === error.keyword) {
        rejectedIds.push(id);
      } else {
        problems.push({ flags: ['customError'], message: selectionErrorMessage(error, model), planTypeIds: [id], group: false });
      }
    }
  });

  const uniqueRejectedIds = [...new Set(rejectedIds)];
  if (uniqueRejectedIds.length === 0) {
    return problems;
  }
  const rejected: SelectionProblem = { flags: ['customError'], message: rejectedTypesMessage(uniqueRejectedIds, model), planTypeIds: uniqueRejectedIds, group: false };
  return [rejected, ...problems];
}

// The same text as errorMessage() gives for an error at /planTypes, because errorMessage() ends in
// describeError() and its program rule messages cover no plan type rule. Only the messages a list
// of ids can need are loaded, not those for numbers, objects and the other fields.
function selectionErrorMessage(error: PlanError, model: DefinitionModel): string {
  return describeError(error, model, planTypesLabel(), LIST_KEYWORD_MESSAGES);
}

// ajv can report the same failure through several schema paths (allOf branches), and several ids
// can fail the same way. Each message is shown once, marking every box it concerns.
function mergeByMessage(problems: SelectionProblem[]): SelectionProblem[] {
  const byMessage = new Map<string, SelectionProblem>();
  for (const problem of problems) {
    const seen = byMessage.get(problem.message);
    if (!seen) {
      byMessage.set(problem.message, { ...problem, planTypeIds: [...problem.planTypeIds] });
      continue;
    }
    seen.group ||= problem.group;
    seen.planTypeIds = [...new Set([...seen.planTypeIds, ...problem.planTypeIds])];
  }
  return [...byMessage.values()];
}

/**
 * Returns the selection after the user checks or clears one box: offered types in the
 * definition's order, then ids the definition does not offer in the order they were given.
 */
export function toggleSelection(value: readonly string[], id: string, checked: boolean, model: DefinitionModel | null): string[] {
  const selected = new Set(value);
  if (checked) {
    selected.add(id);
  } else {
    selected.delete(id);
  }

  const offered = (model?.planTypes ?? []).map((planType) => planType.id);
  const offeredSelected = offered.filter((planTypeId) => selected.has(planTypeId));
  const others = [...value, id].filter((planTypeId) => selected.has(planTypeId) && !offered.includes(planTypeId));
  return [...offeredSelected, ...new Set(others)];
}
