import { Button, FileInput, Group, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { SuccessAlert } from '../../../ui/success-alert';

type PhotoUploaderProps = {
  fileLabel: string;
  captionLabel: string;
  buttonLabel: string;
  successText: string;
  mutation: UseMutationResult<unknown, Error, { file: File; caption: string }>;
};

/** One photo with its caption; the server checks the bytes and strips metadata from the copy it shows. */
export function PhotoUploader({
  fileLabel,
  captionLabel,
  buttonLabel,
  successText,
  mutation,
}: PhotoUploaderProps) {
  const errors = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [done, setDone] = useState(false);
  return (
    <Stack gap="xs">
      <ErrorAlert message={errors.message(mutation.error)} />
      {done && <SuccessAlert message={successText} onClose={() => setDone(false)} />}
      <Group align="flex-end" grow>
        <FileInput
          label={fileLabel}
          accept="image/jpeg,image/png,image/webp"
          value={file}
          onChange={setFile}
          clearable
        />
        <TextInput label={captionLabel} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} />
      </Group>
      <Group>
        <Button
          disabled={!file}
          loading={mutation.isPending}
          onClick={() => {
            if (!file) return;
            setDone(false);
            mutation.mutate(
              { file, caption },
              {
                onSuccess: () => {
                  setFile(null);
                  setCaption('');
                  setDone(true);
                },
              },
            );
          }}
        >
          {buttonLabel}
        </Button>
      </Group>
    </Stack>
  );
}
