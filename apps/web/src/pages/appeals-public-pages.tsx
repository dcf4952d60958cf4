import { Anchor, Card, Center, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  AcknowledgeForm,
  AppealBodyView,
  useOpenLink,
  usePublicAppeal,
  usePublicAppeals,
} from '../features/appeals';
import { useErrorText } from '../lib/use-error-text';
import { ErrorAlert } from '../ui/error-alert';
import { PageTitle } from '../ui/page-title';
import { Pager } from '../ui/pager';

export function PublicAppealsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const appeals = usePublicAppeals(page);
  return (
    <Stack>
      <PageTitle>{t('appeals.public.title')}</PageTitle>
      <Text>{t('appeals.public.intro')}</Text>
      <Anchor component={Link} to="/imbauan/konfirmasi">
        {t('appeals.public.confirmLink')}
      </Anchor>
      {appeals.data?.items.length === 0 && <Text>{t('appeals.public.empty')}</Text>}
      {appeals.data?.items.map((a) => (
        <Card key={a.id} withBorder>
          <Anchor component={Link} to={`/imbauan/${a.id}`} fw={600}>
            {a.subject}
          </Anchor>
          <Text size="sm">
            {a.organizationName} · {a.number} · {a.letterDate}
          </Text>
        </Card>
      ))}
      {appeals.data && <Pager page={page} pageSize={20} total={appeals.data.total} onChange={setPage} />}
    </Stack>
  );
}

export function PublicAppealPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const appeal = usePublicAppeal(id);
  const errors = useErrorText();
  const a = appeal.data;
  return (
    <Stack>
      <PageTitle>{a?.subject ?? t('appeals.public.title')}</PageTitle>
      <ErrorAlert message={errors.message(appeal.error)} />
      {a && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text>
              {a.organizationName} · {a.number} · {a.letterDate}
            </Text>
            <Text>Yth. {a.addressees.join('; ')}</Text>
            <AppealBodyView body={a.body} />
            {a.legalReferences.length > 0 && (
              <>
                <Title order={2} size="h5">
                  {t('appeals.public.legalBasis')}
                </Title>
                <List size="sm">
                  {a.legalReferences.map((r) => (
                    <List.Item key={r.id}>{r.citation}</List.Item>
                  ))}
                </List>
              </>
            )}
            <Text>
              {a.signatoryPosition} — <strong>{a.signatoryName}</strong>
            </Text>
            <Anchor href={`/api/public/appeals/${a.id}/letter.pdf`} download>
              {t('appeals.public.download')}
            </Anchor>
            {a.code && (
              <Anchor component={Link} to={`/imbauan/konfirmasi?kode=${a.code}`}>
                {t('appeals.public.confirmLink')}
              </Anchor>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** /imbauan/konfirmasi/:token (personal link) and /imbauan/konfirmasi (code + NIP); mobile first. */
export function AcknowledgePage() {
  const { t } = useTranslation();
  const { token } = useParams();
  const opened = useOpenLink(token);
  const errors = useErrorText();
  const codeFromUrl = new URLSearchParams(window.location.search).get('kode') ?? '';
  const state = opened.data;
  return (
    <Stack maw={560} mx="auto" w="100%">
      <PageTitle>{t('appeals.ack.title')}</PageTitle>
      <Text>{t('appeals.ack.intro')}</Text>
      {token && opened.isLoading && (
        <Center>
          <Loader />
        </Center>
      )}
      <ErrorAlert message={errors.message(opened.error)} />
      {state && (
        <Paper withBorder p="md">
          <Text fw={600}>{state.appeal.subject}</Text>
          <Text size="sm">
            {state.appeal.organizationName} · {state.appeal.number}
          </Text>
          {state.recipient && (
            <Text size="sm">
              {t('appeals.ack.forRecipient', {
                name: state.recipient.maskedName,
                agency: state.recipient.agencyName,
              })}
            </Text>
          )}
          <Anchor href={`/api/public/appeals/${state.appeal.id}/letter.pdf`} download size="sm">
            {t('appeals.public.download')}
          </Anchor>
        </Paper>
      )}
      {(!token || state) && (
        <AcknowledgeForm
          token={token}
          state={state ?? (codeFromUrl ? ({ appeal: { code: codeFromUrl } } as never) : undefined)}
        />
      )}
    </Stack>
  );
}
