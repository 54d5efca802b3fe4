// Errors that end a command with exit code 2 and one clear line (see CONTRACT). Kept apart from the modules
// that throw them so the entry points can recognise them without loading those modules.

/** The configuration file is invalid: the message names file, line and column. */
export class ConfigError extends Error {}

/** The scan target cannot be scanned: not found, not a directory, not reachable. */
export class ScanTargetError extends Error {}
