// Text for the rules of the shipped program definitions (QCC and CTC) and for the `x-pgp-rule`
// checks. A host definition's own keys get their text from its `x-pgp-messages` instead.
import { msg, str } from '@lit/localize';
import type { DefinitionModel } from '../plan/definition.js';
import { shownDate, shownNumber } from './keyword-messages.js';
import type { PlanError } from './types.js';

/** Returns the localized text of a program rule's error, or undefined for another key. */
export function programRuleMessage(error: PlanError, _definition: DefinitionModel): string | undefined {
  const localized = { ...error, params: withLocalizedValues(error.params) };
  return qccMessage(localized) ?? ctcMessage(localized) ?? ruleMessage(localized);
}

// The messages insert their params as text, so hours, units, counts and stored dates are written
// for the active locale before they go in.
function withLocalizedValues(params: Record<string, unknown>): Record<string, unknown> {
  const localized: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    localized[name] = typeof value === 'number' ? shownNumber(value) : shownDate(value);
  }
  return localized;
}

function qccMessage({ messageKey, params, keyword }: PlanError): string | undefined {
  switch (messageKey) {
    case 'qcc.goalCount': {
      return keyword === 'maxItems'
        ? msg(str`A Quality Improvement Plan has ${String(params.min)} to ${String(params.max)} goals for the year. Remove goals until there are ${String(params.max)} or fewer.`, { id: 'rule.qccGoalCount.tooMany' })
        : msg(str`A Quality Improvement Plan has ${String(params.min)} to ${String(params.max)} goals for the year. Add goals until there are at least ${String(params.min)}.`, { id: 'rule.qccGoalCount.tooFew' });
    }
    case 'qcc.focusArea':
      return msg('Choose the focus area this goal works on.', { id: 'rule.qccFocusArea' });
    case 'qcc.qualityElement':
      return msg('Choose the quality element this goal improves, or Local for a goal your county adds.', { id: 'rule.qccQualityElement' });
    case 'qcc.smart':
      return msg('Fill in all five parts of the SMART goal: specific, measurable, achievable, relevant and time-bound.', { id: 'rule.qccSmart' });
    case 'qcc.actionSteps':
      return msg('Add at least one action step: what you will do to reach this goal.', { id: 'rule.qccActionSteps' });
    case 'qcc.startDate':
      return msg('Enter the date you start working on this goal.', { id: 'rule.qccStartDate' });
    case 'qcc.targetDate':
      return msg('Enter the date you expect to reach this goal.', { id: 'rule.qccTargetDate' });
    case 'qcc.targetAfterStart':
      return dateOrderMessage(params);
    case 'qcc.followUpsRecorded':
      return msg('Record the 6-month and 12-month follow-ups, with the date each was held, before marking this goal as met.', { id: 'rule.qccFollowUpsRecorded' });
    default:
      return undefined;
  }
}

function ctcMessage({ messageKey, params }: PlanError): string | undefined {
  switch (messageKey) {
    case 'ctc.advisorRequired':
      return msg("Enter your professional growth advisor's first and last name. A permit renewal plan needs an advisor.", { id: 'rule.ctcAdvisorRequired' });
    case 'ctc.permitIssueDate':
      return msg('Enter the issue date of your current permit. The five-year renewal cycle starts on that date.', { id: 'rule.ctcPermitIssueDate' });
    case 'ctc.datesWithinCycle':
      return datesWithinCycleMessage(params);
    case 'ctc.categories':
      return distinctCategoriesMessage(params);
    case 'ctc.hours':
      return totalHoursMessage(params);
    case 'ctc.associateTeacherUnits':
      return msg(
        str`An Associate Teacher permit renews with ${String(params.units)} semester units toward the Teacher permit; the plan shows ${String(params.completedUnits)} completed. Add ${String(params.remainingUnits)} more (a quarter unit counts as two thirds of a semester unit).`,
        { id: 'rule.ctcAssociateTeacherUnits' },
      );
    default:
      return undefined;
  }
}

// The same rules under their own keys, for a definition that names a rule without a message.
function ruleMessage({ messageKey, params }: PlanError): string | undefined {
  switch (messageKey) {
    case 'rule.date-order':
      return dateOrderMessage(params);
    case 'rule.dates-within-cycle':
      return datesWithinCycleMessage(params);
    case 'rule.min-distinct-categories':
      return distinctCategoriesMessage(params);
    case 'rule.min-total-hours':
      return totalHoursMessage(params);
    case 'rule.min-total-units':
      return msg(str`The plan shows ${String(params.completedUnits)} completed semester units; it needs ${String(params.units)}. Add ${String(params.remainingUnits)} more.`, { id: 'rule.minTotalUnits' });
    default:
      return undefined;
  }
}

function dateOrderMessage(params: Record<string, unknown>): string {
  return msg(str`The date ${String(params.value)} is before the start date ${String(params.earliest)}. Choose a date on or after ${String(params.earliest)}.`, { id: 'rule.dateOrder' });
}

function datesWithinCycleMessage(params: Record<string, unknown>): string {
  return msg(
    str`${String(params.value)} is outside your renewal cycle, ${String(params.cycleStart)} to ${String(params.cycleEnd)}. Only activities inside the cycle count: change the date or remove the activity.`,
    { id: 'rule.datesWithinCycle' },
  );
}

function distinctCategoriesMessage(params: Record<string, unknown>): string {
  return msg(str`Your activities cover ${String(params.foundCategories)} of the ${String(params.categories)} categories needed. Add an activity of another kind.`, { id: 'rule.distinctCategories' });
}

function totalHoursMessage(params: Record<string, unknown>): string {
  return msg(
    str`The plan shows ${String(params.completedHours)} completed clock hours; it needs ${String(params.hours)}. Complete ${String(params.remainingHours)} more hours of activities before marking the plan completed.`,
    { id: 'rule.minTotalHours' },
  );
}
