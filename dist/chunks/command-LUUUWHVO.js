import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  runValidate
} from "./chunk-C6F7UBT4.js";
import "./chunk-Z2OGS345.js";
import "./chunk-TISUZJXF.js";
export {
  runValidate
};
//# sourceMappingURL=command-LUUUWHVO.js.map
