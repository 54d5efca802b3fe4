import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  RemoteSource,
  parseRemoteTarget
} from "./chunk-UDDG4QDG.js";
import "./chunk-2SRKWLUW.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  RemoteSource,
  parseRemoteTarget
};
//# sourceMappingURL=remote-IOXYZ7IV.js.map
