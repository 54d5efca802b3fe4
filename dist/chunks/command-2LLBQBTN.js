import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  runValidate
} from "./chunk-PMC2CNOU.js";
import "./chunk-XFPTAYHH.js";
import "./chunk-TISUZJXF.js";
export {
  runValidate
};
//# sourceMappingURL=command-2LLBQBTN.js.map
