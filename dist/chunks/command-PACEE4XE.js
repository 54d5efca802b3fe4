import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{runValidate}from"./chunk-PHODMWW2.js";import"./chunk-73MMVCII.js";import"./chunk-2H2XWA7D.js";export{runValidate};
//# sourceMappingURL=command-PACEE4XE.js.map
