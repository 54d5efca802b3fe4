import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  describeApiError,
  listOwnerRepos,
  octokitRepoApi
} from "./chunk-YVC4DV7U.js";
import "./chunk-7QEBEKX4.js";
import "./chunk-4JDMJ2U7.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  describeApiError,
  listOwnerRepos,
  octokitRepoApi
};
//# sourceMappingURL=repo-api-Y4HZO4DA.js.map
