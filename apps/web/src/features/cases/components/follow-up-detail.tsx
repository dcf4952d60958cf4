import {
  Anchor,
  Button,
  FileInput,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { FOLLOW_UP_DECISIONS, SANCTION_LEVELS } from '@netra/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { PageTitle } from '../../../ui/page-title';
import { SuccessAlert } from '../../../ui/success-alert';
import {
  useFollowUp,
  useRecordFollowUp,
  useUploadDecisionDocument,
  type FollowUpDetail as Detail,
} from '../api/follow-up-api';
import { useStatusLabel } from '../lib/status';
import { FollowUpStatusBadge } from './follow-up-list';
import { FollowUpOutcomeText } from './case-forwardings';
import { ExecutionSection } from './follow-up-execution';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Text size="sm">
    <b>{label}:</b> {children}
  </Text>
);

/** The decision form: a sanction per PP 94/2021 or PP 42/2004, or none with a reason. */
function DecisionForm({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const record = useRecordFollowUp(detail.id);
  const isCrime = detail.kind === 'criminal';
  const decisions = FOLLOW_UP_DECISIONS.filter((d) =>
    isCrime ? d !== 'sanctioned' : d !== 'prosecuted' && d !== 'dismissed',
  );
  const [decision, setDecision] = useState<string | null>(isCrime ? 'prosecuted' : 'sanctioned');
  const [sanctionLevel, setSanctionLevel] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [letterNumber, setLetterNumber] = useState('');
  const [letterDate, setLetterDate] = useState('');
  const [lateReason, setLateReason] = useState('');
  const field = (name: string) => errorText.field(record.error, name);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({
      expectedVersion: detail.case.version,
      decision: decision ?? '',
      ...(decision === 'sanctioned' && sanctionLevel ? { sanctionLevel } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      decisionLetterNumber: letterNumber.trim(),
      decisionLetterDate: letterDate,
      ...(lateReason.trim() ? { lateReason: lateReason.trim() } : {}),
    });
  };

  return (
    <form onSubmit={handleSubmit}>
      <Stack>
        <Select
          label={t('caseWork.followUp.decision')}
          required
          allowDeselect={false}
          data={decisions.map((d) => ({ value: d, label: t(`caseWork.followUp.decisions.${d}`) }))}
          value={decision}
          onChange={setDecision}
        />
        {decision === 'sanctioned' && (
          <Select
            label={t('caseWork.followUp.sanctionLevel')}
            description={t('caseWork.followUp.sanctionLevelHelp')}
            required
            data={SANCTION_LEVELS.map((s) => ({ value: s, label: t(`caseWork.followUp.sanctions.${s}`) }))}
            value={sanctionLevel}
            onChange={setSanctionLevel}
            error={field('sanctionLevel')}
          />
        )}
        {decision !== 'sanctioned' && (
          <Textarea
            label={t('caseWork.followUp.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={field('reason')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('caseWork.followUp.letterNumber')}
            required
            value={letterNumber}
            onChange={(e) => setLetterNumber(e.currentTarget.value)}
            error={field('decisionLetterNumber')}
          />
          <TextInput
            type="date"
            label={t('caseWork.followUp.letterDate')}
            required
            value={letterDate}
            onChange={(e) => setLetterDate(e.currentTarget.value)}
            error={field('decisionLetterDate')}
          />
        </SimpleGrid>
        {detail.followUpOverdue && (
          <TextInput
            label={t('caseWork.followUp.lateReason')}
            value={lateReason}
            onChange={(e) => setLateReason(e.currentTarget.value)}
          />
        )}
        <ErrorAlert message={errorText.message(record.error)} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('caseWork.followUp.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DocumentUpload({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const upload = useUploadDecisionDocument(detail.id);
  const [file, setFile] = useState<File | null>(null);
  return (
    <Stack>
      {detail.document && <SuccessAlert message={t('caseWork.followUp.documentStored')} />}
      <Group align="flex-end" wrap="wrap">
        <FileInput
          label={t('caseWork.followUp.document')}
          description={t('caseWork.followUp.documentHelp')}
          accept="application/pdf,image/jpeg,image/png"
          value={file}
          onChange={setFile}
          clearable
          w={320}
        />
        <Button
          variant="outline"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
        >
          {t('caseWork.followUp.upload')}
        </Button>
      </Group>
      <ErrorAlert message={errorText.message(upload.error)} />
    </Stack>
  );
}

/** One forwarded case for its receiving organisation: facts, letter, recommendation, the decision. */
export function FollowUpDetailView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const statusLabel = useStatusLabel();
  const query = useFollowUp(id);
  const detail = query.data;
  if (query.isPending) return <Loader />;
  if (!detail)
    return (
      <Stack>
        <PageTitle>{t('caseWork.followUp.detailTitle')}</PageTitle>
        <ErrorAlert message={errorText.message(query.error)} />
      </Stack>
    );
  const party = detail.case.reportedParty;
  return (
    <Stack>
      <Anchor component={Link} to="/tindak-lanjut">
        {t('caseWork.followUp.backToList')}
      </Anchor>
      <PageTitle>{detail.case.registerNumber ?? detail.case.summary}</PageTitle>
      <Group gap="xs">
        <FollowUpStatusBadge forwarding={detail} />
        <Text size="sm">
          {t('caseWork.followUp.dueAt')}: {formatDateTime(detail.followUpDueAt, i18n.language)}
        </Text>
      </Group>
      <Section title={t('caseWork.followUp.caseSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Field label={t('cases.statusLabel')}>{statusLabel(detail.case.status)}</Field>
          <Field label={t('cases.region')}>{detail.case.regionName}</Field>
          <Field label={t('caseWork.followUp.conduct')}>{detail.case.summary}</Field>
          <Field label={t('caseWork.followUp.kind')}>{t(`cases.option.violationKinds.${detail.kind}`)}</Field>
          <Field label={t('caseWork.followUp.catalogue')}>
            {detail.case.catalogueEntryIds.join(', ') || t('common.none')}
          </Field>
          {party && (
            <Field label={t('cases.reportedParty')}>
              {[party.name, party.nip && `NIP ${party.nip}`, party.position, party.agency]
                .filter(Boolean)
                .join(', ')}
            </Field>
          )}
        </SimpleGrid>
        <Text size="xs" mt="sm" c="gray.8">
          {t('caseWork.followUp.noReporter')}
        </Text>
      </Section>
      <Section title={t('caseWork.followUp.letterSection')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Field label={t('caseWork.followUp.letter')}>{detail.letterNumber ?? t('common.none')}</Field>
          <Field label={t('caseWork.followUp.letterDateSent')}>{detail.letterDate ?? t('common.none')}</Field>
          <Field label={t('caseWork.followUp.forwardedAt')}>
            {formatDateTime(detail.forwardedAt, i18n.language)}
          </Field>
          <Field label={t('caseWork.followUp.recommendation')}>
            {detail.recommendedSanction ?? t('common.none')}
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('caseWork.followUp.decisionSection')}>
        {detail.followUp ? (
          <FollowUpOutcomeText outcome={detail.followUp} />
        ) : detail.dispositionFollowedUp ? (
          <Text>{t('caseWork.followUp.recordedElsewhere')}</Text>
        ) : (
          <DecisionForm detail={detail} />
        )}
      </Section>
      <Section title={t('caseWork.followUp.document')}>
        <DocumentUpload detail={detail} />
      </Section>
      {detail.kind !== 'criminal' && (
        <Section title={t('caseWork.followUp.executionSection')}>
          <ExecutionSection detail={detail} />
        </Section>
      )}
    </Stack>
  );
}
