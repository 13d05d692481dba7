// Reading loosely typed plan values and formatting them for display. A plan passed in need not be
// valid, so every reader accepts any value and returns undefined for one it cannot show.

export type Row = Record<string, unknown>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the objects in an array value, skipping anything else; an absent value gives none. */
export function rowsIn(value: unknown): Row[] {
  return Array.isArray(value) ? value.filter(isRow) : [];
}

/** Returns a value as display text: a non-blank string or a finite number, else undefined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value.trim() === '' ? undefined : value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return undefined;
}

/** Joins the parts of a `{ first, middle, last }` name; returns undefined when all are blank. */
export function personName(name: unknown): string | undefined {
  if (!isRow(name)) {
    return textOf(name);
  }
  const parts = [name.first, name.middle, name.last].map(textOf).filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Formatters bound to one locale, so a render builds each `Intl` object once. */
export interface Formatters {
  locale: string;
  /** Formats a stored `YYYY-MM-DD` as that calendar day; other text is returned as it is. */
  date(value: unknown): string | undefined;
  /** Formats an RFC 3339 date-time in the reader's time zone; other text is returned as it is. */
  dateTime(value: unknown): string | undefined;
  number(value: number): string;
  fileSize(bytes: unknown): string | undefined;
}

export function createFormatters(locale: string): Formatters {
  // A stored date is a calendar day, not an instant. Formatting it as midnight UTC in UTC keeps
  // readers west of Greenwich from seeing the day before.
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

  return {
    locale,
    date: (value) => {
      const day = calendarDay(value);
      return day ? dateFormat.format(day) : textOf(value);
    },
    dateTime: (value) => {
      const instant = typeof value === 'string' && value.includes('T') ? new Date(value) : undefined;
      return instant && !Number.isNaN(instant.getTime()) ? dateTimeFormat.format(instant) : textOf(value);
    },
    number: (value) => numberFormat.format(value),
    fileSize: (bytes) => {
      if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) {
        return undefined;
      }
      return bytes < 1024 * 1024 ? kilobytes.format(Math.max(1, Math.round(bytes / 1024))) : megabytes.format(bytes / (1024 * 1024));
    },
  };
}

/** Returns the UTC midnight of a real `YYYY-MM-DD` day, or undefined (so 2024-02-30 is not a day). */
function calendarDay(value: unknown): Date | undefined {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const sameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return sameDay ? date : undefined;
}

/**
 * Returns a URL that is safe to put in `href`: one that resolves against the page to `http:` or
 * `https:`. Returns undefined for any other scheme (`javascript:`, `data:`) and for text that is
 * not a URL. Resolving it, rather than matching its text, catches tricks such as `java\tscript:`,
 * which browsers read as `javascript:`.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') {
    return undefined;
  }
  try {
    const resolved = new URL(url.trim(), document.baseURI);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}
