import { msg, str } from '@lit/localize';
import type { Row } from './goal-edits.js';

/** Returns how buttons and headings refer to a goal: "goal 3: Improve child observation", or "goal 3". */
export function goalReference(goal: Row, index: number): string {
  const number = index + 1;
  const title = textOf(goal.statement);
  return title ? msg(str`goal ${number}: ${title}`, { id: 'goalList.goalReference.titled' }) : msg(str`goal ${number}`, { id: 'goalList.goalReference' });
}

/** Returns how buttons and headings refer to an activity, with the number of its goal. */
export function activityReference(activity: Row, index: number, goalIndex: number): string {
  const number = index + 1;
  const goalNumber = goalIndex + 1;
  const title = textOf(activity.title);
  return title
    ? msg(str`activity ${number} of goal ${goalNumber}: ${title}`, { id: 'goalList.activityReference.titled' })
    : msg(str`activity ${number} of goal ${goalNumber}`, { id: 'goalList.activityReference' });
}

/** Returns how buttons refer to an action step. */
export function stepReference(step: Row, index: number, goalIndex: number): string {
  const number = index + 1;
  const goalNumber = goalIndex + 1;
  const title = textOf(step.text);
  return title
    ? msg(str`step ${number} of goal ${goalNumber}: ${title}`, { id: 'goalList.stepReference.titled' })
    : msg(str`step ${number} of goal ${goalNumber}`, { id: 'goalList.stepReference' });
}

/** Returns how buttons refer to a follow-up. */
export function followUpReference(index: number, goalIndex: number): string {
  const number = index + 1;
  const goalNumber = goalIndex + 1;
  return msg(str`follow-up ${number} of goal ${goalNumber}`, { id: 'goalList.followUpReference' });
}

/** Returns a reference with its first letter in upper case, for use as a heading. */
export function asHeading(reference: string): string {
  return reference.charAt(0).toLocaleUpperCase() + reference.slice(1);
}

/** Returns the trimmed text of a value that should be a string, shortened for use in a name. */
function textOf(value: unknown): string {
  if (typeof value !== 'string') {
    return '';
  }
  const text = value.trim().replace(/\s+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
