import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
} from "./chunk-G4L3UHRA.js";
import "./chunk-26IOCWYP.js";
import "./chunk-NL2CULDS.js";
import "./chunk-TISUZJXF.js";
export {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
};
//# sourceMappingURL=markdown-JVQQU5XJ.js.map
