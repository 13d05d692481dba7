import { msg, str } from '@lit/localize';
import { definitionTranslation, I18N_ANNOTATION, i18nAnnotationProblem } from '../i18n/definition-translations.js';
import { GOAL_LIST_ANNOTATION, goalListProblem } from './goal-list.js';
import { planTypeText } from './plan-types.js';
import { PLAN_TYPE_IDS, type PlanDefinition, type PlanTypeId } from './types.js';
import { PGP_KEYWORDS, PLAN_RULES } from './vocabulary.js';

export const BASE_PLAN_SCHEMA_ID = 'urn:pgp-elements:plan';
export const REGISTRY_GENERAL_ID = 'urn:pgp-elements:definition:registry-general:2024-1';
export const WORKFORCE_PATHWAYS_LA_ID = 'urn:pgp-elements:definition:workforce-pathways-la:2024-25:1';
export const QCC_QUALITY_IMPROVEMENT_ID = 'urn:pgp-elements:definition:qcc-quality-improvement:2024-1';
export const CTC_PERMIT_RENEWAL_ID = 'urn:pgp-elements:definition:ctc-permit-renewal:2024-1';

export interface PlanTypeOption {
  id: string;
  /** Localized through msg() for the built-in types. */
  title: string;
  description: string;
}

/** The parts of a plan definition that the elements read. */
export interface DefinitionModel {
  /** The definition's `$id`. */
  id: string;
  /** Localized for the shipped definitions. */
  title: string;
  /** The plan types this definition offers, in order. */
  planTypes: PlanTypeOption[];
  /** Plan type ids the definition requires to be selected (its `contains` rules). */
  requiredPlanTypes: string[];
  /** The raw definition. */
  source: PlanDefinition;
}

export type DefinitionProblem = 'missing' | 'unreachable' | 'not-json' | 'invalid';

/** A plan definition that cannot be used; `detail` names the value and what is wrong with it. */
export class DefinitionError extends Error {
  readonly problem: DefinitionProblem;
  readonly detail: string;

  constructor(problem: DefinitionProblem, detail: string) {
    super(detail);
    this.name = 'DefinitionError';
    this.problem = problem;
    this.detail = detail;
  }
}

type Schema = Record<string, unknown>;

/** Reads a parsed definition; throws DefinitionError('invalid') naming what is wrong. */
export function readDefinition(definition: unknown): DefinitionModel {
  if (definition === undefined || definition === null) {
    throw new DefinitionError('missing', 'No plan definition was given. Set the definition property or the definition-src attribute.');
  }
  if (!isSchema(definition)) {
    throw new DefinitionError('invalid', `The plan definition is ${describeValue(definition)}, not a JSON object. Pass the parsed JSON Schema object.`);
  }
  if (typeof definition.$id !== 'string' || definition.$id.trim() === '') {
    throw new DefinitionError('invalid', 'The plan definition has no "$id". Give it a unique "$id" (a URN or URL); a changed definition needs a new one.');
  }
  if (!referencesBasePlan(definition)) {
    throw new DefinitionError('invalid', `The plan definition "${definition.$id}" does not build on the base plan schema. Add { "$ref": "${BASE_PLAN_SCHEMA_ID}" } to its "allOf".`);
  }
  checkAnnotations(definition, '#');

  const offered = readOfferedPlanTypes(definition);
  const requiredPlanTypes = readRequiredPlanTypes(definition);
  for (const required of requiredPlanTypes) {
    if (!offered.includes(required as PlanTypeId)) {
      throw new DefinitionError('invalid', `The plan definition "${definition.$id}" requires the plan type "${required}" but does not offer it. Add it to the offered plan types or remove the "contains" rule.`);
    }
  }

  // Titles are getters, so that a model read once renders in whichever locale is active later.
  return {
    id: definition.$id,
    get title() {
      return definitionTitle(definition);
    },
    planTypes: offered.map(localizedPlanType),
    requiredPlanTypes,
    source: definition as PlanDefinition,
  };
}

function localizedPlanType(id: PlanTypeId): PlanTypeOption {
  return {
    id,
    get title() {
      return planTypeText(id).title;
    },
    get description() {
      return planTypeText(id).description;
    },
  };
}

function referencesBasePlan(definition: Schema): boolean {
  const isBaseReference = (schema: unknown) => isSchema(schema) && schema.$ref === BASE_PLAN_SCHEMA_ID;
  return isBaseReference(definition) || asList(definition.allOf).some(isBaseReference);
}

// Rule subschemas sit at the root or in the root's allOf, so that is where plan type rules are read.
function planTypesRules(definition: Schema): Schema[] {
  return [definition, ...asList(definition.allOf)]
    .filter(isSchema)
    .map((schema) => (isSchema(schema.properties) ? schema.properties.planTypes : undefined))
    .filter(isSchema);
}

function readOfferedPlanTypes(definition: Schema): PlanTypeId[] {
  let offered: PlanTypeId[] = [...PLAN_TYPE_IDS];
  for (const rule of planTypesRules(definition)) {
    const items = rule.items;
    if (!isSchema(items) || !Array.isArray(items.enum)) continue;
    for (const id of items.enum) {
      if (!PLAN_TYPE_IDS.includes(id as PlanTypeId)) {
        throw new DefinitionError('invalid', `The plan definition "${String(definition.$id)}" offers the unknown plan type ${JSON.stringify(id)}. Use only ${PLAN_TYPE_IDS.join(', ')}.`);
      }
    }
    offered = offered.filter((id) => (items.enum as unknown[]).includes(id));
  }
  if (offered.length === 0) {
    throw new DefinitionError('invalid', `The plan definition "${String(definition.$id)}" offers no plan types. List at least one in "properties.planTypes.items.enum", or remove that list to offer all five.`);
  }
  return offered;
}

