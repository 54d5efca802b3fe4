import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{CHECKS_DOC_URL,renderSarif}from"./chunk-IBKYNDBB.js";import"./chunk-4EIT2QBA.js";import"./chunk-2H2XWA7D.js";export{CHECKS_DOC_URL,renderSarif};
//# sourceMappingURL=sarif-6WTCDAQN.js.map
