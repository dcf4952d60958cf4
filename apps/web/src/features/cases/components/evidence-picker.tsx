import { Button, Fieldset, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkEvidenceFile, EVIDENCE_ACCEPT, formatSize, MAX_EVIDENCE_FILES } from '../lib/evidence';

export type EvidencePickerProps = { files: File[]; onChange: (update: (files: File[]) => File[]) => void };

/** Chosen evidence files with per-file type/size problems, shared by the report and tip forms. */
export function EvidencePicker({ files, onChange }: EvidencePickerProps) {
  const { t } = useTranslation();
  const setFiles = (next: File[] | ((all: File[]) => File[])) =>
    onChange(typeof next === 'function' ? next : () => next);
  return (
    <Fieldset legend={t('cases.form.evidenceSection')}>
      <Stack gap="sm">
        <Text size="sm">{t('cases.form.evidenceHelp')}</Text>
        {files.length > 0 && (
          <List spacing={4} aria-label={t('cases.evidence.chosen')}>
            {files.map((file, index) => {
              const problem = checkEvidenceFile(file);
              return (
                <List.Item key={`${file.name}-${index}`}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {file.name} ({formatSize(file.size)})
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => setFiles(files.filter((_, i) => i !== index))}
                    >
                      {t('cases.evidence.remove', { name: file.name })}
                    </Button>
                  </Group>
                  {problem && (
                    <Text size="sm" c="red.9">
                      {t(`cases.form.${problem.key}`, { maxMb: problem.maxMb })}
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
        <Group>
          <FileButton
            multiple
            accept={EVIDENCE_ACCEPT}
            onChange={(chosen) => setFiles((all) => [...all, ...chosen].slice(0, MAX_EVIDENCE_FILES))}
          >
            {(props) => (
              <Button variant="default" {...props}>
                {t('cases.form.chooseFiles')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Fieldset>
  );
}
