import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { baseFieldLabel } from '../../validation/field-labels.js';
import { choiceLabel } from '../pgp-goal-list/goal-labels.js';
import type { Choice } from '../pgp-goal-list/goal-labels.js';
import { isRow, personName, textOf } from './summary-format.js';
import type { Formatters, Row } from './summary-format.js';
import { notFilledIn, yesNo } from './summary-labels.js';

/** Turns a stored value into display text, or undefined when there is nothing to show. */
export type Show = (value: unknown, format: Formatters) => string | undefined;

export const asText: Show = (value) => textOf(value);
export const asDate: Show = (value, format) => format.date(value);
export const asDateTime: Show = (value, format) => format.dateTime(value);
export const asName: Show = (value) => personName(value);
export const asYesNo: Show = (value) => yesNo(value);

export const asNumber: Show = (value, format) => (typeof value === 'number' && Number.isFinite(value) ? format.number(value) : textOf(value));

/** Shows a stored enum value by its label; a value the list does not know is shown as stored. */
export function asChoice(choices: readonly Choice[]): Show {
  return (value) => textOf(choiceLabel(choices, value));
}

/** One field of a block: its path below the block, how to show it, and whether to show it when empty. */
export interface FieldSpec {
  path: string;
  show: Show;
  always?: boolean;
}

/** Returns the localized label of a base schema property, falling back to the path itself. */
export function fieldLabel(path: string): string {
  return baseFieldLabel(path) ?? path;
}

/** Renders one `<dt>`/`<dd>` pair, or nothing when the value is empty and not always shown. */
export function renderField(label: string, value: string | TemplateResult | undefined, always = false): TemplateResult | typeof nothing {
  if (value === undefined && !always) {
    return nothing;
  }
  return html`<div class="field">
    <dt>${label}</dt>
    <dd class=${value === undefined ? 'empty' : ''}>${value ?? notFilledIn()}</dd>
  </div>`;
}

/** Returns whether any of the specs has a value to show in a block. */
export function hasAnyValue(block: unknown, specs: readonly FieldSpec[], format: Formatters): boolean {
  return isRow(block) && specs.some((spec) => spec.show(valueAt(block, spec.path), format) !== undefined);
}

/**
 * Renders a description list of a block's fields. `basePath` is the block's path in the base
 * schema, such as `stipend`, and names each label.
 */
export function renderFieldList(block: unknown, basePath: string, specs: readonly FieldSpec[], format: Formatters): TemplateResult {
  const row = isRow(block) ? block : {};
  return html`<dl class="fields" part="fields">
    ${specs.map((spec) => renderField(fieldLabel(`${basePath}/${spec.path}`), spec.show(valueAt(row, spec.path), format), spec.always))}
  </dl>`;
}

/** Returns the value at a `/`-separated path below a row, or undefined when a step is missing. */
export function valueAt(row: Row, path: string): unknown {
  let current: unknown = row;
  for (const step of path.split('/')) {
    if (!isRow(current)) {
      return undefined;
    }
    current = current[step];
  }
  return current;
}
