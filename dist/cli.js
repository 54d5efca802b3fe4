#!/usr/bin/env node
import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import module from"node:module";module.enableCompileCache?.();var{main}=await import("./chunks/main-LQCB7XL7.js");main(process.argv.slice(2),{out:s=>process.stdout.write(s),err:s=>process.stderr.write(s),isTTY:!!process.stdout.isTTY,env:process.env,codeWorker:new URL("./worker.js",import.meta.url)}).then(code=>{process.exitCode=code},err=>{process.stderr.write(`reproscore: ${String(err?.stack??err)}
`),process.exitCode=2});
//# sourceMappingURL=cli.js.map
