import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Candidate } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/use-error-text';
import { useCandidateMutations } from './candidates-api';

const ACCOUNT_KINDS = ['official', 'campaign_team', 'group'] as const;
const TERM_KINDS = ['name', 'nickname', 'slogan', 'hashtag', 'number_phrase'] as const;

/** One pair with its accounts and lexicon; edits only when the user may manage candidates. */
export function CandidateCard({ candidate, canManage }: { candidate: Candidate; canManage: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const m = useCandidateMutations();
  const [platform, setPlatform] = useState('x');
  const [kind, setKind] = useState<(typeof ACCOUNT_KINDS)[number]>('official');
  const [handle, setHandle] = useState('');
  const [termKind, setTermKind] = useState<(typeof TERM_KINDS)[number]>('hashtag');
  const [term, setTerm] = useState('');
  const error = m.addAccount.error ?? m.addTerm.error ?? m.remove.error;
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {candidate.ballotNumber}. {candidate.name}
            {candidate.runningMateName ? ` – ${candidate.runningMateName}` : ''}
          </Title>
          {canManage && (
            <Button size="xs" color="red" variant="light" onClick={() => m.remove.mutate(candidate.id)}>
              {t('registry.candidates.remove')}
            </Button>
          )}
        </Group>
        <Text size="sm">{[...candidate.parties, candidate.coalitionName].filter(Boolean).join(', ')}</Text>
        <Title order={3} size="h5">
          {t('registry.candidates.accounts')}
        </Title>
        <Table aria-label={t('registry.candidates.accounts')}>
          <Table.Tbody>
            {candidate.accounts.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.platform}</Table.Td>
                <Table.Td>@{a.handle}</Table.Td>
                <Table.Td>{t(`registry.candidates.accountKinds.${a.kind}`)}</Table.Td>
                <Table.Td>
                  {canManage && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('registry.candidates.remove')} @${a.handle}`}
                      onClick={() => m.removeAccount.mutate({ id: candidate.id, accountId: a.id })}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canManage && (
          <Group align="end">
            <TextInput
              label={t('registry.candidates.platform')}
              value={platform}
              onChange={(e) => setPlatform(e.currentTarget.value)}
              w={120}
            />
            <Select
              label={t('registry.candidates.kind')}
              data={ACCOUNT_KINDS.map((k) => ({
                value: k,
                label: t(`registry.candidates.accountKinds.${k}`),
              }))}
              value={kind}
              onChange={(v) => v && setKind(ACCOUNT_KINDS.find((k) => k === v) ?? 'official')}
              w={180}
            />
            <TextInput
              label={t('registry.candidates.handle')}
              value={handle}
              onChange={(e) => setHandle(e.currentTarget.value)}
            />
            <Button
              disabled={!handle}
              onClick={() =>
                m.addAccount.mutate(
                  { id: candidate.id, body: { platform, kind, handle } },
                  { onSuccess: () => setHandle('') },
                )
              }
            >
              {t('registry.candidates.addAccount')}
            </Button>
          </Group>
        )}
        <Title order={3} size="h5">
          {t('registry.candidates.lexicon')}
        </Title>
        <Group gap="xs">
          {candidate.lexicon.map((l) => (
            <Badge
              key={l.id}
              variant="light"
              rightSection={
                canManage ? (
                  <ActionIcon
                    size="xs"
                    variant="transparent"
                    aria-label={`${t('registry.candidates.remove')} ${l.term}`}
                    onClick={() => m.removeTerm.mutate({ id: candidate.id, termId: l.id })}
                  >
                    ×
                  </ActionIcon>
                ) : undefined
              }
            >
              {t(`registry.candidates.termKinds.${l.kind}`)}: {l.term}
            </Badge>
          ))}
        </Group>
        {canManage && (
          <Group align="end">
            <Select
              label={t('registry.candidates.kind')}
              data={TERM_KINDS.map((k) => ({ value: k, label: t(`registry.candidates.termKinds.${k}`) }))}
              value={termKind}
              onChange={(v) => v && setTermKind(TERM_KINDS.find((k) => k === v) ?? 'hashtag')}
              w={180}
            />
            <TextInput
              label={t('registry.candidates.term')}
              value={term}
              onChange={(e) => setTerm(e.currentTarget.value)}
            />
            <Button
              disabled={term.trim().length < 2}
              onClick={() =>
                m.addTerm.mutate(
                  { id: candidate.id, body: { kind: termKind, term } },
                  { onSuccess: () => setTerm('') },
                )
              }
            >
              {t('registry.candidates.addTerm')}
            </Button>
          </Group>
        )}
        {error && <Text c="red">{errorText.message(error)}</Text>}
      </Stack>
    </Card>
  );
}
