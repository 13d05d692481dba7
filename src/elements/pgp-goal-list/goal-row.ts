import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { html } from './compact-html.js';
import { renderActivity, rowButtons } from './activity-row.js';
import type { ActivityRowView } from './activity-row.js';
import { renderEvidence } from './evidence-template.js';
import { checkboxField, selectField, textField } from './field-templates.js';
import type { RowRef } from './field-templates.js';
import { rowKey, rowsOf } from './goal-edits.js';
import { CHECKPOINTS, choiceLabel, GOAL_STATUSES, LATTICE_LEVELS, PERMIT_LEVELS, PROGRESS_STATUSES, QCC_ELEMENTS, QCC_FOCUS_AREAS } from './goal-labels.js';
import type { OptionalGoalField } from './goal-settings.js';
import { activityClockHours } from './goal-totals.js';
import { asHeading, followUpReference, goalReference, stepReference } from './row-names.js';

/** Context of a goal row beyond its own data. */
export interface GoalRowView extends Omit<ActivityRowView, 'goal' | 'goalIndex'> {
  goal: RowRef;
  index: number;
  count: number;
  fields: ReadonlySet<OptionalGoalField>;
  expanded: boolean;
  /** Visible messages of errors inside the goal that no field shows. */
  goalMessages: string[];
}

/** Renders one goal: a heading with its disclosure button, and its fields, lists and activities. */
export function renderGoal(view: GoalRowView): TemplateResult {
  const { goal, index } = view;
  const reference = goalReference(goal.row, index);
  const bodyId = `body-${goal.key}`;

  return html`
    <li class="goal" part="goal" data-goal=${goal.key}>
      <div class="row-heading">
        <h3 class="goal-title" part="goal-heading">
          <button type="button" class="disclosure" part="disclosure" id="heading-${goal.key}" data-action="toggle" aria-expanded=${view.expanded ? 'true' : 'false'} aria-controls=${bodyId}
            .textContent=${asHeading(reference)}></button>
        </h3>
        ${rowButtons(view.context, 'goals', goal.key, reference, index, view.count)}
      </div>
      ${view.expanded ? nothing : renderSummary(view)}
      <div class="goal-body" id=${bodyId} ?hidden=${!view.expanded}>
        ${renderMainFields(view)}
        ${view.fields.has('smart') ? renderSmart(view) : nothing}
        ${renderSteps(view)}
        ${view.fields.has('followUps') ? renderFollowUps(view) : nothing}
        ${renderEvidence(view.context, goal, view.uploads.stateOf(goal.key), reference)}
        ${view.goalMessages.length > 0 ? html`<div class="errors">${view.goalMessages.map((message) => html`<p class="error" part="error">${message}</p>`)}</div>` : nothing}
        ${renderActivities(view, reference)}
      </div>
    </li>
  `;
}

function renderSummary(view: GoalRowView): TemplateResult {
  const goal = view.goal.row;
  const statement = typeof goal.statement === 'string' && goal.statement.trim() !== '' ? goal.statement : msg('No goal written yet', { id: 'goal.summary.empty' });
  const status = goal.status ? choiceLabel(GOAL_STATUSES, goal.status) : msg('No status', { id: 'goal.summary.noStatus' });
  const hours = view.formatNumber(rowsOf(goal, 'activities').reduce((sum, activity) => sum + (activity.status === 'CANCELLED' ? 0 : (activityClockHours(activity, view.settings) ?? 0)), 0));
  return html`<p class="summary" part="summary">${msg(str`${statement} · ${status} · ${hours} clock hours planned`, { id: 'goal.summary' })}</p>`;
}

