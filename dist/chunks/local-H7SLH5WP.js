import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  LocalSource
} from "./chunk-IQNWDQ6M.js";
import "./chunk-2SRKWLUW.js";
import {
  ScanTargetError
} from "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  LocalSource,
  ScanTargetError
};
//# sourceMappingURL=local-H7SLH5WP.js.map
