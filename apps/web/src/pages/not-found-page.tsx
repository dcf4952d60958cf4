import { Anchor, Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('errors.notFoundPage')}</PageTitle>
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
    </Stack>
  );
}
