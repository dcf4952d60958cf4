const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "5 Okt 2026 09.00 WIB": the wall-clock time of the village, never converted to the viewer's zone. */
export function localTimeText(localStart: string, timeZone: string, language: string): string {
  const [date, time] = localStart.split('T');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
  return `${day} ${time ?? ''} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}
