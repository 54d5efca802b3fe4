import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
} from "./chunk-WSINJHYL.js";
import "./chunk-KTPTG3WV.js";
import "./chunk-3A6HUAG4.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-TISUZJXF.js";
export {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
};
//# sourceMappingURL=markdown-EYYUNLV3.js.map
