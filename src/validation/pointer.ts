// JSON Pointer helpers shared by the error mapping and the annotation walk.

/** Tells whether an annotation's instance location contains the given instance path. */
export function instanceLocationContains(location: string[], instanceSegments: string[]): boolean {
  if (location.length > instanceSegments.length) return false;
  return location.every((segment, index) => segment === '*' || segment === instanceSegments[index]);
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Splits a JSON Pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
