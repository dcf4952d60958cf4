import { Anchor, Button, Checkbox, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { AppModal } from '../../../ui/app-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useDistribute, useRecipientOptions } from '../api/appeals-api';

/** Sends the issued letter to the Sekda and agencies and targets their ASN; may be repeated. */
export function DistributionDialog({
  appealId,
  opened,
  onClose,
}: {
  appealId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const options = useRecipientOptions(appealId, opened);
  const distribute = useDistribute(appealId);
  const [recipients, setRecipients] = useState<string[]>([]);
  const [agencies, setAgencies] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>(['PNS', 'PPPK']);
  const [regions, setRegions] = useState('');
  const [validDays, setValidDays] = useState<number | string>(30);
  const [threshold, setThreshold] = useState<number | string>(80);
  const candidates = options.data?.candidates ?? [];
  const send = () =>
    distribute.mutate({
      organizationIds: recipients,
      agencyOrganizationIds: agencies,
      asnTypes: types as ('PNS' | 'PPPK')[],
      regionCodes: regions
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
      validDays: Number(validDays),
      reminderThresholdPercent: Number(threshold),
    });
  return (
    <AppModal opened={opened} onClose={onClose} title={t('appeals.distribution.title')} size="lg">
      <Stack>
        <Checkbox.Group
          label={t('appeals.distribution.recipients')}
          value={recipients}
          onChange={setRecipients}
        >
          <Stack gap={4} mt={4}>
            {candidates.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group label={t('appeals.distribution.agencies')} value={agencies} onChange={setAgencies}>
          <Stack gap={4} mt={4}>
            {candidates
              .filter((c) => c.type !== 'pemda_sekda')
              .map((c) => (
                <Checkbox
                  key={c.id}
                  value={c.id}
                  label={`${c.name} — ${t('appeals.distribution.asnCount', { count: c.asnCount })}`}
                />
              ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group label={t('appeals.distribution.asnTypes')} value={types} onChange={setTypes}>
          <Group mt={4}>
            <Checkbox value="PNS" label="PNS" />
            <Checkbox value="PPPK" label="PPPK" />
          </Group>
        </Checkbox.Group>
        <TextInput
          label={t('appeals.distribution.regions')}
          value={regions}
          onChange={(e) => setRegions(e.currentTarget.value)}
        />
        <Group grow>
          <NumberInput
            label={t('appeals.distribution.validDays')}
            min={1}
            max={365}
            value={validDays}
            onChange={setValidDays}
          />
          <NumberInput
            label={t('appeals.distribution.threshold')}
            min={0}
            max={100}
            value={threshold}
            onChange={setThreshold}
          />
        </Group>
        {options.data && options.data.recipients.length > 0 && (
          <Text size="sm">
            {t('appeals.distribution.sentTo')}: {options.data.recipients.map((r) => r.name).join(', ')}
          </Text>
        )}
        <ErrorAlert message={errors.message(distribute.error)} />
        {distribute.data && (
          <SuccessAlert
            message={t('appeals.distribution.result', {
              count: distribute.data.targetsAdded,
              mailed: distribute.data.mailed,
            })}
          />
        )}
        {distribute.data && distribute.data.linksWithoutContact.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('appeals.distribution.linksOnce')}
            </Text>
            <ScrollTable minWidth={520} caption={t('appeals.distribution.linksOnce')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('appeals.coverage.agency')}</Table.Th>
                  <Table.Th>NIP</Table.Th>
                  <Table.Th>{t('appeals.distribution.name')}</Table.Th>
                  <Table.Th>{t('appeals.distribution.link')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {distribute.data.linksWithoutContact.map((l) => (
                  <Table.Tr key={l.link}>
                    <Table.Td>{l.agencyName}</Table.Td>
                    <Table.Td>{l.nip}</Table.Td>
                    <Table.Td>{l.name}</Table.Td>
                    <Table.Td>
                      <Anchor href={l.link} target="_blank" rel="noreferrer" size="sm">
                        {t('appeals.distribution.personalLink', { name: l.name })}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={send} loading={distribute.isPending}>
            {t('appeals.distribution.send')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
