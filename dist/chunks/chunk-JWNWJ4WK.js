import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/errors.ts
var ConfigError = class extends Error {
};
var ScanTargetError = class extends Error {
};

export {
  ConfigError,
  ScanTargetError
};
//# sourceMappingURL=chunk-JWNWJ4WK.js.map
