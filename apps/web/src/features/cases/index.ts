export { ReportForm, REPORT_DRAFT_KEY } from './components/report-form';
export { TipForm, TIP_DRAFT_KEY } from './components/tip-form';
export { ReceiptPanel } from './components/receipt-panel';
export { TrackForm } from './components/track-form';
export { AnnouncementsList } from './components/announcements-list';
export { CaseList } from './components/case-list';
export { CaseDetailView } from './components/case-detail';
