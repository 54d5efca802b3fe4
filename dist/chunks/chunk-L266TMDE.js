import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
var ConfigError=class extends Error{},ScanTargetError=class extends Error{};export{ConfigError,ScanTargetError};
//# sourceMappingURL=chunk-L266TMDE.js.map
