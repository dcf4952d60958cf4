export { runLinkCommand, type LinkCommandOptions, type LinkCommandSummary } from './link-command.js';
export { runScreenCommand, type ScreenCommandOptions, type ScreenCommandSummary } from './screen-command.js';
export {
  runGenerateCommand,
  type GenerateCommandOptions,
  type GenerateCommandSummary,
} from './generate-command.js';
export { EngineInputError, type LineError } from './io.js';
