import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
} from "./chunk-HHHKOQRU.js";
import "./chunk-26IOCWYP.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-TISUZJXF.js";
export {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
};
//# sourceMappingURL=markdown-HIFPGX3G.js.map
