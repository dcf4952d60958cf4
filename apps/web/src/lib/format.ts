import { currentLanguage } from './i18n';

const locales = { id: 'id-ID', en: 'en-GB' } as const;

export function formatDateTime(value: string | Date, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locales[currentLanguage(language)], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locales[currentLanguage(language)]).format(value);
}
