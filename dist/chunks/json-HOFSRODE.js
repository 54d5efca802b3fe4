import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{renderJson}from"./chunk-LBG645IN.js";import"./chunk-2H2XWA7D.js";export{renderJson};
//# sourceMappingURL=json-HOFSRODE.js.map
