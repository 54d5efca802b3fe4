import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{COMMENT_MAX_LENGTH,VOLATILE_MARK,renderMarkdown}from"./chunk-YTLGCDVR.js";import"./chunk-SHQMG32D.js";import"./chunk-NG6H6RE7.js";import"./chunk-HH7PEUOY.js";import"./chunk-2H2XWA7D.js";export{COMMENT_MAX_LENGTH,VOLATILE_MARK,renderMarkdown};
//# sourceMappingURL=markdown-JFN5RHNZ.js.map