function renderMainFields(view: GoalRowView): TemplateResult {
  const { context, goal, fields } = view;
  const met = goal.row.status === 'MET';

  return html`
    ${textField(context, goal, 'statement', msg('Goal', { id: 'goal.field.statement' }), { multiline: true })}
    <div class="grid">
      ${selectField(context, goal, 'status', msg('Status', { id: 'goal.field.status' }), GOAL_STATUSES, msg('Choose a status', { id: 'goal.field.statusEmpty' }))}
      ${checkboxField(context, goal, 'done', msg('Goal met', { id: 'goal.field.done' }), met)}
      ${textField(context, goal, 'startDate', msg('Start date', { id: 'goal.field.startDate' }), { type: 'date' })}
      ${textField(context, goal, 'targetDate', msg('Expected completion date', { id: 'goal.field.targetDate' }), { type: 'date' })}
      ${met ? textField(context, goal, 'completedDate', msg('Completion date', { id: 'goal.field.completedDate' }), { type: 'date' }) : nothing}
      ${fields.has('qccFocusArea') ? selectField(context, goal, 'qccFocusArea', msg('Quality Counts California focus area', { id: 'goal.field.qccFocusArea' }), QCC_FOCUS_AREAS, msg('Choose a focus area', { id: 'goal.field.qccFocusAreaEmpty' })) : nothing}
      ${fields.has('qccElement') ? selectField(context, goal, 'qccElement', msg('Quality element', { id: 'goal.field.qccElement' }), QCC_ELEMENTS, msg('Choose an element', { id: 'goal.field.qccElementEmpty' })) : nothing}
      ${fields.has('latticeTarget') ? selectField(context, goal, 'latticeTarget', msg('Career Lattice level sought', { id: 'goal.field.latticeTarget' }), LATTICE_LEVELS, msg('Choose a level', { id: 'goal.field.latticeTargetEmpty' })) : nothing}
      ${fields.has('permitTarget') ? selectField(context, goal, 'permitTarget', msg('Child Development Permit level sought', { id: 'goal.field.permitTarget' }), PERMIT_LEVELS, msg('Choose a permit level', { id: 'goal.field.permitTargetEmpty' })) : nothing}
    </div>
  `;
}

function renderSmart(view: GoalRowView): TemplateResult {
  const { context, goal } = view;
  return html`
    <fieldset class="smart" part="smart">
      <legend .textContent=${msg('SMART goal', { id: 'goal.smart.legend' })}></legend>
      ${textField(context, goal, 'smart.specific', msg('Specific: what exactly will you do?', { id: 'goal.smart.specific' }), { multiline: true })}
      ${textField(context, goal, 'smart.measurable', msg('Measurable: how will you know it is done?', { id: 'goal.smart.measurable' }), { multiline: true })}
      ${textField(context, goal, 'smart.achievable', msg('Achievable: what makes it possible?', { id: 'goal.smart.achievable' }), { multiline: true })}
      ${textField(context, goal, 'smart.relevant', msg('Relevant: why does it matter for your work?', { id: 'goal.smart.relevant' }), { multiline: true })}
      ${textField(context, goal, 'smart.timeBound', msg('Time-bound: by when?', { id: 'goal.smart.timeBound' }), { multiline: true })}
    </fieldset>
  `;
}

function renderSteps(view: GoalRowView): TemplateResult {
  const { context, goal, index: goalIndex } = view;
  const steps = rowsOf(goal.row, 'actionSteps');

  return html`
    <fieldset class="steps" part="steps">
      <legend .textContent=${msg('Action steps', { id: 'goal.steps.legend' })}></legend>
      <ol class="sub-list">
        ${repeat(steps, rowKey, (step, stepIndex) => {
          const row: RowRef = { key: rowKey(step), pointer: `${goal.pointer}/actionSteps/${stepIndex}`, row: step };
          const reference = stepReference(step, stepIndex, goalIndex);
          return html`<li class="sub-row" part="step" data-item=${row.key}>
            <div class="grid">
              ${textField(context, row, 'text', msg(str`Step ${stepIndex + 1}`, { id: 'goal.steps.text' }))}
              ${textField(context, row, 'dueDate', msg('Due date', { id: 'goal.steps.dueDate' }), { type: 'date' })}
              ${checkboxField(context, row, 'done', msg('Done', { id: 'goal.steps.done' }), step.done === true)}
            </div>
            ${rowButtons(context, 'actionSteps', row.key, reference, stepIndex, steps.length, false)}
          </li>`;
        })}
      </ol>
      ${addButton(view, 'add-step', msg('Add action step', { id: 'goal.steps.add' }), msg(str`Add action step to ${goalReference(goal.row, goalIndex)}`, { id: 'goal.steps.add.name' }))}
    </fieldset>
  `;
}

