import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  PARALLEL_FROM,
  collectFacts,
  collectOtherFacts,
  combineFacts,
  knownCheckIds,
  scan
} from "./chunk-ERH6GV3L.js";
import "./chunk-OPOJC32J.js";
import "./chunk-V56TO3SC.js";
import "./chunk-KSKFZIKP.js";
import "./chunk-UANJZWIZ.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-NG6MNANM.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-4IYGMZV3.js";
import "./chunk-STLZ2ATV.js";
import "./chunk-TISUZJXF.js";
export {
  PARALLEL_FROM,
  collectFacts,
  collectOtherFacts,
  combineFacts,
  knownCheckIds,
  scan
};
//# sourceMappingURL=pipeline-F4QMRLIU.js.map
