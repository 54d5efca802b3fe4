import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  CHECKS_DOC_URL,
  renderSarif
} from "./chunk-6DFPOF2U.js";
import "./chunk-4JDMJ2U7.js";
import "./chunk-TISUZJXF.js";
export {
  CHECKS_DOC_URL,
  renderSarif
};
//# sourceMappingURL=sarif-YEZFEFED.js.map
