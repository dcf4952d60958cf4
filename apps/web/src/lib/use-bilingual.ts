import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

export type Bilingual = { id: string; en: string };

/** Picks the half of a server's bilingual text that matches the current language. */
export function useBilingual(): (text: Bilingual) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  return (text) => text[language];
}
