import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{COMMENT_MAX_LENGTH,VOLATILE_MARK,renderMarkdown}from"./chunk-RNCPCQQP.js";import"./chunk-SHQMG32D.js";import"./chunk-NG6H6RE7.js";import"./chunk-Y4VJ3AV5.js";import"./chunk-2H2XWA7D.js";export{COMMENT_MAX_LENGTH,VOLATILE_MARK,renderMarkdown};
//# sourceMappingURL=markdown-3YSDNBZW.js.map
