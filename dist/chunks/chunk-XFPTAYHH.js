import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/util/path.ts
var lastPath = "";
var lastBase = "";
var lastName = "";
var lastExt = "";
function baseOf(path) {
  if (path !== lastPath) {
    lastPath = path;
    lastBase = path.slice(path.lastIndexOf("/") + 1);
  }
  return lastBase;
}
function extOf(name) {
  if (name !== lastName) {
    lastName = name;
    const dot = name.lastIndexOf(".");
    lastExt = dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
  }
  return lastExt;
}
function depthOf(path, max = Infinity) {
  let n = 0;
  for (let at = path.indexOf("/"); at !== -1 && n < max; at = path.indexOf("/", at + 1)) n++;
  return n;
}
function someDir(path, test) {
  let start = 0;
  for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", start)) {
    if (test(path.slice(start, at))) return true;
    start = at + 1;
  }
  return false;
}
var INERT_EXTENSIONS = /* @__PURE__ */ new Set([
  "npy",
  "npz",
  "pkl",
  "pickle",
  "joblib",
  "pt",
  "pth",
  "ckpt",
  "bin",
  "safetensors",
  "h5",
  "hdf5",
  "onnx",
  "tflite",
  "pb",
  "gguf",
  "msgpack",
  "png",
  "jpg",
  "jpeg",
  "gif",
  "bmp",
  "tif",
  "tiff",
  "webp",
  "ico",
  "svg",
  "mp3",
  "mp4",
  "wav",
  "flac",
  "ogg",
  "avi",
  "mov",
  "mkv",
  "csv",
  "tsv",
  "parquet",
  "arrow",
  "feather",
  "tfrecord",
  "gz",
  "tgz",
  "zip",
  "tar",
  "bz2",
  "xz",
  "zst",
  "7z",
  "pdf",
  "so",
  "o",
  "a",
  "dll",
  "dylib",
  "exe",
  "pyc",
  "pyd",
  "c",
  "cc",
  "cpp",
  "cxx",
  "h",
  "hpp",
  "cu",
  "cuh",
  "js",
  "mjs",
  "ts",
  "tsx",
  "jsx",
  "java",
  "go",
  "rs",
  "html",
  "htm",
  "css",
  "scss",
  "log",
  "pyi"
]);
function endsWithCI(name, suffix) {
  return name.length >= suffix.length && name.slice(name.length - suffix.length).toLowerCase() === suffix;
}

export {
  baseOf,
  extOf,
  depthOf,
  someDir,
  INERT_EXTENSIONS,
  endsWithCI
};
//# sourceMappingURL=chunk-XFPTAYHH.js.map
