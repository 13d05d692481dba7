import { msg, str } from '@lit/localize';
import { definitionTranslation } from '../i18n/definition-translations.js';
import { activeLocale } from '../i18n/localization.js';
import type { DefinitionModel } from '../plan/definition.js';
import type { PlanError } from './types.js';

/** Text for one failed keyword, given the error, the localized name of its field and the definition. */
export type KeywordMessage = (error: PlanError, field: string, definition: DefinitionModel) => string;

/**
 * Returns the text of an error in the current locale, with `keywordMessages` for the keywords a
 * caller can meet. A rule message comes first: the definition's own translation in `x-pgp-i18n`,
 * then the shipped text, then the definition's English `x-pgp-messages`;
 * a keyword missing from the table gets the general "not valid" message.
 */
export function describeError(error: PlanError, definition: DefinitionModel, field: string, keywordMessages: Record<string, KeywordMessage>): string {
  const keywordMessage = Object.hasOwn(keywordMessages, error.keyword) ? keywordMessages[error.keyword] : undefined;
  return (
    translatedRuleMessage(error, definition) ??
    shippedRuleMessage(error, definition) ??
    hostRuleMessage(error, definition) ??
    keywordMessage?.({ ...error, params: withLocalizedLimits(error.params) }, field, definition) ??
    msg(str`${field} is not valid. Check it and try again.`, { id: 'validation.other' })
  );
}

// The limits of a keyword are numbers the message shows, so they are written for the locale first.
function withLocalizedLimits(params: Record<string, unknown>): Record<string, unknown> {
  const localized = { ...params };
  if (typeof params.limit === 'number') localized.limit = shownNumber(params.limit);
  if (typeof params.length === 'number') localized.length = shownNumber(params.length);
  return localized;
}

function shippedRuleMessage(error: PlanError, definition: DefinitionModel): string | undefined {
  const params = error.params;
  switch (error.messageKey) {
    case 'stipend.planTypeRequired': {
      const planType = planTypeTitle(String(params.planType ?? 'STIPEND_PROGRAM_REQUIREMENT'), definition);
      return msg(str`Select the plan type "${planType}". This program needs it; you can select other types too.`, { id: 'rule.stipendPlanTypeRequired' });
    }
    case 'stipend.fiscalYear': {
      const fiscalYear = String(params.fiscalYear ?? params.allowedValue ?? '');
      return msg(str`This plan is for fiscal year ${fiscalYear}. Enter ${fiscalYear}.`, { id: 'rule.stipendFiscalYear' });
    }
    case 'participant.registryIdRequired':
      return msg('Enter your Registry ID. The program uses it to match this plan to your application.', { id: 'rule.registryIdRequired' });
    case 'qcc.planTypeRequired': {
      const planType = planTypeTitle(String(params.planType ?? 'QCC_QUALITY_IMPROVEMENT_PLAN'), definition);
      return msg(str`Select the plan type "${planType}". A Quality Improvement Plan needs it; you can select other types too.`, { id: 'rule.qccPlanTypeRequired' });
    }
    case 'ctc.planTypeRequired': {
      const planType = planTypeTitle(String(params.planType ?? 'CTC_PERMIT_UPGRADE_RENEWAL'), definition);
      return msg(str`Select the plan type "${planType}". A permit renewal plan needs it; you can select other types too.`, { id: 'rule.ctcPlanTypeRequired' });
    }
    case 'participant.registryId':
      return msg(str`${shownValue(params.value)} is not a Registry ID. Enter your Registry ID as 9 digits starting with 100, for example 100123456; you can find it on your Registry profile.`, { id: 'rule.registryIdFormat' });
    case 'fiscalYear.format':
      return msg(str`${shownValue(params.value)} is not a fiscal year. Enter two years with a dash, for example 2024-2025.`, { id: 'rule.fiscalYearFormat' });
    case 'rule.consecutive-years': {
      const value = String(params.value);
      const expected = String(params.expected);
      return msg(str`"${value}" is not a fiscal year: the second year must follow the first. Did you mean ${expected}?`, { id: 'rule.consecutiveYears' });
    }
    default:
      return undefined;
  }
}

// A host definition brings its own English text in `x-pgp-messages`; `{name}` takes a param.
function hostRuleMessage(error: PlanError, definition: DefinitionModel): string | undefined {
  const catalog = definition.source['x-pgp-messages'];
  if (typeof catalog !== 'object' || catalog === null) return undefined;
  const template = (catalog as Record<string, unknown>)[error.messageKey];
  return typeof template === 'string' ? fillParams(template, error, definition) : undefined;
}

/**
 * Returns the definition's own translation of an error's message key for the active locale, from
 * its `x-pgp-i18n`, with `{name}` filled in as in `x-pgp-messages`; undefined when it has none.
 */
export function translatedRuleMessage(error: PlanError, definition: DefinitionModel): string | undefined {
  const template = definitionTranslation(definition.source, 'messages', error.messageKey);
  return template === undefined ? undefined : fillParams(template, error, definition);
}

function fillParams(template: string, error: PlanError, definition: DefinitionModel): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in error.params)) return placeholder;
    const value = error.params[name];
    if (name === 'planType') return planTypeTitle(String(value), definition);
    return typeof value === 'number' ? shownNumber(value) : shownDate(value);
  });
}

/**
 * Messages for the keywords that can fail on a list of text values, such as the plan types: every
 * keyword that applies to arrays or strings. `messages.ts` adds the ones for objects and numbers.
 */
