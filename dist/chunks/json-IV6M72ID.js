import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-VCGEAONU.js";
import "./chunk-TISUZJXF.js";
export {
  renderJson
};
//# sourceMappingURL=json-IV6M72ID.js.map
