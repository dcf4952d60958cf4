export { AppealList } from './components/appeal-list';
export { AppealForm } from './components/appeal-form';
export { AppealDetailView } from './components/appeal-detail';
export { AppealBodyView } from './components/appeal-body-view';
export { AcknowledgeForm } from './components/acknowledge-form';
export { AttendanceUpload } from './components/attendance-upload';
export { useAppeal, useMyAgencyAppeals } from './api/appeals-api';
export { useOpenLink, usePublicAppeal, usePublicAppeals } from './api/public-appeals-api';
