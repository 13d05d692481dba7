import { msg, str } from '@lit/localize';
import { activeLocale } from '../../i18n/localization.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { Plan } from '../../plan/types.js';
import { fieldLabel } from '../../validation/messages.js';
import type { PlanValidator } from '../../validation/types.js';
import { isObject } from './plan-edits.js';

/** Largest plan file Import reads; an estimate with room for plans of several hundred goals. */
export const MAX_PLAN_FILE_BYTES = 2 * 1024 * 1024;

/** The result of reading a chosen file: a plan to offer, or a message naming the problem. */
export type PlanFileResult = { plan: Plan } | { problem: string };

/** Returns the name of the file Export writes, such as `professional-growth-plan-2024-2025.json`. */
export function exportFileName(plan: Plan): string {
  const year = typeof plan.fiscalYear === 'string' && /^[0-9]{4}-[0-9]{4}$/.test(plan.fiscalYear) ? `-${plan.fiscalYear}` : '';
  return `professional-growth-plan${year}.json`;
}

/**
 * Downloads the plan as a `.json` file through an object URL and a temporary `<a download>` in
 * `container`, which must be in the document for Firefox to follow the link.
 */
export function downloadPlan(plan: Plan, container: Node): void {
  const blob = new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(plan);
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();

  // Revoking at once can cancel the download in some browsers; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Reads a chosen file as a plan for this definition. A draft may be incomplete, but the file must be
 * JSON of at most `MAX_PLAN_FILE_BYTES`. It must contain an object with a `planTypes` list of types
 * the definition offers, and no value of the wrong kind (text where a list belongs, and so on).
 */
export async function readPlanFile(file: File, model: DefinitionModel, validator: PlanValidator | null): Promise<PlanFileResult> {
  const name = file.name;
  if (file.size > MAX_PLAN_FILE_BYTES) {
    const size = formatMegabytes(file.size);
    const limit = formatMegabytes(MAX_PLAN_FILE_BYTES);
    return { problem: msg(str`"${name}" is ${size} MB; a plan file is at most ${limit} MB. Choose the .json file that Export saved.`, { id: 'wizard.import.tooLarge' }) };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { problem: msg(str`"${name}" is not a plan file: it does not contain JSON. Choose the .json file that Export saved.`, { id: 'wizard.import.notJson' }) };
  }

  const shapeProblem = planShapeProblem(parsed, name, model);
  if (shapeProblem) {
    return { problem: shapeProblem };
  }

  const wrongKind = validator?.(parsed).errors.find((error) => error.keyword === 'type');
  if (wrongKind) {
    const field = fieldLabel(wrongKind.instancePath, model);
    return { problem: msg(str`"${name}" cannot be opened: its ${field} is not the kind of value a plan holds. Choose the .json file that Export saved.`, { id: 'wizard.import.wrongKind' }) };
  }
  return { plan: parsed as Plan };
}

function planShapeProblem(parsed: unknown, name: string, model: DefinitionModel): string | undefined {
  if (!isObject(parsed) || !Array.isArray(parsed.planTypes) || !parsed.planTypes.every((id) => typeof id === 'string')) {
    return msg(str`"${name}" is not a Professional Growth Plan: it has no list of plan types. Choose the .json file that Export saved.`, { id: 'wizard.import.notPlan' });
  }

  const offered = new Set(model.planTypes.map((planType) => planType.id));
  const unknown = (parsed.planTypes as string[]).find((id) => !offered.has(id));
  if (unknown !== undefined) {
    const title = model.title;
    return msg(str`"${name}" is a plan of type "${unknown}", which ${title} does not offer. Open it with a form for that type.`, { id: 'wizard.import.otherType' });
  }
  return undefined;
}

function formatMegabytes(bytes: number): string {
  const format = new Intl.NumberFormat(activeLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return format.format(bytes / (1024 * 1024));
}
