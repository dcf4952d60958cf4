export { EventUpload } from './event-upload';
