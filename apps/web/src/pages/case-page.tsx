import { useParams } from 'react-router';
import { Stack } from '@mantine/core';
import { CaseDetailView, CaseDocuments } from '../features/cases';

export function CasePage() {
  const { id = '' } = useParams();
  return (
    <Stack>
      <CaseDetailView key={id} id={id} />
      <CaseDocuments key={`documents-${id}`} caseId={id} />
    </Stack>
  );
}
