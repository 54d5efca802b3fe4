import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  LocalSource
} from "./chunk-MC2ZJKMI.js";
import "./chunk-OVR4266S.js";
import {
  ScanTargetError
} from "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  LocalSource,
  ScanTargetError
};
//# sourceMappingURL=local-HJBFUEPB.js.map
