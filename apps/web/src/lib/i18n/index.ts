import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'netra.lang';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Keeps `<html lang>` and localStorage in step with the i18next language. */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the language still applies to this page.
  }
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLanguage(lng);
  i18next.on('languageChanged', applyLanguage);
  return i18next;
}

export function currentLanguage(language: string): Language {
  return language.startsWith('en') ? 'en' : 'id';
}
