import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GoalListSettings } from '../../plan/goal-list.js';
import { CHECKPOINTS, GOAL_STATUSES, LATTICE_LEVELS, PERMIT_LEVELS, PROGRESS_STATUSES, QCC_ELEMENTS, QCC_FOCUS_AREAS } from '../pgp-goal-list/goal-labels.js';
import { renderActivityTable } from './activity-table.js';
import { renderEvidenceList } from './evidence-links.js';
import { asChoice, asDate, asText, fieldLabel, hasAnyValue, renderField, renderFieldList } from './summary-fields.js';
import type { FieldSpec, Show } from './summary-fields.js';
import { rowsIn, textOf } from './summary-format.js';
import type { Formatters, Row } from './summary-format.js';
import { notFilledIn } from './summary-labels.js';

/** Formatters and definition settings shared by every goal of one summary. */
export interface GoalContext {
  format: Formatters;
  settings: GoalListSettings;
  /** Optional goal fields the definition shows for the plan's types; each shows "Not filled in" when empty. */
  goalFields: ReadonlySet<string>;
}

const OPTIONAL_FIELDS: readonly { field: string; show: Show }[] = [
  { field: 'qccFocusArea', show: asChoice(QCC_FOCUS_AREAS) },
  { field: 'qccElement', show: asChoice(QCC_ELEMENTS) },
  { field: 'permitTarget', show: asChoice(PERMIT_LEVELS) },
  { field: 'latticeTarget', show: asChoice(LATTICE_LEVELS) },
];

