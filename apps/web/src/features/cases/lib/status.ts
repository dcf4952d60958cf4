import { useTranslation } from 'react-i18next';

/** Status names in the current language; an unknown status shows as the server wrote it. */
export function useStatusLabel(): (status: string) => string {
  const { t, i18n } = useTranslation();
  return (status) => (i18n.exists(`cases.status.${status}`) ? t(`cases.status.${status}`) : status);
}

export type Urgency = 'overdue' | 'soon' | 'normal' | 'none';
const DAY = 24 * 60 * 60 * 1000;

export function urgencyOf(timeLeftMs: number | null): Urgency {
  if (timeLeftMs === null) return 'none';
  if (timeLeftMs < 0) return 'overdue';
  if (timeLeftMs <= DAY) return 'soon';
  return 'normal';
}

// Shade 9 of Mantine's orange is below 4.5:1 on striped rows; a darker orange keeps the contrast.
export const URGENCY_COLOR: Record<Urgency, string> = {
  overdue: 'red.9',
  soon: '#9c3a00',
  normal: 'dark.9',
  none: 'dark.9',
};

/** "2 hari 3 jam" / "lewat 5 jam": days and hours, or hours and minutes under a day. */
export function useTimeLeft(): (ms: number | null) => string {
  const { t } = useTranslation();
  return (ms) => {
    if (ms === null) return t('common.none');
    const abs = Math.abs(ms);
    const days = Math.floor(abs / DAY);
    const hours = Math.floor((abs % DAY) / 3_600_000);
    const minutes = Math.floor((abs % 3_600_000) / 60_000);
    const span = days > 0 ? t('cases.spanDays', { days, hours }) : t('cases.spanHours', { hours, minutes });
    return ms < 0 ? t('cases.overdueBy', { span }) : t('cases.leftIn', { span });
  };
}
