import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  RemoteSource,
  parseRemoteTarget
} from "./chunk-D5GAKBVU.js";
import "./chunk-OVR4266S.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  RemoteSource,
  parseRemoteTarget
};
//# sourceMappingURL=remote-MOX35D7C.js.map
