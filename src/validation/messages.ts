import { msg, str } from '@lit/localize';
import type { DefinitionModel } from '../plan/definition.js';
import { baseFieldLabel } from './field-labels.js';
import { describeError, LIST_KEYWORD_MESSAGES, planTypesLabel, shownValue, translatedRuleMessage, type KeywordMessage } from './keyword-messages.js';
import { pointerSegments } from './pointer.js';
import { programRuleMessage } from './program-messages.js';
import type { PlanError } from './types.js';

// Every keyword message: those for lists and text, and those that only objects and numbers need.
const KEYWORD_MESSAGES: Record<string, KeywordMessage> = {
  ...LIST_KEYWORD_MESSAGES,
  required: (_error, field) => msg(str`Fill in ${field}.`, { id: 'validation.required' }),
  minimum: ({ params }, field) => msg(str`${field} is ${shownValue(params.value)}; it must be ${String(params.limit)} or more.`, { id: 'validation.minimum' }),
  maximum: ({ params }, field) => msg(str`${field} is ${shownValue(params.value)}; it must be ${String(params.limit)} or less.`, { id: 'validation.maximum' }),
  exclusiveMinimum: ({ params }, field) => msg(str`${field} is ${shownValue(params.value)}; it must be more than ${String(params.limit)}.`, { id: 'validation.exclusiveMinimum' }),
  exclusiveMaximum: ({ params }, field) => msg(str`${field} is ${shownValue(params.value)}; it must be less than ${String(params.limit)}.`, { id: 'validation.exclusiveMaximum' }),
};

/**
 * Returns the text of an error in the current locale; call it when rendering, not before. The
 * definition's own `x-pgp-i18n` translation of the message key wins over the shipped text.
 */
export function errorMessage(error: PlanError, definition: DefinitionModel): string {
  return translatedRuleMessage(error, definition) ?? programRuleMessage(error, definition) ?? describeError(error, definition, fieldLabel(error.instancePath, definition), KEYWORD_MESSAGES);
}

/**
 * Returns a localized name for the field at a JSON Pointer, for use inside messages: from the
 * table of the base schema's properties, else the `title` the definition gives the property.
 */
export function fieldLabel(pointer: string, definition?: DefinitionModel): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return msg('The plan', { id: 'field.plan' });

  const path = segments.map((segment) => (/^\d+$/.test(segment) ? '*' : segment));
  if (path.join('/') === 'planTypes') return planTypesLabel();
  return baseFieldLabel(path.join('/')) ?? definitionTitle(definition?.source, path) ?? readableName(segments);
}

// A host definition may add properties of its own, with a `title`, at its root or in its `allOf`.
function definitionTitle(source: unknown, path: string[]): string | undefined {
  const roots = isRecord(source) ? [source, ...(Array.isArray(source.allOf) ? source.allOf : [])] : [];
  for (const root of roots) {
    let schema: unknown = root;
    for (const segment of path) {
      if (!isRecord(schema)) break;
      schema = segment === '*' ? schema.items : isRecord(schema.properties) ? schema.properties[segment] : undefined;
    }
    if (isRecord(schema) && typeof schema.title === 'string' && schema.title.trim() !== '') return schema.title;
  }
  return undefined;
}

// The last resort for a property without a title: its name as words, "hoursLogged" as "Hours logged".
function readableName(segments: string[]): string {
  const name = [...segments].reverse().find((segment) => !/^\d+$/.test(segment)) ?? '';
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words === '' ? msg('This answer', { id: 'field.unnamed' }) : words[0].toUpperCase() + words.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