const SMART_FIELDS: readonly FieldSpec[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'].map((path) => ({ path, show: asText, always: true }));

/** Returns the optional goal fields a definition's settings show for the selected plan types. */
export function goalFieldsFor(settings: GoalListSettings, planTypes: readonly string[]): Set<string> {
  return new Set([...settings.extraFields, ...planTypes.flatMap((planType) => settings.fields[planType] ?? [])]);
}

/** Renders one goal: its fields, SMART parts, action steps, follow-ups, documents and activities. */
export function renderGoal(goal: Row, index: number, context: GoalContext): TemplateResult {
  const headingId = `goal-${index}-heading`;
  const number = index + 1;

  return html`
    <li class="goal" part="goal">
      <h4 id=${headingId}>${msg(str`Goal ${number}`, { id: 'summary.goal.heading' })}</h4>
      <p class="statement ${textOf(goal.statement) ? '' : 'empty'}">${textOf(goal.statement) ?? notFilledIn()}</p>
      ${renderGoalFields(goal, context)}
      ${renderSmart(goal, index, context)}
      ${renderActionSteps(goal, index, context.format)}
      ${renderFollowUps(goal, index, context)}
      ${renderGoalDocuments(goal, index, context.format)}
      ${renderGoalActivities(goal, index, context)}
    </li>
  `;
}

function renderGoalFields(goal: Row, context: GoalContext): TemplateResult {
  const { format } = context;
  const completedDate = format.date(goal.completedDate);

  return html`<dl class="fields" part="fields">
    ${renderField(fieldLabel('goals/*/status'), asChoice(GOAL_STATUSES)(goal.status, format), true)}
    ${renderField(fieldLabel('goals/*/startDate'), format.date(goal.startDate), true)}
    ${renderField(fieldLabel('goals/*/targetDate'), format.date(goal.targetDate), true)}
    ${renderField(fieldLabel('goals/*/completedDate'), completedDate, goal.status === 'MET')}
    ${OPTIONAL_FIELDS.map(({ field, show }) => renderField(fieldLabel(`goals/*/${field}`), show(goal[field], format), context.goalFields.has(field)))}
  </dl>`;
}

function subheading(id: string, text: string): TemplateResult {
  return html`<h5 id=${id}>${text}</h5>`;
}

function renderSmart(goal: Row, index: number, context: GoalContext): TemplateResult | typeof nothing {
  if (!context.goalFields.has('smart') && !hasAnyValue(goal.smart, SMART_FIELDS, context.format)) {
    return nothing;
  }
  return html`<div class="part" part="smart">
    ${subheading(`goal-${index}-smart`, fieldLabel('goals/*/smart'))}
    ${renderFieldList(goal.smart, 'goals/*/smart', SMART_FIELDS, context.format)}
  </div>`;
}

function renderActionSteps(goal: Row, index: number, format: Formatters): TemplateResult {
  const steps = rowsIn(goal.actionSteps);

  return html`<div class="part" part="steps">
    ${subheading(`goal-${index}-steps`, fieldLabel('goals/*/actionSteps'))}
    ${steps.length === 0
      ? html`<p class="empty">${msg('No action steps yet.', { id: 'summary.goal.noSteps' })}</p>`
      : html`<ul class="plain steps">${steps.map((step) => renderStep(step, format))}</ul>`}
  </div>`;
}

function renderStep(step: Row, format: Formatters): TemplateResult {
  const done = step.done === true;
  const due = format.date(step.dueDate);
  const responsible = textOf(step.responsible);

  return html`<li class="step ${done ? 'done' : ''}" part="step">
    <span class="step-state"
      ><span aria-hidden="true">${done ? '☑' : '☐'}</span> ${done ? msg('Done:', { id: 'summary.step.done' }) : msg('Not done:', { id: 'summary.step.notDone' })}</span
    >
    ${textOf(step.text) ?? notFilledIn()}
    ${due ? html`<span class="meta stacked">${msg(str`Due ${due}`, { id: 'summary.step.due' })}</span>` : nothing}
    ${responsible ? html`<span class="meta stacked">${msg(str`Who: ${responsible}`, { id: 'summary.step.responsible' })}</span>` : nothing}
  </li>`;
}

const FOLLOW_UP_FIELDS: readonly FieldSpec[] = [
  { path: 'dueDate', show: asDate, always: true },
  { path: 'completedDate', show: asDate },
  { path: 'progressStatus', show: asChoice(PROGRESS_STATUSES) },
  { path: 'notes', show: asText },
  { path: 'reviewer', show: asText },
];

function renderFollowUps(goal: Row, index: number, context: GoalContext): TemplateResult | typeof nothing {
  const followUps = rowsIn(goal.followUps);
  if (followUps.length === 0 && !context.goalFields.has('followUps')) {
    return nothing;
  }

  return html`<div class="part" part="follow-ups">
    ${subheading(`goal-${index}-follow-ups`, fieldLabel('goals/*/followUps'))}
    ${followUps.length === 0
      ? html`<p class="empty">${msg('No follow-ups yet.', { id: 'summary.goal.noFollowUps' })}</p>`
      : html`<ul class="plain follow-ups">
          ${followUps.map((followUp) => html`<li part="follow-up">
            <p class="item-title">${asChoice(CHECKPOINTS)(followUp.checkpoint, context.format) ?? msg('Follow-up', { id: 'summary.followUp.untitled' })}</p>
            ${renderFieldList(followUp, 'goals/*/followUps/*', FOLLOW_UP_FIELDS, context.format)}
          </li>`)}
        </ul>`}
  </div>`;
}

function renderGoalDocuments(goal: Row, index: number, format: Formatters): TemplateResult | typeof nothing {
  const list = renderEvidenceList(goal, format);
  if (list === nothing) {
    return nothing;
  }
  return html`<div class="part">${subheading(`goal-${index}-documents`, fieldLabel('goals/*/evidence'))}${list}</div>`;
}

function renderGoalActivities(goal: Row, index: number, context: GoalContext): TemplateResult {
  const activities = rowsIn(goal.activities);
  const headingId = `goal-${index}-activities`;

  return html`<div class="part">
    ${subheading(headingId, fieldLabel('goals/*/activities'))}
    ${activities.length === 0
      ? html`<p class="empty">${msg('No activities yet.', { id: 'summary.goal.noActivities' })}</p>`
      : renderActivityTable(activities, `goal-${index}-activity-table`, headingId, context.settings, context.format)}
  </div>`;
}