function renderFollowUps(view: GoalRowView): TemplateResult {
  const { context, goal, index: goalIndex } = view;
  const followUps = rowsOf(goal.row, 'followUps');

  return html`
    <fieldset class="follow-ups" part="follow-ups">
      <legend .textContent=${msg('Follow-ups', { id: 'goal.followUps.legend' })}></legend>
      ${followUps.length === 0 ? html`<p class="hint">${msg('Enter a start date to plan the 6- and 12-month follow-ups.', { id: 'goal.followUps.hint' })}</p>` : nothing}
      <ol class="sub-list">
        ${repeat(followUps, rowKey, (followUp, followUpIndex) => {
          const row: RowRef = { key: rowKey(followUp), pointer: `${goal.pointer}/followUps/${followUpIndex}`, row: followUp };
          return html`<li class="sub-row" part="follow-up" data-item=${row.key}>
            <div class="grid">
              ${selectField(context, row, 'checkpoint', msg('Checkpoint', { id: 'followUp.field.checkpoint' }), CHECKPOINTS, msg('Choose a checkpoint', { id: 'followUp.field.checkpointEmpty' }))}
              ${textField(context, row, 'dueDate', msg('Due date', { id: 'followUp.field.dueDate' }), { type: 'date' })}
              ${textField(context, row, 'completedDate', msg('Held on', { id: 'followUp.field.completedDate' }), { type: 'date' })}
              ${selectField(context, row, 'progressStatus', msg('Progress', { id: 'followUp.field.progressStatus' }), PROGRESS_STATUSES, msg('Choose how it is going', { id: 'followUp.field.progressStatusEmpty' }))}
            </div>
            ${textField(context, row, 'notes', msg('Notes', { id: 'followUp.field.notes' }), { multiline: true })}
            ${rowButtons(context, 'followUps', row.key, followUpReference(followUpIndex, goalIndex), followUpIndex, followUps.length, false)}
          </li>`;
        })}
      </ol>
      ${addButton(view, 'add-follow-up', msg('Add follow-up', { id: 'goal.followUps.add' }), msg(str`Add follow-up to ${goalReference(goal.row, goalIndex)}`, { id: 'goal.followUps.add.name' }))}
    </fieldset>
  `;
}

function renderActivities(view: GoalRowView, reference: string): TemplateResult {
  const activities = rowsOf(view.goal.row, 'activities');
  const activityView: ActivityRowView = { ...view, goalIndex: view.index };

  return html`
    <section class="activities" part="activities" aria-labelledby="activities-${view.goal.key}">
      <h4 id="activities-${view.goal.key}" .textContent=${msg(str`Activities for ${reference}`, { id: 'goal.activities.heading' })}></h4>
      ${activities.length === 0 ? html`<p class="hint">${msg('No activities yet.', { id: 'goal.activities.none' })}</p>` : nothing}
      <ol class="sub-list">
        ${repeat(activities, rowKey, (activity, activityIndex) => renderActivity(activityView, activity, activityIndex, activities.length))}
      </ol>
      ${addButton(view, 'add-activity', msg('Add activity', { id: 'goal.activities.add' }), msg(str`Add activity to ${reference}`, { id: 'goal.activities.add.name' }))}
    </section>
  `;
}

function addButton(view: GoalRowView, action: string, text: string, name: string): TemplateResult | typeof nothing {
  if (view.context.readonly || view.context.disabled) {
    return nothing;
  }
  return html`<button type="button" class="add" part="button add" data-action=${action} data-row=${view.goal.key} aria-label=${name} .textContent=${text}></button>`;
}
