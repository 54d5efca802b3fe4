import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{RemoteSource,parseRemoteTarget}from"./chunk-TK7DJUBW.js";import"./chunk-5YTO7HQW.js";import"./chunk-L266TMDE.js";import"./chunk-2H2XWA7D.js";export{RemoteSource,parseRemoteTarget};
//# sourceMappingURL=remote-373KNUZW.js.map
