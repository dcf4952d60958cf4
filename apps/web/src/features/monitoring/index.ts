export { LeadDesk } from './components/lead-desk';
export { LeadDetailView } from './components/lead-detail';
export { CaptureForm, CaptureDetail, RecentCaptures } from './components/capture-desk';
export { NetworkView } from './components/network-view';
