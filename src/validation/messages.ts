import { msg, str } from '@lit/localize';
import type { DefinitionModel } from '../plan/definition.js';
import { describeError, LIST_KEYWORD_MESSAGES, planTypesLabel, type KeywordMessage } from './keyword-messages.js';
import { pointerSegments } from './pointer.js';
import type { PlanError } from './types.js';

// Every keyword message: those for lists and text, and those that only objects and numbers need.
const KEYWORD_MESSAGES: Record<string, KeywordMessage> = {
  ...LIST_KEYWORD_MESSAGES,
  required: (_error, field) => msg(str`Fill in ${field}.`, { id: 'validation.required' }),
  minimum: ({ params }, field) => msg(str`${field} must be ${String(params.limit)} or more.`, { id: 'validation.minimum' }),
  maximum: ({ params }, field) => msg(str`${field} must be ${String(params.limit)} or less.`, { id: 'validation.maximum' }),
  exclusiveMinimum: ({ params }, field) => msg(str`${field} must be more than ${String(params.limit)}.`, { id: 'validation.exclusiveMinimum' }),
  exclusiveMaximum: ({ params }, field) => msg(str`${field} must be less than ${String(params.limit)}.`, { id: 'validation.exclusiveMaximum' }),
};

/** Returns the text of an error in the current locale; call it when rendering, not before. */
export function errorMessage(error: PlanError, definition: DefinitionModel): string {
  return describeError(error, definition, fieldLabel(error.instancePath), KEYWORD_MESSAGES);
}

/** Returns a localized name for the field at a JSON Pointer, for use inside messages. */
export function fieldLabel(pointer: string): string {
  const segments = pointerSegments(pointer);
  const name = [...segments].reverse().find((segment) => !/^\d+$/.test(segment));
  switch (name) {
    case undefined:
      return msg('The plan', { id: 'field.plan' });
    case 'planTypes':
      return planTypesLabel();
    case 'fiscalYear':
      return msg('Fiscal year', { id: 'field.fiscalYear' });
    case 'registryId':
      return msg('Registry ID', { id: 'field.registryId' });
    case 'participant':
      return msg('Your details', { id: 'field.participant' });
    case 'statement':
      return msg('Goal', { id: 'field.statement' });
    case 'startDate':
      return msg('Start date', { id: 'field.startDate' });
    case 'targetDate':
      return msg('Expected completion date', { id: 'field.targetDate' });
    case 'completedDate':
      return msg('Completion date', { id: 'field.completedDate' });
    case 'email':
      return msg('Email', { id: 'field.email' });
    case 'plannedHours':
      return msg('Planned hours', { id: 'field.plannedHours' });
    case 'completedHours':
      return msg('Hours completed', { id: 'field.completedHours' });
    default:
      return name;
  }
}
