import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
function renderJson(report){return JSON.stringify(report,null,2)+`
`}export{renderJson};
//# sourceMappingURL=chunk-LBG645IN.js.map
