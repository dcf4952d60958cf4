import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useMe } from '../features/auth';
import { ErrorAlert } from '../ui/error-alert';

/** Hides a page the server would refuse anyway; the server's `abilities` decide. */
export function RequireAbility({ ability, children }: { ability: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data && !me.data.abilities[ability]) {
    return (
      <Stack>
        <PageTitle>{t('errors.forbiddenPage')}</PageTitle>
        <ErrorAlert message={t('errors.forbiddenPage')} />
      </Stack>
    );
  }
  return <>{children}</>;
}
