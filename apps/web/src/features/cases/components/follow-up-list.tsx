import { Anchor, Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useFollowUps } from '../api/follow-up-api';

const PAGE_SIZE = 20;

/** Cases forwarded to the signed-in agency HR / police liaison's own organisation, oldest first. */
export function FollowUpList() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [state, setState] = useState('open');
  const [page, setPage] = useState(1);
  const list = useFollowUps(state, page, PAGE_SIZE);
  return (
    <Stack>
      <SegmentedControl
        aria-label={t('caseWork.followUp.filter')}
        value={state}
        onChange={(v) => {
          setState(v);
          setPage(1);
        }}
        data={['open', 'recorded', 'all'].map((s) => ({
          value: s,
          label: t(`caseWork.followUp.state.${s}`),
        }))}
      />
      <ErrorAlert message={errorText.message(list.error)} />
      {list.data && list.data.items.length === 0 && <Text>{t('caseWork.followUp.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={760} caption={t('caseWork.followUp.listCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.case')}</Table.Th>
              <Table.Th>{t('caseWork.followUp.kind')}</Table.Th>
              <Table.Th>{t('caseWork.followUp.letter')}</Table.Th>
              <Table.Th>{t('caseWork.followUp.forwardedAt')}</Table.Th>
              <Table.Th>{t('caseWork.followUp.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/tindak-lanjut/${f.id}`}>
                    {f.registerNumber ?? f.summary}
                  </Anchor>
                  <Text size="xs" c="gray.8">
                    {f.summary} · {f.regionName}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`cases.option.violationKinds.${f.kind}`)}</Table.Td>
                <Table.Td>{f.letterNumber ?? t('common.none')}</Table.Td>
                <Table.Td>{formatDateTime(f.forwardedAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <FollowUpStatusBadge forwarding={f} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
    </Stack>
  );
}

export function FollowUpStatusBadge({
  forwarding,
}: {
  forwarding: { followUpOverdue: boolean; dispositionFollowedUp: boolean };
}) {
  const { t } = useTranslation();
  if (forwarding.dispositionFollowedUp)
    return (
      <Badge variant="light" color="green" c="gray.9">
        {t('caseWork.followUp.recorded')}
      </Badge>
    );
  return forwarding.followUpOverdue ? (
    <Badge variant="filled" color="red.9" data-testid="follow-up-overdue">
      {t('caseWork.followUp.overdue')}
    </Badge>
  ) : (
    <Badge variant="light" color="orange" c="gray.9">
      {t('caseWork.followUp.waiting')}
    </Badge>
  );
}
