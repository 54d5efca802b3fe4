import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  RemoteSource,
  parseRemoteTarget
} from "./chunk-KM5OKWQM.js";
import "./chunk-UANJZWIZ.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  RemoteSource,
  parseRemoteTarget
};
//# sourceMappingURL=remote-XQVCGVPK.js.map
