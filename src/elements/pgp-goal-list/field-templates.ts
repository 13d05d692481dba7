import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DefinitionModel } from '../../plan/definition.js';
import { errorMessage } from '../../validation/messages.js';
import type { PlanError } from '../../validation/types.js';
import { errorsAt } from '../../validation/validator.js';
import { getPath } from './goal-edits.js';
import type { Row } from './goal-edits.js';
import type { Choice } from './goal-labels.js';

/** Render context shared by the fields of one goal: its errors, which to show, and the control state. */
export interface FieldContext {
  model: DefinitionModel;
  /** Validation errors under this goal's pointer, from the definition's validator. */
  errors: PlanError[];
  /** Messages of the element's own checks, by `rowKey/field`. */
  ownProblems: ReadonlyMap<string, string>;
  /** Text typed into number fields that is not yet stored, by `rowKey/field`. */
  drafts: ReadonlyMap<string, string>;
  /** Whether errors are visible for a field: after it was touched, or after a report. */
  errorsVisible(rowKey: string, field: string): boolean;
  disabled: boolean;
  readonly: boolean;
}

/** The row a field belongs to: its key and JSON Pointer. */
export interface RowRef {
  key: string;
  pointer: string;
  row: Row;
}

interface FieldOptions {
  multiline?: boolean;
  type?: 'text' | 'date';
  decimal?: boolean;
  describedBy?: string;
}

/** Returns the id of the control for a field of a row. */
export function controlId(rowKey: string, field: string): string {
  return `f-${rowKey}-${field.replaceAll('.', '-')}`;
}

/** Returns the JSON Pointer of a field of a row. */
export function fieldPointer(row: RowRef, field: string): string {
  return `${row.pointer}/${field.split('.').join('/')}`;
}

/** Returns the messages to show at a field, or an empty list while they stay hidden. */
export function fieldMessages(context: FieldContext, row: RowRef, field: string): string[] {
  if (!context.errorsVisible(row.key, field)) {
    return [];
  }
  const own = context.ownProblems.get(`${row.key}/${field}`);
  const schemaMessages = errorsAt(context.errors, fieldPointer(row, field)).map((error) => errorMessage(error, context.model));
  return own ? [own, ...schemaMessages] : schemaMessages;
}

/** Renders a labelled text, date or decimal input, or a textarea, bound to a field of a row. */
export function textField(context: FieldContext, row: RowRef, field: string, label: string, options: FieldOptions = {}): TemplateResult {
  const id = controlId(row.key, field);
  const messages = fieldMessages(context, row, field);
  const stored = getPath(row.row, field.split('.'));
  const value = context.drafts.get(`${row.key}/${field}`) ?? (stored === undefined || stored === null ? '' : String(stored));
  const describedBy = [options.describedBy, messages.length > 0 ? `${id}-error` : undefined].filter(Boolean).join(' ');
  const shared = {
    id,
    key: row.key,
    field,
    pointer: fieldPointer(row, field),
    invalid: messages.length > 0 ? 'true' : nothing,
    describedBy: describedBy || nothing,
  };

  const control = options.multiline
    ? html`<textarea id=${shared.id} part="control" rows="2" data-row=${shared.key} data-field=${shared.field} data-kind="text" data-pointer=${shared.pointer}
        .value=${value} ?disabled=${context.disabled} ?readonly=${context.readonly} aria-invalid=${shared.invalid} aria-describedby=${shared.describedBy}></textarea>`
    : html`<input id=${shared.id} part="control" type=${options.type ?? 'text'} inputmode=${options.decimal ? 'decimal' : nothing} autocomplete="off"
        data-row=${shared.key} data-field=${shared.field} data-kind=${options.decimal ? 'decimal' : 'text'} data-pointer=${shared.pointer}
        .value=${value} ?disabled=${context.disabled} ?readonly=${context.readonly} aria-invalid=${shared.invalid} aria-describedby=${shared.describedBy} />`;

  return html`
    <div class="field" part="field">
      <label for=${id} part="label">${label}</label>
      ${control}
      ${renderMessages(id, messages)}
    </div>
  `;
}

/** Renders a labelled `<select>` with an empty first option, bound to a field of a row. */
export function selectField(context: FieldContext, row: RowRef, field: string, label: string, choices: readonly Choice[], emptyLabel: string): TemplateResult {
  const id = controlId(row.key, field);
  const messages = fieldMessages(context, row, field);
  const stored = getPath(row.row, field.split('.'));
  const unknown = typeof stored === 'string' && stored !== '' && !choices.some((choice) => choice.value === stored);

  // Options set `selected` themselves, because a `.value` binding on the select runs before
  // its options exist on the first render.
  return html`
    <div class="field" part="field">
      <label for=${id} part="label">${label}</label>
      <select id=${id} part="control" data-row=${row.key} data-field=${field} data-kind="select" data-pointer=${fieldPointer(row, field)}
        ?disabled=${context.disabled || context.readonly} aria-invalid=${messages.length > 0 ? 'true' : nothing}
        aria-describedby=${messages.length > 0 ? `${id}-error` : nothing}>
        <option value="" ?selected=${stored === undefined || stored === ''}>${emptyLabel}</option>
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${stored === choice.value}>${choice.label()}</option>`)}
        ${unknown ? html`<option value=${stored} selected>${stored}</option>` : nothing}
      </select>
      ${renderMessages(id, messages)}
    </div>
  `;
}

/** Renders a labelled checkbox; `field` is a data key the element's change handler understands. */
export function checkboxField(context: FieldContext, row: RowRef, field: string, label: string, checked: boolean): TemplateResult {
  const id = controlId(row.key, field);
  const messages = fieldMessages(context, row, field);
  return html`
    <div class="field check" part="field">
      <input id=${id} type="checkbox" part="checkbox" data-row=${row.key} data-field=${field} data-kind="check" data-pointer=${fieldPointer(row, field)}
        .checked=${checked} ?disabled=${context.disabled || context.readonly} aria-invalid=${messages.length > 0 ? 'true' : nothing}
        aria-describedby=${messages.length > 0 ? `${id}-error` : nothing} />
      <label for=${id} part="label">${label}</label>
      ${renderMessages(id, messages)}
    </div>
  `;
}

/** Renders the messages of a field in a block the control points at with `aria-describedby`. */
export function renderMessages(controlIdValue: string, messages: readonly string[]): TemplateResult | typeof nothing {
  if (messages.length === 0) {
    return nothing;
  }
  return html`<div id="${controlIdValue}-error" class="errors">${messages.map((message) => html`<p class="error" part="error">${message}</p>`)}</div>`;
}
