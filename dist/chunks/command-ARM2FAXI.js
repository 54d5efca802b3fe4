import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{runValidate}from"./chunk-CPFS4DCU.js";import"./chunk-WT77YPJC.js";import"./chunk-2H2XWA7D.js";export{runValidate};
//# sourceMappingURL=command-ARM2FAXI.js.map
