import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RegionBrowser } from '../features/regions';

export function RegionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('kode') ?? 'ID';
  return (
    <Stack>
      <PageTitle>{t('regions.title')}</PageTitle>
      <RegionBrowser code={code} onNavigate={(next) => setParams(next === 'ID' ? {} : { kode: next })} />
    </Stack>
  );
}
