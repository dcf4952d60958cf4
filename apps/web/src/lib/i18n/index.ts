import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { appealsTexts } from './features/appeals';
import { monitoringTexts } from './features/monitoring';
import { newsTexts } from './features/news';
import { outreachTexts } from './features/outreach';
import { registryTexts } from './features/registry';

// Feature namespaces live in ./features/ so that each feature's texts stay in one small file.
const FEATURES = {
  registry: registryTexts,
  appeals: appealsTexts,
  outreach: outreachTexts,
  news: newsTexts,
  monitoring: monitoringTexts,
};
function withFeatures<T extends object>(base: T, language: 'id' | 'en'): T {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [name, texts] of Object.entries(FEATURES)) merged[name] = texts[language];
  return merged as T;
}

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
    resources: {
      id: { translation: withFeatures(id, 'id') },
      en: { translation: withFeatures(en, 'en') },
    },
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
