import { msg, str } from '@lit/localize';
import type { DefinitionModel, PlanTypeOption } from '../../plan/definition.js';
import { describeError, LIST_KEYWORD_MESSAGES, planTypesLabel } from '../../validation/keyword-messages.js';
import { errorsAt } from '../../validation/validator.js';
import type { PlanError, PlanValidator } from '../../validation/types.js';

/** One reason the selection is invalid, tied to the box the user should fix. */
export interface SelectionProblem {
  /** Validity flag the problem sets. */
  flag: 'valueMissing' | 'customError';

  /** Text shown in the element and returned by `validationMessage`. */
  message: string;

  /** Id of the plan type whose box the user should fix; none when any box will do. */
  planTypeId?: string;

  /** Whether the problem concerns the whole group (every box) rather than one box. */
  group: boolean;
}

const PLAN_TYPES_POINTER = '/planTypes';

/** Returns the message for an empty selection when the picker is required. */
export function valueMissingMessage(): string {
  return msg('Select at least one plan type.', { id: 'typePicker.valueMissing' });
}

/** Returns the message for a plan type the definition requires but the selection lacks. */
export function requiredTypeMessage(option: PlanTypeOption, model: DefinitionModel): string {
  const type = option.title;
  const definition = model.title;
  return msg(str`Select "${type}": ${definition} requires this plan type.`, { id: 'typePicker.requiredTypeMissing' });
}

/**
 * Lists what is wrong with a selection: an empty selection when `required`, each plan type the
 * definition requires and the selection lacks, then what the validator reports at `/planTypes`
 * and at each `/planTypes/<index>`.
 *
 * The first two come from the model, so they apply before the validator has loaded. The
 * validator's `contains` and `minItems` errors repeat them. Those are left out when the model's
 * rules already found a problem, because the model's message names the missing type in the
 * user's language.
 */
export function selectionProblems(
  value: readonly string[],
  required: boolean,
  model: DefinitionModel,
  validator: PlanValidator | null,
): SelectionProblem[] {
  const problems: SelectionProblem[] = [];

  if (required && value.length === 0) {
    problems.push({ flag: 'valueMissing', message: valueMissingMessage(), group: true });
  }

  for (const id of model.requiredPlanTypes) {
    if (value.includes(id)) {
      continue;
    }
    const option = model.planTypes.find((planType) => planType.id === id) ?? { id, title: id, description: '' };
    problems.push({ flag: 'customError', message: requiredTypeMessage(option, model), planTypeId: id, group: true });
  }

  if (validator) {
    problems.push(...validatorProblems(value, model, validator, problems.length > 0));
  }

  return problems;
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
    .map((error): SelectionProblem => ({ flag: 'customError', message: selectionErrorMessage(error, model), group: true }));

  const itemProblems = value.flatMap((id, index) =>
    errorsAt(errors, `${PLAN_TYPES_POINTER}/${index}`).map(
      (error): SelectionProblem => ({ flag: 'customError', message: selectionErrorMessage(error, model), planTypeId: id, group: false }),
    ),
  );

  return uniqueByMessage([...groupProblems, ...itemProblems]);
}

// The same text as errorMessage() gives, from only the messages a list of plan type ids can need,
// so the picker does not load the messages for numbers, objects and the other fields.
function selectionErrorMessage(error: PlanError, model: DefinitionModel): string {
  return describeError(error, model, planTypesLabel(), LIST_KEYWORD_MESSAGES);
}

// ajv can report the same failure through several schema paths (allOf branches); show it once.
function uniqueByMessage(problems: SelectionProblem[]): SelectionProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.planTypeId ?? ''}\u0000${problem.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
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