function readRequiredPlanTypes(definition: Schema): string[] {
  const required: string[] = [];
  for (const rule of planTypesRules(definition)) {
    const contains = rule.contains;
    if (isSchema(contains) && typeof contains.const === 'string' && !required.includes(contains.const)) required.push(contains.const);
  }
  return required;
}

function checkAnnotations(schema: unknown, path: string): void {
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => checkAnnotations(item, `${path}/${index}`));
    return;
  }
  if (!isSchema(schema)) return;

  for (const [keyword, value] of Object.entries(schema)) {
    const location = `${path}/${keyword}`;
    if (keyword.startsWith('x-pgp-') && !(keyword in PGP_KEYWORDS)) {
      throw new DefinitionError('invalid', `The plan definition uses the unknown annotation "${keyword}" at ${location}. Known annotations: ${Object.keys(PGP_KEYWORDS).join(', ')}.`);
    }
    if (keyword === 'x-pgp-rule' && !PLAN_RULES.includes(value as never)) {
      throw new DefinitionError('invalid', `The plan definition names the unknown rule ${JSON.stringify(value)} at ${location}. Known rules: ${PLAN_RULES.join(', ')}.`);
    }
    if (keyword === GOAL_LIST_ANNOTATION) checkGoalList(value, location);
    if (keyword === I18N_ANNOTATION) checkTranslations(value, location);
    if (keyword === 'x-pgp-message' && (typeof value !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(value))) {
      throw new DefinitionError('invalid', `The "x-pgp-message" at ${location} is ${JSON.stringify(value)}; use a message key of letters, digits, dots, dashes and underscores.`);
    }
    if (keyword === 'const' || keyword === 'enum' || keyword === 'default' || keyword === 'examples' || keyword.startsWith('x-pgp-')) continue;
    checkAnnotations(value, location);
  }
}

function checkGoalList(value: unknown, location: string): void {
  if (location !== `#/${GOAL_LIST_ANNOTATION}`) {
    throw new DefinitionError('invalid', `The plan definition has "${GOAL_LIST_ANNOTATION}" at ${location}. Move it to the definition's root.`);
  }
  const problem = goalListProblem(value);
  if (problem) throw new DefinitionError('invalid', `The "${GOAL_LIST_ANNOTATION}" at ${location} cannot be used: ${problem}.`);
}

function checkTranslations(value: unknown, location: string): void {
  if (location !== `#/${I18N_ANNOTATION}`) {
    throw new DefinitionError('invalid', `The plan definition has "${I18N_ANNOTATION}" at ${location}. Move it to the definition's root.`);
  }
  const problem = i18nAnnotationProblem(value);
  if (problem) throw new DefinitionError('invalid', `The "${I18N_ANNOTATION}" at ${location} cannot be used: ${problem}.`);
}

// The definition's own `x-pgp-i18n` title for the active locale comes first.
function definitionTitle(definition: Schema): string {
  const translated = definitionTranslation(definition, 'title');
  if (translated) return translated;

  switch (definition.$id) {
    case REGISTRY_GENERAL_ID:
      return msg('Professional Growth Plan', { id: 'definition.registryGeneral.title' });
    case WORKFORCE_PATHWAYS_LA_ID:
      return msg('Workforce Pathways LA Professional Growth Plan, 2024-2025', { id: 'definition.workforcePathwaysLa.title' });
    case QCC_QUALITY_IMPROVEMENT_ID:
      return msg('Quality Counts California Quality Improvement Plan', { id: 'definition.qccQualityImprovement.title' });
    case CTC_PERMIT_RENEWAL_ID:
      return msg('Child Development Permit Professional Growth Plan', { id: 'definition.ctcPermitRenewal.title' });
    default:
      return typeof definition.title === 'string' && definition.title.trim() !== ''
        ? definition.title
        : msg('Professional Growth Plan', { id: 'definition.defaultTitle' });
  }
}

/** Fetches a definition as JSON; throws DefinitionError('unreachable' | 'not-json'). */
export async function fetchDefinition(url: string, signal?: AbortSignal): Promise<unknown> {
  if (typeof url !== 'string' || url.trim() === '') {
    throw new DefinitionError('missing', 'The definition-src attribute is empty. Set it to the URL of a plan definition JSON file.');
  }

  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json, application/schema+json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DefinitionError('unreachable', `The plan definition at ${url} could not be loaded (${(error as Error).message}).`);
  }
  if (!response.ok) {
    throw new DefinitionError('unreachable', `The plan definition at ${url} could not be loaded: the server returned HTTP ${response.status} ${response.statusText}`.trim() + '.');
  }

  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DefinitionError('not-json', `The plan definition at ${url} is not valid JSON (${(error as Error).message}).`);
  }
}

/** Returns localized text that states what is wrong with a definition and what to do. */
export function definitionErrorMessage(error: DefinitionError): string {
  const detail = error.detail;
  switch (error.problem) {
    case 'missing':
      return msg(str`This plan form has no plan definition, so it cannot be shown. Ask the site's support team to set one up. (${detail})`, { id: 'definitionError.missing' });
    case 'unreachable':
      return msg(str`The plan form could not be loaded. Check your connection and reload the page; if it keeps happening, contact the site's support team. (${detail})`, { id: 'definitionError.unreachable' });
    case 'not-json':
      return msg(str`The plan form's definition file is damaged, so the form cannot be shown. Contact the site's support team. (${detail})`, { id: 'definitionError.notJson' });
    case 'invalid':
      return msg(str`The plan form's definition has an error, so the form cannot be shown. Contact the site's support team. (${detail})`, { id: 'definitionError.invalid' });
  }
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return `a ${typeof value}`;
}
