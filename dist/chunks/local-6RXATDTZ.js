import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  LocalSource
} from "./chunk-WREXLJID.js";
import "./chunk-UANJZWIZ.js";
import {
  ScanTargetError
} from "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  LocalSource,
  ScanTargetError
};
//# sourceMappingURL=local-6RXATDTZ.js.map
