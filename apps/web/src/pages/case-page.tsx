import { useParams } from 'react-router';
import { CaseDetailView } from '../features/cases';

export function CasePage() {
  const { id = '' } = useParams();
  return <CaseDetailView key={id} id={id} />;
}
