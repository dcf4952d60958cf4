import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { RegionPicker } from '../../regions';
import {
  useFileSupervisionResult,
  usePromoteSupervisionResult,
  useSupervisionResults,
  type SupervisionResult,
} from '../api/case-work-api';
import { PromoteModal } from './promote-modal';

const PAGE_SIZE = 20;
const EMPTY = {
  officerPosition: '',
  assignmentLetterNumber: '',
  stageSupervised: '',
  supervised: '',
  narrative: '',
  supervisedOn: new Date().toISOString().slice(0, 10),
};

/** Form A (Laporan Hasil Pengawasan) for field supervisors; field errors keep what was typed. */
export function SupervisionResultForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const file = useFileSupervisionResult();
  const [values, setValues] = useState(EMPTY);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [suspected, setSuspected] = useState(false);
  const [saved, setSaved] = useState(false);
  const text = (name: keyof typeof EMPTY) => ({
    value: values[name],
    onChange: (e: { currentTarget: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: e.currentTarget.value })),
    error: errorText.field(file.error, name),
    label: t(`caseWork.formA.${name}`),
    required: true,
  });
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    file.mutate(
      { ...values, regionCode: regionCode ?? '', suspectedViolation: suspected },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setSuspected(false);
          setSaved(true);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h3" mb="sm">
        {t('caseWork.formA.newTitle')}
      </Title>
      <form onSubmit={handleSubmit}>
        <Stack>
          <RegionPicker
            value={regionCode}
            onChange={setRegionCode}
            error={errorText.field(file.error, 'regionCode')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('officerPosition')} />
            <TextInput {...text('assignmentLetterNumber')} />
            <TextInput {...text('stageSupervised')} />
            <TextInput type="date" {...text('supervisedOn')} />
          </SimpleGrid>
          <TextInput {...text('supervised')} />
          <Textarea autosize minRows={4} {...text('narrative')} />
          <Checkbox
            label={t('caseWork.formA.suspectedViolation')}
            checked={suspected}
            onChange={(e) => setSuspected(e.currentTarget.checked)}
          />
          <ErrorAlert message={errorText.message(file.error)} />
          <SuccessAlert message={saved ? t('caseWork.formA.saved') : undefined} />
          <Group justify="flex-end">
            <Button type="submit" loading={file.isPending}>
              {t('caseWork.formA.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Promote({ result, onClose }: { result: SupervisionResult; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const promote = usePromoteSupervisionResult(result.id);
  return (
    <PromoteModal
      title={t('caseWork.formA.promoteTitle')}
      dateLabel={t('caseWork.formA.plenaryHeldOn')}
      noteRequired={false}
      error={promote.error}
      isPending={promote.isPending}
      onClose={onClose}
      onSubmit={(plenaryHeldOn, note) =>
        promote.mutate(
          { plenaryHeldOn, ...(note ? { note } : {}) },
          { onSuccess: (r) => void navigate(`/perkara/${r.caseId}`) },
        )
      }
    />
  );
}

/** Filed Form A results; one with a suspected violation is promoted to a finding after the plenary. */
export function SupervisionResultList() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [promoting, setPromoting] = useState<SupervisionResult | null>(null);
  const list = useSupervisionResults(page, PAGE_SIZE);
  return (
    <Stack>
      <ErrorAlert message={errorText.message(list.error)} />
      {list.data && list.data.items.length === 0 && <Text>{t('caseWork.formA.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={760} caption={t('caseWork.formA.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('caseWork.formA.supervisedOn')}</Table.Th>
              <Table.Th>{t('caseWork.formA.supervised')}</Table.Th>
              <Table.Th>{t('caseWork.formA.officer')}</Table.Th>
              <Table.Th>{t('caseWork.formA.finding')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.supervisedOn}</Table.Td>
                <Table.Td>
                  {r.supervised}
                  <Text size="xs" lineClamp={3}>
                    {r.narrative}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.officerName}
                  <Text size="xs">
                    {r.officerPosition} · {r.assignmentLetterNumber}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.findingCaseId ? (
                    <Anchor component={Link} to={`/perkara/${r.findingCaseId}`}>
                      {t('caseWork.formA.findingCase')}
                    </Anchor>
                  ) : r.canPromote ? (
                    <Button size="compact-sm" variant="outline" onClick={() => setPromoting(r)}>
                      {t('caseWork.formA.promote')}
                    </Button>
                  ) : (
                    t(r.suspectedViolation ? 'caseWork.formA.suspected' : 'caseWork.formA.noViolation')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
      {promoting && <Promote result={promoting} onClose={() => setPromoting(null)} />}
    </Stack>
  );
}
