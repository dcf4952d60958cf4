export { CandidatesPanel } from './candidates-panel';
