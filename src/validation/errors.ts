import type { AnnotationIndex, MessageAnnotation } from './annotations.js';
import { escapePointerSegment, instanceLocationContains, pointerSegments } from './pointer.js';
import type { PlanError, RawValidationError } from './types.js';

// Keywords whose failure is explained by one error at the field: the errors of their branches
// (one per alternative, or one per array item for `contains`) only repeat it.
const COLLAPSING_KEYWORDS = new Set(['oneOf', 'anyOf', 'contains']);

/** Maps ajv's errors to PlanErrors: collapsed, addressed by exact pointer, with message keys. */
export function mapErrors(rawErrors: readonly RawValidationError[], annotations: AnnotationIndex): PlanError[] {
  const kept = collapseBranches(rawErrors);
  const seen = new Set<string>();
  const errors: PlanError[] = [];

  for (const raw of kept) {
    const error = toPlanError(raw, rawErrors, annotations);
    const identity = `${error.instancePath}\u0000${error.keyword}\u0000${error.messageKey}\u0000${JSON.stringify(error.params)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    errors.push(error);
  }
  return errors;
}

function collapseBranches(rawErrors: readonly RawValidationError[]): RawValidationError[] {
  const branchRoots = rawErrors.filter((error) => COLLAPSING_KEYWORDS.has(error.keyword)).map((error) => `${error.schemaPath}/`);

  // An `if` error only reports that `then` or `else` failed, and their own errors explain how.
  return rawErrors.filter(
    (error) => error.keyword !== 'if' && !branchRoots.some((root) => error.schemaPath.startsWith(root)),
  );
}

function toPlanError(raw: RawValidationError, allErrors: readonly RawValidationError[], annotations: AnnotationIndex): PlanError {
  const params: Record<string, unknown> = { ...raw.params };
  let instancePath = raw.instancePath;

  if (raw.keyword === 'required' && typeof raw.params.missingProperty === 'string') {
    instancePath = `${raw.instancePath}/${escapePointerSegment(raw.params.missingProperty)}`;
  }
  if (raw.keyword === 'oneOf' || raw.keyword === 'anyOf') {
    const allowedValues = branchConstants(raw, allErrors);
    if (allowedValues.length > 0) params.allowedValues = allowedValues;
  }

  const annotation = findMessageAnnotation(raw, annotations);
  if (annotation) Object.assign(params, annotation.params);
  return {
    instancePath,
    keyword: raw.keyword,
    params,
    messageKey: annotation?.key ?? raw.keyword,
    schemaPath: raw.schemaPath,
  };
}

// A oneOf of `const` branches is a list of choices; keep the choices so the message can name them.
function branchConstants(raw: RawValidationError, allErrors: readonly RawValidationError[]): unknown[] {
  const root = `${raw.schemaPath}/`;
  return allErrors
    .filter((error) => error.keyword === 'const' && error.instancePath === raw.instancePath && error.schemaPath.startsWith(root))
    .map((error) => error.params.allowedValue);
}

/** Finds the innermost `x-pgp-message` subschema that contains the failing keyword. */
export function findMessageAnnotation(raw: RawValidationError, annotations: AnnotationIndex): MessageAnnotation | undefined {
  const instanceSegments = pointerSegments(raw.instancePath);
  let best: MessageAnnotation | undefined;
  let bestLength = -1;

  for (const annotation of annotations.messages) {
    if (!annotation.instancePaths.some((location) => instanceLocationContains(location, instanceSegments))) continue;
    for (const schemaPath of annotation.schemaPaths) {
      const contains = raw.schemaPath === schemaPath || raw.schemaPath.startsWith(`${schemaPath}/`);
      if (contains && schemaPath.length > bestLength) {
        best = annotation;
        bestLength = schemaPath.length;
      }
    }
  }
  return best;
}
