import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{describeApiError,listOwnerRepos,octokitRepoApi}from"./chunk-XM6TFUAO.js";import"./chunk-UANNEYCF.js";import"./chunk-L266TMDE.js";import"./chunk-4EIT2QBA.js";import"./chunk-2H2XWA7D.js";export{describeApiError,listOwnerRepos,octokitRepoApi};
//# sourceMappingURL=repo-api-TF5QTTTH.js.map
