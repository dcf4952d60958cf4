export { RegionPicker } from './components/region-picker';
export { RegionBrowser } from './components/region-browser';
export { useRegionSearch, useRegion } from './api/regions-api';
