// Declarations validated against JSON Schemas (schemas/), with errors that point at the line.
export { detectFormat, wantsDeclaration, FORMATS, FORMAT_TITLES, type Format } from './formats.ts';
export { validateFile } from './validate.ts';
export {
  validateDeclarations,
  mayValidate,
  reconcileDatasets,
  datasetKey,
  type DeclarationFacts,
} from './declarations.ts';
export { runValidate } from './command.ts';
