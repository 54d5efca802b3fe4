import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{COMMENT_MAX_LENGTH,VOLATILE_MARK,renderMarkdown}from"./chunk-7GPGT5P3.js";import"./chunk-SHQMG32D.js";import"./chunk-NG6H6RE7.js";import"./chunk-C3BPT3PX.js";import"./chunk-2H2XWA7D.js";export{COMMENT_MAX_LENGTH,VOLATILE_MARK,renderMarkdown};
//# sourceMappingURL=markdown-SRLU4MKK.js.map
