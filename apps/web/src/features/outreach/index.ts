export { ActivityList } from './components/activity-list';
export { ActivityCalendar } from './components/activity-calendar';
export { ActivityForm } from './components/activity-form';
export { ActivityDetail } from './components/activity-detail';
export { CoverageView } from './components/coverage-view';
export { PhotoUploader } from './components/photo-uploader';
export { localTimeText } from './components/local-time';
export { useActivities, useActivity } from './api/outreach-api';
