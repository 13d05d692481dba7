/** Outcome of reading a typed amount: a number, nothing, or text that must not be stored as a guess. */
export type ParsedDecimal =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'ambiguous'; asThousands: number; asDecimal: number }
  | { kind: 'invalid' };

const PLAIN_DIGITS = /^\d+$/;
const ONE_SEPARATOR = /^(\d*)([.,])(\d+)$/;
const GROUPED = /^\d{1,3}(?:([.,])\d{3})+$/;
const GROUPED_WITH_DECIMAL = /^(\d{1,3}(?:([.,])\d{3})*)([.,])(\d+)$/;

/**
 * Reads an amount typed with a decimal comma or a decimal point, so "1,5" and "1.5" both give 1.5.
 *
 * One separator followed by exactly three digits after a non-zero whole part ("1,500", "1.500")
 * is reported as ambiguous, because it reads as a thousands group in English and as a decimal in
 * Spanish. A separator used twice ("1,500,000") or both separators ("1.500,5") are unambiguous.
 * Negative amounts, spaces inside the number and letters are invalid.
 */
export function parseDecimal(text: string): ParsedDecimal {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { kind: 'empty' };
  }

  if (PLAIN_DIGITS.test(trimmed)) {
    return { kind: 'number', value: Number(trimmed) };
  }

  const single = ONE_SEPARATOR.exec(trimmed);
  if (single) {
    return readSingleSeparator(single[1], single[3]);
  }

  const grouped = GROUPED.exec(trimmed);
  if (grouped) {
    return { kind: 'number', value: Number(trimmed.replaceAll(grouped[1], '')) };
  }

  const mixed = GROUPED_WITH_DECIMAL.exec(trimmed);
  if (mixed && mixed[2] !== undefined && mixed[2] !== mixed[3]) {
    const whole = mixed[1].replaceAll(mixed[2], '');
    return { kind: 'number', value: Number(`${whole}.${mixed[4]}`) };
  }

  return { kind: 'invalid' };
}

function readSingleSeparator(whole: string, fraction: string): ParsedDecimal {
  const asDecimal = Number(`${whole || '0'}.${fraction}`);
  const wholeIsZero = whole === '' || Number(whole) === 0;

  if (fraction.length === 3 && !wholeIsZero && whole.length <= 3) {
    return { kind: 'ambiguous', asThousands: Number(`${whole}${fraction}`), asDecimal };
  }
  return { kind: 'number', value: asDecimal };
}
