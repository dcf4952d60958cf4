import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { AppModal } from '../../../ui/app-modal';
import { ErrorAlert } from '../../../ui/error-alert';

const today = () => new Date().toISOString().slice(0, 10);

/** Date (of the plenary, or of the finding) and a note; shared by "raise finding" and "promote". */
export function PromoteModal({
  title,
  dateLabel,
  noteRequired,
  error,
  isPending,
  onSubmit,
  onClose,
}: {
  title: string;
  dateLabel: string;
  noteRequired: boolean;
  error: unknown;
  isPending: boolean;
  onSubmit: (date: string, note: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(date, note.trim());
  };
  return (
    <AppModal opened onClose={onClose} title={title}>
      <form onSubmit={handleSubmit}>
        <Stack>
          <TextInput
            type="date"
            label={dateLabel}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errorText.field(error, 'foundOn') ?? errorText.field(error, 'plenaryHeldOn')}
          />
          <Textarea
            label={t('caseWork.note')}
            required={noteRequired}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errorText.field(error, 'note')}
          />
          <ErrorAlert message={errorText.message(error)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isPending}>
              {t('caseWork.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
