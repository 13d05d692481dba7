import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { html } from './compact-html.js';
import { choiceLabel, UNIT_TYPES } from './goal-labels.js';
import type { GoalListSettings } from './goal-settings.js';
import type { GoalTotals } from './goal-totals.js';

/**
 * Renders the totals: hours, units and goal count against the definition's targets, and the
 * messages of rules about the whole list. The numbers change as the user types and are not
 * announced. The status line below them changes only when a target is reached or lost, so only
 * then is it announced.
 */
export function renderTotals(totals: GoalTotals, settings: GoalListSettings, listMessages: readonly string[], formatNumber: (value: number) => string): TemplateResult {
  const completed = formatNumber(totals.completedHours);
  const planned = formatNumber(totals.plannedHours);

  return html`
    <section class="totals" part="totals" aria-labelledby="totals-heading">
      <h3 id="totals-heading">${msg('Totals', { id: 'goalList.totals.heading' })}</h3>
      <ul class="totals-list">
        <li>
          ${settings.hoursTarget
            ? msg(str`Completed: ${completed} of ${formatNumber(settings.hoursTarget.hours)} clock hours`, { id: 'goalList.totals.completedHoursOfTarget' })
            : msg(str`Completed: ${completed} clock hours`, { id: 'goalList.totals.completedHours' })}
        </li>
        <li>${msg(str`Planned: ${planned} clock hours`, { id: 'goalList.totals.plannedHours' })}</li>
        ${settings.unitsTarget ? html`<li>${unitsLine(totals, settings.unitsTarget, formatNumber)}</li>` : nothing}
        <li>${goalCountLine(totals.goalCount, settings.goalCount, formatNumber)}</li>
      </ul>
      <p class="target-status" role="status">${targetStatus(totals)}</p>
      ${listMessages.length > 0 ? html`<div class="errors" id="list-errors">${listMessages.map((message) => html`<p class="error" part="error">${message}</p>`)}</div>` : nothing}
    </section>
  `;
}

function unitsLine(totals: GoalTotals, target: { units: number; unitType: string }, formatNumber: (value: number) => string): string {
  const unit = choiceLabel(UNIT_TYPES, target.unitType);
  const completed = formatNumber(totals.completedUnits);
  const needed = formatNumber(target.units);
  return msg(str`${unit} completed: ${completed} of ${needed}`, { id: 'goalList.totals.units' });
}

function goalCountLine(goalCount: number, range: GoalListSettings['goalCount'], formatNumber: (value: number) => string): string {
  const count = formatNumber(goalCount);
  if (!range) {
    return msg(str`Goals: ${count}`, { id: 'goalList.totals.goals' });
  }
  if (range.min !== undefined && range.max !== undefined) {
    const min = formatNumber(range.min);
    const max = formatNumber(range.max);
    return msg(str`Goals: ${count} (this plan needs ${min} to ${max})`, { id: 'goalList.totals.goalsBetween' });
  }
  if (range.min !== undefined) {
    const min = formatNumber(range.min);
    return msg(str`Goals: ${count} (this plan needs at least ${min})`, { id: 'goalList.totals.goalsAtLeast' });
  }
  const max = formatNumber(range.max ?? goalCount);
  return msg(str`Goals: ${count} (this plan allows at most ${max})`, { id: 'goalList.totals.goalsAtMost' });
}

function targetStatus(totals: GoalTotals): string {
  const parts: string[] = [];
  if (totals.hoursTargetMet !== null) {
    parts.push(totals.hoursTargetMet ? msg('Clock hours target reached.', { id: 'goalList.totals.hoursMet' }) : msg('Clock hours target not reached yet.', { id: 'goalList.totals.hoursNotMet' }));
  }
  if (totals.unitsTargetMet !== null) {
    parts.push(totals.unitsTargetMet ? msg('Units target reached.', { id: 'goalList.totals.unitsMet' }) : msg('Units target not reached yet.', { id: 'goalList.totals.unitsNotMet' }));
  }
  if (totals.goalCountMet !== null) {
    parts.push(totals.goalCountMet ? msg('The number of goals fits this plan.', { id: 'goalList.totals.countMet' }) : msg('The number of goals does not fit this plan yet.', { id: 'goalList.totals.countNotMet' }));
  }
  return parts.join(' ');
}
