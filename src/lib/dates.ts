const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "27 November 2026": unambiguous for readers everywhere. */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** "2026-11-27", for `<time datetime>` and machine-readable output. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
