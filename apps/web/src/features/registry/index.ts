export { RegistryUpload, RunCounts } from './components/registry-upload';
export { AsnSearch } from './components/asn-search';
export { AsnRecordView } from './components/asn-record';
export { ImportErrorsTable } from './components/import-errors-table';
