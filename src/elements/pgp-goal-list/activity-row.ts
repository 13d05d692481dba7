import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { html } from './compact-html.js';
import type { EvidenceUploads } from './evidence-uploads.js';
import { renderEvidence } from './evidence-template.js';
import { checkboxField, controlId, selectField, textField } from './field-templates.js';
import type { FieldContext, RowRef } from './field-templates.js';
import { rowKey } from './goal-edits.js';
import type { Row } from './goal-edits.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, UNIT_TYPES } from './goal-labels.js';
import type { GoalListSettings } from './goal-settings.js';
import { activityClockHours } from './goal-totals.js';
import { activityReference, asHeading } from './row-names.js';

/** Context of an activity row beyond its own data. */
export interface ActivityRowView {
  context: FieldContext;
  goal: RowRef;
  goalIndex: number;
  settings: GoalListSettings;
  uploads: EvidenceUploads;
  formatNumber(value: number): string;
}

/** Renders one activity of a goal, with its credit, the clock hours it counts for and its evidence. */
export function renderActivity(view: ActivityRowView, activity: Row, index: number, count: number): TemplateResult {
  const { context } = view;
  const key = rowKey(activity);
  const row: RowRef = { key, pointer: `${view.goal.pointer}/activities/${index}`, row: activity };
  const reference = activityReference(activity, index, view.goalIndex);
  const completed = activity.status === 'COMPLETED';

  return html`
    <li class="activity" part="activity" data-item=${key}>
      <div class="row-heading">
        <h4 class="row-title" id="heading-${key}" tabindex="-1" .textContent=${asHeading(reference)}></h4>
        ${rowButtons(context, 'activities', key, reference, index, count)}
      </div>
      <div class="grid">
        ${selectField(context, row, 'type', msg('Category', { id: 'activity.field.type' }), ACTIVITY_TYPES, msg('Choose a category', { id: 'activity.field.typeEmpty' }))}
        ${textField(context, row, 'title', msg('Title', { id: 'activity.field.title' }))}
        ${textField(context, row, 'provider', msg('Provider', { id: 'activity.field.provider' }))}
        ${selectField(context, row, 'status', msg('Status', { id: 'activity.field.status' }), ACTIVITY_STATUSES, msg('Choose a status', { id: 'activity.field.statusEmpty' }))}
        ${textField(context, row, 'startDate', msg('Start date', { id: 'activity.field.startDate' }), { type: 'date' })}
        ${textField(context, row, 'targetDate', msg('Expected completion date', { id: 'activity.field.targetDate' }), { type: 'date' })}
        ${checkboxField(context, row, 'done', msg('Done', { id: 'activity.field.done' }), completed)}
        ${completed ? textField(context, row, 'completedDate', msg('Completion date', { id: 'activity.field.completedDate' }), { type: 'date' }) : nothing}
      </div>
      ${renderCredit(view, row)}
      ${renderEvidence(context, row, view.uploads.stateOf(key), reference)}
    </li>
  `;
}

function renderCredit(view: ActivityRowView, row: RowRef): TemplateResult {
  const hours = activityClockHours(row.row, view.settings);
  const hoursId = `${controlId(row.key, 'credit.amount')}-hours`;
  const hoursText =
    hours === null
      ? msg('Enter an amount and a unit to see the clock hours.', { id: 'activity.credit.noHours' })
      : msg(str`= ${view.formatNumber(hours)} clock hours`, { id: 'activity.credit.hours' });

  return html`
    <fieldset class="credit" part="credit">
      <legend .textContent=${msg('Credit', { id: 'activity.credit.legend' })}></legend>
      <div class="grid">
        ${textField(view.context, row, 'credit.amount', msg('Amount', { id: 'activity.credit.amount' }), { decimal: true, describedBy: hoursId })}
        ${selectField(view.context, row, 'credit.unitType', msg('Unit', { id: 'activity.credit.unitType' }), UNIT_TYPES, msg('Choose a unit', { id: 'activity.credit.unitTypeEmpty' }))}
      </div>
      <p class="hours" id=${hoursId} part="hours" .textContent=${hoursText}></p>
    </fieldset>
  `;
}

/** Renders the move up, move down and remove buttons of a row; hidden when the list is not editable. */
export function rowButtons(context: FieldContext, collection: string, key: string, reference: string, index: number, count: number, movable = true): TemplateResult | typeof nothing {
  if (context.readonly || context.disabled) {
    return nothing;
  }

  // aria-disabled keeps a button at the edge focusable, so focus can stay on it after a move.
  // The visible text stays short; the accessible name starts with it and adds which row it acts on.
  const atTop = index === 0;
  const atBottom = index === count - 1;
  return html`
    <div class="actions" part="row-actions">
      ${movable
        ? html`<button type="button" part="button" data-action="move-up" data-collection=${collection} data-item=${key} aria-disabled=${atTop ? 'true' : 'false'}
              aria-label=${msg(str`Move up ${reference}`, { id: 'goalList.moveUp.name' })} .textContent=${msg('Move up', { id: 'goalList.moveUp' })}></button>
            <button type="button" part="button" data-action="move-down" data-collection=${collection} data-item=${key} aria-disabled=${atBottom ? 'true' : 'false'}
              aria-label=${msg(str`Move down ${reference}`, { id: 'goalList.moveDown.name' })} .textContent=${msg('Move down', { id: 'goalList.moveDown' })}></button>`
        : nothing}
      <button type="button" part="button" data-action="remove" data-collection=${collection} data-item=${key}
        aria-label=${msg(str`Remove ${reference}`, { id: 'goalList.remove.name' })} .textContent=${msg('Remove', { id: 'goalList.remove' })}></button>
    </div>
  `;
}
