import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAddAudience } from '../api/outreach-api';

/** Adds an entry to the managed audience list (administrators and commissioners). */
export function AudienceAdder({ onAdded }: { onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const add = useAddAudience();
  const [name, setName] = useState('');
  return (
    <>
      <ErrorAlert message={errors.message(add.error)} />
      <Group align="flex-end">
        <TextInput
          label={t('outreach.form.newAudience')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={name.trim().length < 2}
          loading={add.isPending}
          onClick={() =>
            add.mutate(name.trim(), {
              onSuccess: (audience) => {
                setName('');
                onAdded(audience.id);
              },
            })
          }
        >
          {t('outreach.form.addAudience')}
        </Button>
      </Group>
    </>
  );
}
