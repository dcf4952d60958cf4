import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../features/auth';
import { AsnRecordView, AsnSearch, RegistryUpload } from '../features/registry';
import { PageTitle } from '../ui/page-title';

/** /pemantauan/registri: import (asn.manage), search. */
export function RegistryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const region = me.data?.memberships[0]?.regionCode ?? '14.03';
  return (
    <Stack>
      <PageTitle>{t('registry.title')}</PageTitle>
      <Text>{t('registry.intro')}</Text>
      {me.data?.abilities['asn.manage'] && <RegistryUpload defaultRegion={region} />}
      <AsnSearch />
    </Stack>
  );
}

/** /pemantauan/registri/:id: one record; accounts only on request (audited). */
export function AsnRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Stack>
      <PageTitle>{t('registry.record.title')}</PageTitle>
      <AsnRecordView id={id} />
    </Stack>
  );
}
