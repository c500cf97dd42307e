/** Dates on the public page, written out as a board document would. */

// A board date is a calendar day: read it in UTC so no time zone moves it by one.
const BOARD_DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const LOCAL_DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** "May 12, 2027" for a 'YYYY-MM-DD' day or an ISO timestamp (the raw text when it cannot be read). */
export function longDay(iso: string): string {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(isDay ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (isDay ? BOARD_DAY : LOCAL_DAY).format(date);
}
