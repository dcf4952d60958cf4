import { Anchor, Center, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { CatalogueEntry } from '@netra/rules';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useRuleEntries } from '../api/rules-api';
import { formatLegalBasis, instrumentOf } from '../lib/legal-basis';
import { rulePath } from '../lib/paths';

function groupByInstrument(entries: readonly CatalogueEntry[]): [string, CatalogueEntry[]][] {
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of entries) {
    const instrument = instrumentOf(entry);
    groups.set(instrument, [...(groups.get(instrument) ?? []), entry]);
  }
  return [...groups];
}

/** "B6 · " for SKB items, "Pasal 5 huruf n angka 2 · " where the entry has no short code. */
function shortCitation(entry: CatalogueEntry, instrument: string): string {
  const first = entry.legalBasis[0];
  const label = entry.code ?? (first ? formatLegalBasis(first).slice(instrument.length).trim() : '');
  return label ? `${label} · ` : '';
}

/** The whole catalogue, grouped by the instrument each entry comes from. */
export function RuleCatalogue() {
  const { t } = useTranslation();
  const text = useBilingual();
  const errors = useErrorText();
  const entries = useRuleEntries();
  if (entries.isPending) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (entries.isError) return <ErrorAlert message={errors.message(entries.error)} />;
  return (
    <Stack gap="lg">
      {groupByInstrument(entries.data).map(([instrument, items], index) => (
        <Stack key={instrument} gap="xs" component="section" aria-labelledby={`instrument-${index}`}>
          <Title order={2} size="h3" id={`instrument-${index}`}>
            {instrument}
          </Title>
          <Text size="sm">{t('rules.count', { count: items.length })}</Text>
          <List spacing={6}>
            {items.map((entry) => (
              <List.Item key={entry.id}>
                <Anchor component={Link} to={rulePath(entry.id)}>
                  {shortCitation(entry, instrument)}
                  {text(entry.title.short)}
                </Anchor>
                {entry.status.kind !== 'verified' && (
                  <Text span size="sm">
                    {' '}
                    ({t(`rules.statusShort.${entry.status.kind}`)})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      ))}
    </Stack>
  );
}
