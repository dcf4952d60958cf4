import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useRaiseFinding, useStaffTips, type StaffTip } from '../api/case-work-api';
import { PromoteModal } from './promote-modal';

const PAGE_SIZE = 20;

function RaiseFinding({ tip, onClose }: { tip: StaffTip; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const raise = useRaiseFinding(tip.id);
  return (
    <PromoteModal
      title={t('caseWork.tips.raiseTitle', { code: tip.receiptCode })}
      dateLabel={t('caseWork.tips.foundOn')}
      noteRequired
      error={raise.error}
      isPending={raise.isPending}
      onClose={onClose}
      onSubmit={(foundOn, note) =>
        raise.mutate({ foundOn, note }, { onSuccess: (r) => void navigate(`/perkara/${r.caseId}`) })
      }
    />
  );
}

/** Informasi awal for handling staff: newest first; one can be investigated and raised as a finding. */
export function StaffTips({ canHandle }: { canHandle: boolean }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [raising, setRaising] = useState<StaffTip | null>(null);
  const list = useStaffTips(page, PAGE_SIZE);
  return (
    <Stack>
      <ErrorAlert message={errorText.message(list.error)} />
      {list.data && list.data.items.length === 0 && <Text>{t('caseWork.tips.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={760} caption={t('caseWork.tips.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('caseWork.tips.received')}</Table.Th>
              <Table.Th>{t('caseWork.tips.information')}</Table.Th>
              <Table.Th>{t('cases.region')}</Table.Th>
              <Table.Th>{t('cases.statusLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((tip) => (
              <Table.Tr key={tip.id}>
                <Table.Td>
                  {formatDateTime(tip.receivedAt, i18n.language)}
                  <Text size="xs">{tip.receiptCode}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={4}>
                    {tip.whatHappened}
                  </Text>
                  {tip.links.map((link) => (
                    <Text key={link} size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {link}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{[tip.place, tip.regionCode].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>
                  {tip.findingCaseId ? (
                    <Anchor component={Link} to={`/perkara/${tip.findingCaseId}`}>
                      {t('caseWork.tips.findingRaised')}
                    </Anchor>
                  ) : canHandle ? (
                    <Button size="compact-sm" variant="outline" onClick={() => setRaising(tip)}>
                      {t('caseWork.tips.raise')}
                    </Button>
                  ) : (
                    <Badge variant="light" c="gray.9">
                      {t(`caseWork.tips.status.${tip.status}`)}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
      {raising && <RaiseFinding tip={raising} onClose={() => setRaising(null)} />}
    </Stack>
  );
}
