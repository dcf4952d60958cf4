import { useParams } from 'react-router';
import { LeadDetailView } from '../features/monitoring';

export function MonitoringLeadPage() {
  const { id = '' } = useParams();
  return <LeadDetailView key={id} id={id} />;
}
