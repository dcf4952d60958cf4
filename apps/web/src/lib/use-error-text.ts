import { useTranslation } from 'react-i18next';
import { ApiError } from './api-error';
import { currentLanguage } from './i18n';

/** Server field messages are written "Indonesian / English"; pick the half for the language. */
export function localizeBilingual(message: string, language: string): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return currentLanguage(language) === 'en' ? parts[1]! : parts[0]!;
}

/** Turns any thrown error into the specific message to show, in the current language. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  return {
    message(error: unknown): string | undefined {
      if (!error) return undefined;
      if (error instanceof ApiError) {
        if (error.localized) return error.localized[language];
        const key = `errors.auth.${error.code}`;
        if (i18n.exists(key)) return t(key);
        if (error.status === 429) return t('errors.auth.TOO_MANY_REQUESTS');
        return t('errors.unknown');
      }
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.unknown');
    },
    field(error: unknown, field: string): string | undefined {
      if (!(error instanceof ApiError)) return undefined;
      const raw = error.fieldMessage(field);
      if (!raw) return undefined;
      // Generic validator messages come in English only; Indonesian readers get our own text.
      if (!raw.includes(' / ') && language === 'id') return t('errors.invalidField');
      return localizeBilingual(raw, i18n.language);
    },
  };
}
