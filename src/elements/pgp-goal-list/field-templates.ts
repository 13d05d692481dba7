import type { DirectiveResult } from 'lit/directive.js';
import type { DefinitionModel } from '../../plan/definition.js';
import { errorMessage } from '../../validation/messages.js';
import type { PlanError } from '../../validation/types.js';
import { errorsAt } from '../../validation/validator.js';
import type { OptionLists } from './choice-options.js';
import { fieldView } from './field-view.js';
import type { FieldKind, FieldSpec } from './field-view.js';
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
  /** Option lists of the current render, shared by every `<select>` with the same choices. */
  optionLists: OptionLists;
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
export function textField(context: FieldContext, row: RowRef, field: string, label: string, options: FieldOptions = {}): DirectiveResult {
  const stored = getPath(row.row, field.split('.'));
  const text = context.drafts.get(`${row.key}/${field}`) ?? (stored === undefined || stored === null ? '' : String(stored));
  return fieldView({ ...fieldBasics(context, row, field, label), kind: textKind(options), text, describedBy: options.describedBy });
}

function textKind(options: FieldOptions): FieldKind {
  if (options.multiline) return 'multiline';
  if (options.decimal) return 'decimal';
  return options.type === 'date' ? 'date' : 'text';
}

/** Renders a labelled `<select>` with an empty first option, bound to a field of a row. */
export function selectField(context: FieldContext, row: RowRef, field: string, label: string, choices: readonly Choice[], emptyLabel: string): DirectiveResult {
  const stored = getPath(row.row, field.split('.'));
  return fieldView({ ...fieldBasics(context, row, field, label), kind: 'select', options: context.optionLists.of(choices, emptyLabel), stored });
}

/** Renders a labelled checkbox; `field` is a data key the element's change handler understands. */
export function checkboxField(context: FieldContext, row: RowRef, field: string, label: string, checked: boolean): DirectiveResult {
  return fieldView({ ...fieldBasics(context, row, field, label), kind: 'check', checked });
}

function fieldBasics(context: FieldContext, row: RowRef, field: string, label: string): Omit<FieldSpec, 'kind'> {
  return {
    id: controlId(row.key, field),
    rowKey: row.key,
    field,
    pointer: fieldPointer(row, field),
    label,
    messages: fieldMessages(context, row, field),
    disabled: context.disabled,
    readonly: context.readonly,
  };
}
