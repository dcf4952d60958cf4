import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { useErrorText } from '../../../lib/use-error-text';
import { formatDateTime } from '../../../lib/format';
import { useRevokeOtherSessions, useRevokeSession, useSessions } from '../api/sessions-query';

export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();

  return (
    <Stack component="section" aria-labelledby="sessions-title">
      <Title order={2} size="h3" id="sessions-title">
        {t('security.sessions')}
      </Title>
      <ErrorAlert message={errors.message(sessions.error ?? revoke.error ?? revokeOthers.error)} />
      <ScrollTable minWidth={680} caption={t('security.sessions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('security.device')}</Table.Th>
            <Table.Th>{t('security.ip')}</Table.Th>
            <Table.Th>{t('security.created')}</Table.Th>
            <Table.Th>{t('security.lastActive')}</Table.Th>
            <Table.Th>{t('security.expires')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(sessions.data ?? []).map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>{session.userAgent ?? t('security.unknownDevice')}</Table.Td>
              <Table.Td>{session.ipAddress ?? t('common.none')}</Table.Td>
              <Table.Td>{formatDateTime(session.createdAt, i18n.language)}</Table.Td>
              <Table.Td>{formatDateTime(session.lastActiveAt, i18n.language)}</Table.Td>
              <Table.Td>{formatDateTime(session.expiresAt, i18n.language)}</Table.Td>
              <Table.Td>
                {session.isCurrent ? (
                  <Text size="sm" fw={700} c="blue.9">
                    {t('security.current')}
                  </Text>
                ) : (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    loading={revoke.isPending && revoke.variables === session.id}
                    onClick={() => revoke.mutate(session.id)}
                  >
                    {t('security.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Button
        variant="outline"
        color="red.9"
        loading={revokeOthers.isPending}
        onClick={() => revokeOthers.mutate()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('security.revokeOthers')}
      </Button>
    </Stack>
  );
}
