import {
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import {
  useAppealStep,
  useAttachmentRemove,
  useAttachmentUpload,
  type AppealDetail as Detail,
} from '../api/appeals-api';
import { AppealBodyView } from './appeal-body-view';
import { STATUS_COLORS } from './appeal-list';
import { CoverageTable } from './coverage-table';
import { DistributionDialog } from './distribution-dialog';

/** One appeal: the letter, the actions its status and the user's role allow, and its coverage. */
export function AppealDetailView({ appeal }: { appeal: Detail }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const step = useAppealStep(appeal.id);
  const upload = useAttachmentUpload(appeal.id);
  const remove = useAttachmentRemove(appeal.id);
  const [note, setNote] = useState('');
  const [distributing, setDistributing] = useState(false);
  const a = appeal.abilities;
  return (
    <Stack>
      <Group gap="xs">
        <Badge color={STATUS_COLORS[appeal.status]} variant="outline" size="lg">
          {t(`appeals.status.${appeal.status}`)}
        </Badge>
        {appeal.code && <Text fw={600}>{t('appeals.appealCode', { code: appeal.code })}</Text>}
      </Group>
      {appeal.status === 'returned' && appeal.returnNote && (
        <ErrorAlert message={t('appeals.returnedWithNote', { note: appeal.returnNote })} />
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text>
            {t('appeals.fields.number')}: {appeal.number} · {appeal.letterDate} · {appeal.nature}
          </Text>
          <Text fw={600}>{appeal.subject}</Text>
          <Text>Yth. {appeal.addressees.join('; ')}</Text>
          <AppealBodyView body={appeal.body} />
          {appeal.legalReferences.length > 0 && (
            <List size="sm">
              {appeal.legalReferences.map((r) => (
                <List.Item key={r.id}>{r.citation}</List.Item>
              ))}
            </List>
          )}
          <Text>
            {appeal.signatoryPosition} — <strong>{appeal.signatoryName}</strong>
          </Text>
        </Stack>
      </Paper>
      <Group>
        <Anchor href={`/api/appeals/${appeal.id}/letter.pdf`} download>
          {t('appeals.letterPdf')}
        </Anchor>
        {a.canEdit && (
          <Anchor component={Link} to={`/pencegahan/imbauan/${appeal.id}/ubah`}>
            {t('appeals.editAppeal')}
          </Anchor>
        )}
      </Group>
      <Title order={2} size="h4">
        {t('appeals.attachments')}
      </Title>
      <List>
        {appeal.attachments.map((f) => (
          <List.Item key={f.id}>
            <Anchor href={`/api/appeals/${appeal.id}/attachments/${f.id}`} download>
              {f.name ?? f.mediaType}
            </Anchor>{' '}
            {a.canEdit && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(f.id)}>
                {t('appeals.removeAttachment')}
              </Button>
            )}
          </List.Item>
        ))}
      </List>
      {a.canEdit && (
        <FileButton
          onChange={(file) => file && upload.mutate(file)}
          accept="application/pdf,image/jpeg,image/png,image/webp"
        >
          {(props) => (
            <Button variant="light" w="fit-content" loading={upload.isPending} {...props}>
              {t('appeals.addAttachment')}
            </Button>
          )}
        </FileButton>
      )}
      <ErrorAlert message={errors.message(step.error ?? upload.error ?? remove.error)} />
      <Group>
        {a.canSubmit && (
          <Button onClick={() => step.mutate({ step: 'submit' })} loading={step.isPending}>
            {t('appeals.submit')}
          </Button>
        )}
        {a.canApprove && (
          <Button color="teal" onClick={() => step.mutate({ step: 'approve' })} loading={step.isPending}>
            {t('appeals.approve')}
          </Button>
        )}
        {a.canIssue && (
          <Button onClick={() => step.mutate({ step: 'issue' })} loading={step.isPending}>
            {t('appeals.issue')}
          </Button>
        )}
        {a.canDistribute && <Button onClick={() => setDistributing(true)}>{t('appeals.distribute')}</Button>}
      </Group>
      {a.canReturn && (
        <Group align="flex-end">
          <Textarea
            label={t('appeals.returnNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={360}
          />
          <Button
            variant="outline"
            color="orange"
            disabled={!note.trim()}
            onClick={() => step.mutate({ step: 'return', note })}
          >
            {t('appeals.returnAppeal')}
          </Button>
        </Group>
      )}
      {appeal.status === 'issued' && (
        <>
          <Title order={2} size="h4">
            {t('appeals.coverage.title')}
          </Title>
          <CoverageTable appealId={appeal.id} canManage={a.canDistribute} />
          <DistributionDialog
            appealId={appeal.id}
            opened={distributing}
            onClose={() => setDistributing(false)}
          />
        </>
      )}
    </Stack>
  );
}
