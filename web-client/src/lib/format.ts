/** Formatting for the reader's language (zh-CN or en). */
export function formatDistance(meters: number | null | undefined, language: string): string {
  if (meters == null) return '—';
  if (meters < 1000) return language === 'en' ? `${Math.round(meters)} m` : `${Math.round(meters)} 米`;
  const km = (meters / 1000).toFixed(meters < 10_000 ? 1 : 0);
  return language === 'en' ? `${km} km` : `${km} 公里`;
}

export function formatPercent(rate: number | null | undefined, language: string): string {
  if (rate == null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** A DateOnly (yyyy-MM-dd) as written in the reader's language, without a time-zone shift. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDays(days: number | null | undefined, language: string): string {
  if (days == null) return '—';
  const value = days.toFixed(days < 10 ? 1 : 0);
  return language === 'en' ? `${value} d` : `${value} 天`;
}

/** Today as a DateOnly in the viewer's time zone. */
export function todayIso(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
