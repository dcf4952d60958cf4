import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n';

/** Toggles between Indonesian and English; the button is written in the language it offers. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const target = currentLanguage(i18n.language) === 'id' ? 'en' : 'id';
  const handleClick = () => void i18n.changeLanguage(target);
  return (
    <Button variant="default" size="xs" onClick={handleClick} lang={target} data-testid="language-switch">
      {target === 'en' ? 'English' : 'Bahasa Indonesia'}
    </Button>
  );
}
