import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{LocalSource}from"./chunk-AU7VBKWC.js";import"./chunk-5YTO7HQW.js";import{ScanTargetError}from"./chunk-L266TMDE.js";import"./chunk-2H2XWA7D.js";export{LocalSource,ScanTargetError};
//# sourceMappingURL=local-NLLNOE2M.js.map
