import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  runValidate
} from "./chunk-OPOJC32J.js";
import "./chunk-KSKFZIKP.js";
import "./chunk-STLZ2ATV.js";
import "./chunk-TISUZJXF.js";
export {
  runValidate
};
//# sourceMappingURL=command-AVDG2JIM.js.map
