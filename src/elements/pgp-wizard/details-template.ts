import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import type { Plan } from '../../plan/types.js';
import type { DetailField, DetailGroup } from './details-fields.js';
import { valueAt } from './plan-edits.js';

/** Data and callbacks of the details step. */
export interface DetailsView {
  groups: readonly DetailGroup[];
  plan: Plan;
  /** Messages to show at a field's pointer; empty when none or not yet shown. */
  messagesAt: (pointer: string) => string[];
  disabled: boolean;
  readonly: boolean;
}

/** Returns the id of the control that edits a pointer, for labels and error links. */
export function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * Renders the details fields as native labelled controls in one fieldset per group. Each control
 * carries its pointer in `data-pointer`, which the wizard's input handler writes to.
 */
export function renderDetails(view: DetailsView): TemplateResult {
  return html`<div class="details" part="details">
    ${view.groups.map(
      (group) => html`<fieldset part="fieldset" data-group=${group.id}>
        <legend part="legend">${group.legend()}</legend>
        ${group.fields.map((field) => renderField(field, view))}
      </fieldset>`,
    )}
  </div>`;
}

function renderField(field: DetailField, view: DetailsView): TemplateResult {
  const id = fieldId(field.pointer);
  const help = field.help?.();
  const messages = view.messagesAt(field.pointer);
  const invalid = messages.length > 0;
  const describedBy = [help ? `${id}-help` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  const stored = valueAt(view.plan, field.pointer);
  let value = '';
  if (typeof stored === 'string') {
    value = stored;
  } else if (stored !== undefined) {
    value = String(stored);
  }

  return html`<div class="field" part="field">
    <label for=${id} part="label">${field.label()}</label>
    ${help ? html`<p class="hint" id="${id}-help" part="hint">${help}</p>` : nothing}
    ${field.kind === 'select' ? renderSelect(field, id, value, describedBy, invalid, view) : renderInput(field, id, value, describedBy, invalid, view)}
    ${invalid
      ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${msg('Error:', { id: 'wizard.errorPrefix' })}</span> ${messages.join(' ')}</p>`
      : nothing}
  </div>`;
}

function renderInput(field: DetailField, id: string, value: string, describedBy: string, invalid: boolean, view: DetailsView): TemplateResult {
  return html`<input
    id=${id}
    part="control"
    type=${field.kind}
    data-pointer=${field.pointer}
    .value=${live(value)}
    autocomplete=${field.autocomplete ?? nothing}
    inputmode=${field.inputMode ?? nothing}
    ?disabled=${view.disabled}
    ?readonly=${view.readonly}
    aria-invalid=${invalid ? 'true' : nothing}
    aria-describedby=${describedBy || nothing}
  />`;
}

function renderSelect(field: DetailField, id: string, value: string, describedBy: string, invalid: boolean, view: DetailsView): TemplateResult {
  // A select has no readonly state, so a readonly wizard disables it; its value is still shown.
  return html`<select
    id=${id}
    part="control"
    data-pointer=${field.pointer}
    ?disabled=${view.disabled || view.readonly}
    aria-invalid=${invalid ? 'true' : nothing}
    aria-describedby=${describedBy || nothing}
  >
    <option value="" ?selected=${value === ''}>${msg('Choose one', { id: 'wizard.details.chooseOne' })}</option>
    ${(field.choices ?? []).map((choice) => html`<option value=${choice.value} ?selected=${value === choice.value}>${choice.label()}</option>`)}
  </select>`;
}
