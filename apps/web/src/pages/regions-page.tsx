import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RegionBrowser } from '../features/regions';

export function RegionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('kode') ?? 'ID';
  return (
    <Stack>
      <Title order={1}>{t('regions.title')}</Title>
      <RegionBrowser code={code} onNavigate={(next) => setParams(next === 'ID' ? {} : { kode: next })} />
    </Stack>
  );
}
