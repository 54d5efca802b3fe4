import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  CHECKS_DOC_URL,
  renderSarif
} from "./chunk-BJPEXDY5.js";
import "./chunk-4IYGMZV3.js";
import "./chunk-TISUZJXF.js";
export {
  CHECKS_DOC_URL,
  renderSarif
};
//# sourceMappingURL=sarif-TJ5EZWYF.js.map
