import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  runValidate
} from "./chunk-ENINP6EP.js";
import "./chunk-TISUZJXF.js";
export {
  runValidate
};
//# sourceMappingURL=command-KJY5F4GV.js.map
