import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GoalListSettings } from '../../plan/goal-list.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, choiceLabel, UNIT_TYPES } from '../pgp-goal-list/goal-labels.js';
import { renderEvidenceList } from './evidence-links.js';
import { isRow, textOf } from './summary-format.js';
import type { Formatters, Row } from './summary-format.js';
import { activityHours } from './summary-totals.js';

interface Column {
  label: string;
  cell: (activity: Row) => TemplateResult | string;
}

/**
 * Renders activities as a table with one row each. In a narrow container the table reflows to
 * one block per activity, and each cell shows its column label, which is hidden from assistive
 * technology because the table headers already name the cell.
 */
export function renderActivityTable(activities: readonly Row[], tableId: string, labelledBy: string, settings: GoalListSettings, format: Formatters): TemplateResult {
  const columns = activityColumns(settings, format);

  return html`
    <table class="activities" part="activities" id=${tableId} aria-labelledby=${labelledBy}>
      <thead>
        <tr>${columns.map((column) => html`<th scope="col">${column.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${activities.map((activity) => html`<tr part="activity">
          ${columns.map((column, index) => {
            const content = html`<span class="cell-label" aria-hidden="true">${column.label}</span><div class="cell-value">${column.cell(activity)}</div>`;
            return index === 0 ? html`<th scope="row">${content}</th>` : html`<td>${content}</td>`;
          })}
        </tr>`)}
      </tbody>
    </table>
  `;
}

function activityColumns(settings: GoalListSettings, format: Formatters): Column[] {
  return [
    { label: msg('Activity', { id: 'summary.activity.title' }), cell: (activity) => renderTitleCell(activity, format) },
    { label: msg('Dates', { id: 'summary.activity.dates' }), cell: (activity) => renderDatesCell(activity, format) },
    { label: msg('Status', { id: 'summary.activity.status' }), cell: (activity) => textOf(choiceLabel(ACTIVITY_STATUSES, activity.status)) ?? '—' },
    { label: msg('Credit', { id: 'summary.activity.credit' }), cell: (activity) => creditText(activity, format) },
    { label: msg('Clock hours', { id: 'summary.activity.hours' }), cell: (activity) => hoursText(activity, settings, format) },
  ];
}

function renderTitleCell(activity: Row, format: Formatters): TemplateResult {
  const title = textOf(activity.title) ?? msg('Untitled activity', { id: 'summary.activity.untitled' });
  const category = textOf(choiceLabel(ACTIVITY_TYPES, activity.type));
  const provider = textOf(activity.provider);

  return html`
    <span class="activity-title">${title}</span>
    ${category ? html`<span class="meta stacked">${category}</span>` : nothing}
    ${provider ? html`<span class="meta stacked">${msg(str`Offered by ${provider}`, { id: 'summary.activity.provider' })}</span>` : nothing}
    ${renderEvidenceList(activity, format)}
  `;
}

function renderDatesCell(activity: Row, format: Formatters): TemplateResult | string {
  const start = format.date(activity.startDate ?? activity.actualStartDate ?? activity.plannedStartDate);
  const target = format.date(activity.targetDate);
  const completed = format.date(activity.completedDate);
  const lines = [
    start ? msg(str`Start: ${start}`, { id: 'summary.activity.start' }) : undefined,
    target ? msg(str`Planned finish: ${target}`, { id: 'summary.activity.target' }) : undefined,
    completed ? msg(str`Finished: ${completed}`, { id: 'summary.activity.completed' }) : undefined,
  ].filter((line): line is string => line !== undefined);

  return lines.length > 0 ? html`${lines.map((line) => html`<span class="stacked">${line}</span>`)}` : '—';
}

function creditText(activity: Row, format: Formatters): string {
  const credit = isRow(activity.credit) ? activity.credit : {};
  if (typeof credit.amount !== 'number' || !Number.isFinite(credit.amount)) {
    return '—';
  }
  const amount = format.number(credit.amount);
  const unit = textOf(choiceLabel(UNIT_TYPES, credit.unitType));
  return unit ? msg(str`${amount} ${unit}`, { id: 'summary.activity.creditAmount' }) : amount;
}

function hoursText(activity: Row, settings: GoalListSettings, format: Formatters): string {
  const hours = activityHours(activity, settings);
  if (hours === undefined) {
    return '—';
  }
  return activity.status === 'CANCELLED' ? msg(str`${format.number(hours)} (not counted)`, { id: 'summary.activity.hoursCancelled' }) : format.number(hours);
}