export const LIST_KEYWORD_MESSAGES: Record<string, KeywordMessage> = {
  type: ({ params }, field) => msg(str`${field} has the wrong kind of value (${shownValue(params.value)}). Enter ${describeType(params.type)}.`, { id: 'validation.type' }),
  pattern: ({ params }, field) => msg(str`${field} ${shownValue(params.value)} is not in the expected form. Check it and try again.`, { id: 'validation.pattern' }),
  format: ({ params }, field) => formatMessage(field, String(params.format), shownValue(params.value)),
  const: ({ params }, field, definition) =>
    msg(str`${field} is ${shownValue(params.value, definition)}; it must be ${displayValue(params.allowedValue, definition)}.`, { id: 'validation.const' }),
  enum: choiceMessage,
  oneOf: choiceMessage,
  anyOf: choiceMessage,
  minItems: ({ params }, field) => msg(str`Choose at least ${String(params.limit)} for ${field}.`, { id: 'validation.minItems' }),
  maxItems: ({ params }, field) => msg(str`Choose at most ${String(params.limit)} for ${field}.`, { id: 'validation.maxItems' }),
  uniqueItems: ({ params }, field, definition) =>
    msg(str`${field} lists ${shownValue(params.duplicate, definition)} twice. Remove the repeated one.`, { id: 'validation.uniqueItems' }),
  contains: ({ params }, field, definition) =>
    typeof params.planType === 'string'
      ? msg(str`Select the plan type "${planTypeTitle(params.planType, definition)}"; this plan needs it.`, { id: 'validation.containsPlanType' })
      : msg(str`${field} is missing an item this plan needs.`, { id: 'validation.contains' }),
  minLength: ({ params }, field) =>
    Number(params.limit) === 1
      ? msg(str`Fill in ${field}.`, { id: 'validation.minLength.empty' })
      : msg(str`${field} ${shownValue(params.value)} is too short; it needs at least ${String(params.limit)} characters.`, { id: 'validation.minLength' }),
  maxLength: ({ params }, field) =>
    msg(str`${field} ${shownValue(params.value)} has ${String(params.length ?? '')} characters; it can have at most ${String(params.limit)}. Shorten it.`, { id: 'validation.maxLength' }),
};

/**
 * Formats a rejected value for a message: text in quotes, cut short when long, and a plan type id as
 * its title. `value` is the shortened copy that the validator adds to an error's params.
 */
export function shownValue(value: unknown, definition?: DefinitionModel): string {
  if (value === undefined) return msg('this value', { id: 'validation.thisValue' });
  if (typeof value === 'string') {
    const title = definition?.planTypes.find((option) => option.id === value)?.title;
    return title ? `"${title}"` : JSON.stringify(value);
  }
  if (typeof value === 'number') return shownNumber(value);
  return JSON.stringify(value) ?? String(value);
}

function formatMessage(field: string, format: string, value: string): string {
  switch (format) {
    case 'date':
      return msg(str`${field} ${value} is not a real date. Enter a date such as 2024-09-30.`, { id: 'validation.format.date' });
    case 'date-time':
      return msg(str`${field} ${value} is not a valid date and time. Enter one such as 2024-09-30T14:00:00Z.`, { id: 'validation.format.dateTime' });
    case 'email':
      return msg(str`${field} ${value} is not an email address. Enter one such as name@example.org.`, { id: 'validation.format.email' });
    default:
      return msg(str`${field} ${value} is not in the expected form. Check it and try again.`, { id: 'validation.format' });
  }
}

function choiceMessage({ params }: PlanError, field: string, definition: DefinitionModel): string {
  const rejected = shownValue(params.value);
  let allowedValues: unknown[] = [];
  if (Array.isArray(params.allowedValues)) {
    allowedValues = params.allowedValues;
  } else if (params.allowedValues !== undefined) {
    allowedValues = [params.allowedValues];
  }
  if (allowedValues.length === 0) {
    return msg(str`${rejected} is not one of the options for ${field}. Choose one of the options.`, { id: 'validation.choice' });
  }
  const choices = allowedValues.map((value) => displayValue(value, definition)).join(', ');
  return msg(str`${rejected} is not one of the options for ${field}. Choose one of: ${choices}.`, { id: 'validation.choiceList' });
}

function displayValue(value: unknown, definition: DefinitionModel): string {
  if (typeof value === 'string') return planTypeTitle(value, definition, `"${value}"`);
  return JSON.stringify(value);
}

function planTypeTitle(id: string, definition: DefinitionModel, fallback = id): string {
  return definition.planTypes.find((option) => option.id === id)?.title ?? fallback;
}

function describeType(type: unknown): string {
  switch (Array.isArray(type) ? type[0] : type) {
    case 'string':
      return msg('text', { id: 'validation.type.string' });
    case 'number':
    case 'integer':
      return msg('a number', { id: 'validation.type.number' });
    case 'boolean':
      return msg('yes or no', { id: 'validation.type.boolean' });
    case 'array':
      return msg('a list', { id: 'validation.type.array' });
    default:
      return msg('a group of answers', { id: 'validation.type.object' });
  }
}

/** Returns the localized name of the plan types field, for use inside messages. */
export function planTypesLabel(): string {
  return msg('Plan type', { id: 'field.planTypes.item' });
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a number from an error's params for the active locale, so Spanish shows 10,5 where
 * English shows 10.5. A value that is not a finite number is shown as it is.
 */
export function shownNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);

  const locale = activeLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * Formats a stored YYYY-MM-DD date from an error's params for the active locale. The date is read
 * and shown in UTC so that no time zone moves it to the day before. Any other value is shown as it is.
 */
export function shownDate(value: unknown): string {
  const parts = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!parts) return String(value);

  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return String(value);

  const locale = activeLocale();
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(time);
}
