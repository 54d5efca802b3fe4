import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  describeApiError,
  listOwnerRepos,
  octokitRepoApi
} from "./chunk-DZZY4CT3.js";
import "./chunk-KWKFVRCL.js";
import "./chunk-4JDMJ2U7.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  describeApiError,
  listOwnerRepos,
  octokitRepoApi
};
//# sourceMappingURL=repo-api-RN733LNI.js.map
