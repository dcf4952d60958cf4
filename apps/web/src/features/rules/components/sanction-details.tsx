import { List, Stack, Text } from '@mantine/core';
import type { Sanction } from '@netra/rules';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useBilingual } from '../../../lib/use-bilingual';

/** A sanction in full: its summary, the instrument, and the penalty menu or the criminal range. */
export function SanctionDetails({ sanction }: { sanction: Sanction }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const money = (value: number) => `Rp${formatNumber(value, i18n.language)}`;
  return (
    <Stack gap={4}>
      <Text fw={700}>{t(`rules.sanctionKinds.${sanction.kind}`)}</Text>
      <Text size="sm">{text(sanction.summary)}</Text>
      {'instrument' in sanction && (
        <Text size="sm">
          {t('rules.sanctionBasis', {
            basis: 'article' in sanction ? `${sanction.instrument} ${sanction.article}` : sanction.instrument,
          })}
        </Text>
      )}
      {sanction.kind === 'discipline' && sanction.penalties.length > 0 && (
        <>
          <Text size="sm">{t('rules.penalties')}</Text>
          <List size="sm" spacing={2}>
            {sanction.penalties.map((penalty) => (
              <List.Item key={penalty.id}>{text(penalty)}</List.Item>
            ))}
          </List>
        </>
      )}
      {sanction.kind === 'criminal' && (
        <Text size="sm">
          {t('rules.criminalRange', {
            prisonMin: sanction.prisonMonths.min,
            prisonMax: sanction.prisonMonths.max,
            fineMin: money(sanction.fineRupiah.min),
            fineMax: money(sanction.fineRupiah.max),
          })}{' '}
          {t(`rules.cumulation.${sanction.cumulation}`)} {t('rules.liable', { who: text(sanction.liable) })}
        </Text>
      )}
    </Stack>
  );
}
