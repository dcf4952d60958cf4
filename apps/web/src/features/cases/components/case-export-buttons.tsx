import { Button, Checkbox, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useExportCases } from '../api/case-documents-api';
import type { CaseListFilters } from '../api/cases-api';

/** CSV/XLSX of the list with its current filters; never reporter identity; the ASN's name only if ticked. */
export function CaseExportButtons({ filters }: { filters: CaseListFilters }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const exporter = useExportCases();
  const [includeReportedName, setIncludeReportedName] = useState(false);
  return (
    <>
      <Group gap="xs" align="flex-end">
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            variant="default"
            loading={exporter.isPending && exporter.variables.format === format}
            onClick={() => exporter.mutate({ ...filters, format, includeReportedName })}
          >
            {t(`documents.export.${format}`)}
          </Button>
        ))}
        <Checkbox
          label={t('documents.export.includeReportedName')}
          checked={includeReportedName}
          onChange={(e) => setIncludeReportedName(e.currentTarget.checked)}
        />
      </Group>
      <ErrorAlert message={errorText.message(exporter.error)} />
    </>
  );
}
