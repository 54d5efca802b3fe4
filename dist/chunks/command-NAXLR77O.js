import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{runValidate}from"./chunk-XSMXUIIA.js";import"./chunk-WT77YPJC.js";import"./chunk-YUTKNGMR.js";import"./chunk-2H2XWA7D.js";export{runValidate};
//# sourceMappingURL=command-NAXLR77O.js.map
