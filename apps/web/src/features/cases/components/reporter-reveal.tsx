import { Alert, Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useRevealReporter } from '../api/cases-api';

/** The reporter's identity, fetched only on request with a reason; each look is audited. */
export function ReporterReveal({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reveal = useRevealReporter(caseId);
  const [isAsking, setIsAsking] = useState(false);
  const [reason, setReason] = useState('');
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    reveal.mutate(reason.trim());
  };
  const identity = reveal.data;
  if (identity)
    return (
      <Stack gap="xs">
        <Alert color="yellow" variant="light">
          {t('cases.reporter.audited')}
        </Alert>
        <Table>
          <Table.Tbody>
            {(['name', 'nik', 'address', 'phone', 'email'] as const).map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">
                  {t(key === 'email' ? 'cases.reporter.email' : `cases.form.${key}`)}
                </Table.Th>
                <Table.Td>{identity[key] ?? t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('cases.form.category')}</Table.Th>
              <Table.Td>{t(`cases.category.${identity.category}`)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Stack>
    );
  if (!isAsking)
    return (
      <Group>
        <Button variant="default" onClick={() => setIsAsking(true)}>
          {t('cases.reporter.show')}
        </Button>
      </Group>
    );
  return (
    <form onSubmit={handleSubmit}>
      <Stack gap="xs">
        <Alert color="yellow" variant="light">
          {t('cases.reporter.warning')}
        </Alert>
        <TextInput
          label={t('cases.reporter.reason')}
          required
          minLength={5}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errorText.field(reveal.error, 'reason')}
        />
        <ErrorAlert message={errorText.message(reveal.error)} />
        <Group>
          <Button type="submit" color="orange" loading={reveal.isPending}>
            {t('cases.reporter.confirm')}
          </Button>
          <Button variant="default" onClick={() => setIsAsking(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
