export { ElectionsManager } from './components/elections-manager';
export { HolidaysManager } from './components/holidays-manager';
