import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{runValidate}from"./chunk-BZB4QWL3.js";import"./chunk-MQYJOXAJ.js";import"./chunk-2H2XWA7D.js";export{runValidate};
//# sourceMappingURL=command-R72T52K6.js.map
