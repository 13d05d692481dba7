import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GoalListSettings } from '../../plan/goal-list.js';
import { choiceLabel, UNIT_TYPES } from '../pgp-goal-list/goal-labels.js';
import type { Formatters } from './summary-format.js';
import type { PlanTotals } from './summary-totals.js';
import { withinRange } from './summary-totals.js';

/**
 * Renders the totals (hours, units and goal count against the definition's targets) and the
 * progress counts (goals met, action steps done, activities completed).
 */
export function renderTotals(totals: PlanTotals, settings: GoalListSettings, format: Formatters): TemplateResult {
  const n = format.number;
  const completed = n(totals.completedHours);
  const planned = n(totals.plannedHours);
  const target = settings.hoursTarget;

  return html`
    <section class="block totals" part="section totals" aria-labelledby="totals-heading" data-section="totals">
      <h3 id="totals-heading">${msg('Totals and progress', { id: 'summary.totals.heading' })}</h3>
      <ul class="plain totals-list">
        <li data-total="completed-hours">
          ${target
            ? msg(str`Completed: ${completed} of ${n(target.hours)} clock hours`, { id: 'summary.totals.completedHoursOfTarget' })
            : msg(str`Completed: ${completed} clock hours`, { id: 'summary.totals.completedHours' })}
        </li>
        <li data-total="planned-hours">${msg(str`Planned: ${planned} clock hours`, { id: 'summary.totals.plannedHours' })}</li>
        ${settings.unitsTarget ? html`<li data-total="units">${unitsLine(totals, settings.unitsTarget, format)}</li>` : nothing}
        <li data-total="goals">${goalCountLine(totals.goalCount, settings.goalCount, n)}</li>
        ${progressItems(progressCounts(totals, n))}
      </ul>
      ${target ? renderHoursProgress(totals.completedHours, target.hours) : nothing}
      <p class="target-status">${targetStatus(totals, settings)}</p>
    </section>
  `;
}

/** The progress counts of a plan, written for the active locale. */
interface ShownProgress {
  goalsMet: string;
  goalCount: string;
  actionStepsDone: string;
  actionSteps: string;
  activitiesCompleted: string;
  activities: string;
}

function progressCounts(counts: PlanTotals, formatNumber: Formatters['number']): ShownProgress {
  return {
    goalsMet: formatNumber(counts.goalsMet),
    goalCount: formatNumber(counts.goalCount),
    actionStepsDone: formatNumber(counts.actionStepsDone),
    actionSteps: formatNumber(counts.actionSteps),
    activitiesCompleted: formatNumber(counts.activitiesCompleted),
    activities: formatNumber(counts.activities),
  };
}

// The parameter keeps the name `totals` because the message placeholders, and so the
// translations, are keyed to the expressions `totals.goalsMet` and the like.
function progressItems(totals: ShownProgress): TemplateResult {
  return html`
    <li data-total="goals-met">${msg(str`Goals met: ${totals.goalsMet} of ${totals.goalCount}`, { id: 'summary.progress.goalsMet' })}</li>
    <li data-total="steps-done">${msg(str`Action steps done: ${totals.actionStepsDone} of ${totals.actionSteps}`, { id: 'summary.progress.stepsDone' })}</li>
    <li data-total="activities-completed">
      ${msg(str`Activities completed: ${totals.activitiesCompleted} of ${totals.activities}`, { id: 'summary.progress.activitiesCompleted' })}
    </li>
  `;
}

function renderHoursProgress(completed: number, target: number): TemplateResult {
  return html`<div class="progress">
    <span id="hours-progress-label">${msg('Clock hours toward the target', { id: 'summary.progress.hoursLabel' })}</span>
    <progress aria-labelledby="hours-progress-label" max=${target} .value=${Math.min(completed, target)}></progress>
  </div>`;
}

function unitsLine(totals: PlanTotals, target: { units: number; unitType: string }, format: Formatters): string {
  const unit = choiceLabel(UNIT_TYPES, target.unitType);
  const completed = format.number(totals.completedUnits);
  const needed = format.number(target.units);
  return msg(str`${unit} completed: ${completed} of ${needed}`, { id: 'summary.totals.units' });
}

function goalCountLine(goalCount: number, range: GoalListSettings['goalCount'], formatNumber: Formatters['number']): string {
  const count = formatNumber(goalCount);
  const min = range?.min === undefined ? undefined : formatNumber(range.min);
  const max = range?.max === undefined ? undefined : formatNumber(range.max);
  if (min !== undefined && max !== undefined) {
    return msg(str`Goals: ${count} (this plan needs ${min} to ${max})`, { id: 'summary.totals.goalsBetween' });
  }
  if (min !== undefined) {
    return msg(str`Goals: ${count} (this plan needs at least ${min})`, { id: 'summary.totals.goalsAtLeast' });
  }
  if (max !== undefined) {
    return msg(str`Goals: ${count} (this plan allows at most ${max})`, { id: 'summary.totals.goalsAtMost' });
  }
  return msg(str`Goals: ${count}`, { id: 'summary.totals.goals' });
}

function targetStatus(totals: PlanTotals, settings: GoalListSettings): string {
  const parts: string[] = [];
  if (settings.hoursTarget) {
    parts.push(totals.completedHours >= settings.hoursTarget.hours
      ? msg('The clock hours target is reached.', { id: 'summary.totals.hoursMet' })
      : msg('The clock hours target is not reached yet.', { id: 'summary.totals.hoursNotMet' }));
  }
  if (settings.unitsTarget) {
    parts.push(totals.completedUnits >= settings.unitsTarget.units
      ? msg('The units target is reached.', { id: 'summary.totals.unitsMet' })
      : msg('The units target is not reached yet.', { id: 'summary.totals.unitsNotMet' }));
  }
  if (settings.goalCount) {
    parts.push(withinRange(totals.goalCount, settings.goalCount)
      ? msg('The number of goals fits this plan.', { id: 'summary.totals.countMet' })
      : msg('The number of goals does not fit this plan.', { id: 'summary.totals.countNotMet' }));
  }
  return parts.join(' ');
}
