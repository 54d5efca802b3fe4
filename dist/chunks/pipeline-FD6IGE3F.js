import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  PARALLEL_FROM,
  collectFacts,
  collectOtherFacts,
  combineFacts,
  knownCheckIds,
  scan
} from "./chunk-TEBOOXZL.js";
import "./chunk-TI6GGGKD.js";
import "./chunk-OVR4266S.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-NG6MNANM.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-4IYGMZV3.js";
import "./chunk-C6F7UBT4.js";
import "./chunk-Z2OGS345.js";
import "./chunk-TISUZJXF.js";
export {
  PARALLEL_FROM,
  collectFacts,
  collectOtherFacts,
  combineFacts,
  knownCheckIds,
  scan
};
//# sourceMappingURL=pipeline-FD6IGE3F.js.map
