import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text';
import { CandidateCard } from './candidate-card';
import { useCandidateMutations, useCandidates } from './candidates-api';

const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The candidate pairs page: list, add, import. */
export function CandidatesPanel({ canManage, electionId }: { canManage: boolean; electionId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useCandidates();
  const m = useCandidateMutations();
  const [form, setForm] = useState({ ballot: 1, name: '', mate: '', nicknames: '', parties: '' });
  const [text, setText] = useState('');
  return (
    <Stack>
      {list.data?.length === 0 && <Text>{t('registry.candidates.none')}</Text>}
      {list.data?.map((c) => (
        <CandidateCard key={c.id} candidate={c} canManage={canManage} />
      ))}
      {canManage && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              {t('registry.candidates.add')}
            </Title>
            <Group align="end">
              <NumberInput
                label={t('registry.candidates.ballot')}
                min={1}
                max={99}
                value={form.ballot}
                onChange={(v) => setForm({ ...form, ballot: Number(v) || 1 })}
                w={120}
              />
              <TextInput
                label={t('registry.candidates.name')}
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              />
              <TextInput
                label={t('registry.candidates.runningMate')}
                value={form.mate}
                onChange={(e) => setForm({ ...form, mate: e.currentTarget.value })}
              />
            </Group>
            <Group align="end">
              <TextInput
                label={t('registry.candidates.nicknames')}
                value={form.nicknames}
                onChange={(e) => setForm({ ...form, nicknames: e.currentTarget.value })}
              />
              <TextInput
                label={t('registry.candidates.parties')}
                value={form.parties}
                onChange={(e) => setForm({ ...form, parties: e.currentTarget.value })}
              />
              <Button
                disabled={form.name.trim().length < 2}
                loading={m.create.isPending}
                onClick={() =>
                  m.create.mutate({
                    electionId,
                    ballotNumber: form.ballot,
                    name: form.name,
                    ...(form.mate ? { runningMateName: form.mate } : {}),
                    nicknames: split(form.nicknames),
                    parties: split(form.parties),
                  })
                }
              >
                {t('registry.candidates.save')}
              </Button>
            </Group>
            {m.create.error && <Alert color="red">{errorText.message(m.create.error)}</Alert>}
          </Stack>
        </Card>
      )}
      {canManage && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              {t('registry.candidates.importTitle')}
            </Title>
            <Text size="sm">{t('registry.candidates.importHelp')}</Text>
            <Textarea
              label={t('registry.candidates.importText')}
              autosize
              minRows={4}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Button
              w="fit-content"
              disabled={!text.trim()}
              loading={m.importText.isPending}
              onClick={() => m.importText.mutate(text)}
            >
              {t('registry.candidates.importSubmit')}
            </Button>
            {m.importText.data && (
              <Alert color="green">
                {t('registry.candidates.imported', { count: m.importText.data.imported })}
              </Alert>
            )}
            {m.importText.error && <Alert color="red">{errorText.message(m.importText.error)}</Alert>}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
