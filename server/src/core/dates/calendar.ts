// Pure proleptic-Gregorian calendar arithmetic on plain {y, m, d} triples (no Date time zones).

export interface Ymd { y: number; m: number; d: number }

export function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01. */
export function toDays({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n);
}

/** 1 = Monday .. 7 = Sunday. */
export function weekdayOf(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: { year, week }. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - weekdayOf(a));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

/** The Monday of ISO 8601 week w of year y (the week with the year's first Thursday is 1). */
export function mondayOfWeek(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekdayOf(jan4) + 7 * (w - 1));
}

export function formatYmd(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function formatWeek(a: Ymd): string {
  const { year, week } = isoWeek(a);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function parseYmd(s: string | undefined): Ymd | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  const r = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidYmd(r.y, r.m, r.d) ? r : undefined;
}

/** Compares (m, d) pairs within a year: negative when a is earlier. */
export function cmpMonthDay(am: number, ad: number, bm: number, bd: number): number {
  return am !== bm ? am - bm : ad - bd;
}
