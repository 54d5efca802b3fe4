import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  FORMAT_TITLES,
  createScanner,
  detectFormat,
  extractFrontMatter,
  loadYaml,
  parseTree,
  referenceData,
  require_dist,
  syntaxOf
} from "./chunk-KSKFZIKP.js";
import {
  require_equal,
  require_formats,
  require_ucs2length
} from "./chunk-STLZ2ATV.js";
import {
  __toESM
} from "./chunk-TISUZJXF.js";

// src/validate/generated/runtime.ts
var equalModule = __toESM(require_equal(), 1);
var ucs2lengthModule = __toESM(require_ucs2length(), 1);
var formatsModule = __toESM(require_formats(), 1);
function fn(mod) {
  const m = mod;
  const d = m.default;
  if (typeof d === "function") return d;
  if (d && typeof d.default === "function") return d.default;
  throw new Error("validator runtime: a helper could not be loaded");
}
var formats = formatsModule.fullFormats ?? formatsModule.default?.fullFormats;
if (!formats) throw new Error("validator runtime: ajv-formats could not be loaded");
var runtime = {
  equal: fn(equalModule),
  ucs2length: fn(ucs2lengthModule),
  formats
};

// src/validate/generated/first-error.js
var hf_model_card = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/hf-model-card.schema.json", "type": "object", "properties": { "language": { "$ref": "#/$defs/stringOrList" }, "license": { "type": "string", "minLength": 1 }, "license_name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9.+-]*$" }, "license_link": { "type": "string", "minLength": 1 }, "library_name": { "type": "string", "minLength": 1 }, "pipeline_tag": { "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, "tags": { "$ref": "#/$defs/stringList" }, "datasets": { "$ref": "#/$defs/stringOrList" }, "metrics": { "$ref": "#/$defs/stringOrList" }, "base_model": { "$ref": "#/$defs/stringOrList" }, "base_model_relation": { "type": "string", "enum": ["adapter", "merge", "quantized", "finetune"] }, "new_version": { "type": "string", "minLength": 1 }, "thumbnail": { "type": "string" }, "inference": { "type": ["boolean", "object"] }, "widget": { "type": "array", "items": { "type": "object" } }, "co2_eq_emissions": { "type": ["number", "object"], "properties": { "emissions": { "type": "number", "minimum": 0 }, "source": { "type": "string" }, "training_type": { "type": "string" }, "geographical_location": { "type": "string" }, "hardware_used": { "type": "string" } } }, "model-index": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/modelIndexEntry" } } }, "if": { "type": "object", "properties": { "license": { "const": "other" } }, "required": ["license"] }, "then": { "type": "object", "properties": { "license_name": true, "license_link": true }, "required": ["license_name", "license_link"] }, "$defs": { "stringList": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "stringOrList": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "modelIndexEntry": { "type": "object", "required": ["name", "results"], "properties": { "name": { "type": "string", "minLength": 1 }, "results": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/result" } } } }, "result": { "type": "object", "required": ["task", "dataset", "metrics"], "properties": { "task": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "minLength": 1 }, "name": { "type": "string" } } }, "dataset": { "type": "object", "required": ["type", "name"], "properties": { "type": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "config": { "type": "string" }, "split": { "type": "string" }, "revision": { "type": "string" }, "args": { "type": ["object", "string", "array"] } } }, "metrics": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["type", "value"], "properties": { "type": { "type": "string", "minLength": 1 }, "value": { "type": ["number", "string"] }, "name": { "type": "string" }, "config": { "type": "string" }, "args": { "type": ["object", "string", "array"] }, "verified": { "type": "boolean" }, "verifyToken": { "type": "string" } } } }, "source": { "type": "object", "required": ["url"], "properties": { "name": { "type": "string" }, "url": { "type": "string", "format": "uri" } } } } } } };
var schema20 = { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
var func1 = runtime.ucs2length;
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    validate53.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema20.type }, message: "must be string,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate53.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
    if (errors === 0) {
      if (Array.isArray(data)) {
        if (data.length < 1) {
          validate53.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs1 = errors;
            if (errors === _errs1) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate53.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate53.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (typeof data0 === "string") {
            if (func1(data0) < 1) {
              validate55.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
              return false;
            }
          } else {
            validate55.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate55.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema23 = { "type": "object", "required": ["task", "dataset", "metrics"], "properties": { "task": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "minLength": 1 }, "name": { "type": "string" } } }, "dataset": { "type": "object", "required": ["type", "name"], "properties": { "type": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "config": { "type": "string" }, "split": { "type": "string" }, "revision": { "type": "string" }, "args": { "type": ["object", "string", "array"] } } }, "metrics": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["type", "value"], "properties": { "type": { "type": "string", "minLength": 1 }, "value": { "type": ["number", "string"] }, "name": { "type": "string" }, "config": { "type": "string" }, "args": { "type": ["object", "string", "array"] }, "verified": { "type": "boolean" }, "verifyToken": { "type": "string" } } } }, "source": { "type": "object", "required": ["url"], "properties": { "name": { "type": "string" }, "url": { "type": "string", "format": "uri" } } } } };
var formats0 = runtime.formats.uri;
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.task === void 0 && (missing0 = "task") || data.dataset === void 0 && (missing0 = "dataset") || data.metrics === void 0 && (missing0 = "metrics")) {
        validate61.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.task !== void 0) {
          let data0 = data.task;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.type === void 0 && (missing1 = "type")) {
                validate61.errors = [{ instancePath: instancePath + "/task", schemaPath: "#/properties/task/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.type !== void 0) {
                  let data1 = data0.type;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (typeof data1 === "string") {
                      if (func1(data1) < 1) {
                        validate61.errors = [{ instancePath: instancePath + "/task/type", schemaPath: "#/properties/task/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate61.errors = [{ instancePath: instancePath + "/task/type", schemaPath: "#/properties/task/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.name !== void 0) {
                    const _errs5 = errors;
                    if (typeof data0.name !== "string") {
                      validate61.errors = [{ instancePath: instancePath + "/task/name", schemaPath: "#/properties/task/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate61.errors = [{ instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.dataset !== void 0) {
            let data3 = data.dataset;
            const _errs7 = errors;
            if (errors === _errs7) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                let missing2;
                if (data3.type === void 0 && (missing2 = "type") || data3.name === void 0 && (missing2 = "name")) {
                  validate61.errors = [{ instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                  return false;
                } else {
                  if (data3.type !== void 0) {
                    let data4 = data3.type;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (typeof data4 === "string") {
                        if (func1(data4) < 1) {
                          validate61.errors = [{ instancePath: instancePath + "/dataset/type", schemaPath: "#/properties/dataset/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate61.errors = [{ instancePath: instancePath + "/dataset/type", schemaPath: "#/properties/dataset/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid2 = _errs9 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data3.name !== void 0) {
                      let data5 = data3.name;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (func1(data5) < 1) {
                            validate61.errors = [{ instancePath: instancePath + "/dataset/name", schemaPath: "#/properties/dataset/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate61.errors = [{ instancePath: instancePath + "/dataset/name", schemaPath: "#/properties/dataset/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid2 = _errs11 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data3.config !== void 0) {
                        const _errs13 = errors;
                        if (typeof data3.config !== "string") {
                          validate61.errors = [{ instancePath: instancePath + "/dataset/config", schemaPath: "#/properties/dataset/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs13 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data3.split !== void 0) {
                          const _errs15 = errors;
                          if (typeof data3.split !== "string") {
                            validate61.errors = [{ instancePath: instancePath + "/dataset/split", schemaPath: "#/properties/dataset/properties/split/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs15 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.revision !== void 0) {
                            const _errs17 = errors;
                            if (typeof data3.revision !== "string") {
                              validate61.errors = [{ instancePath: instancePath + "/dataset/revision", schemaPath: "#/properties/dataset/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs17 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.args !== void 0) {
                              let data9 = data3.args;
                              const _errs19 = errors;
                              if ((!data9 || typeof data9 != "object") && typeof data9 !== "string") {
                                validate61.errors = [{ instancePath: instancePath + "/dataset/args", schemaPath: "#/properties/dataset/properties/args/type", keyword: "type", params: { type: schema23.properties.dataset.properties.args.type }, message: "must be object,string,array" }];
                                return false;
                              }
                              var valid2 = _errs19 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate61.errors = [{ instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.metrics !== void 0) {
              let data10 = data.metrics;
              const _errs21 = errors;
              if (errors === _errs21) {
                if (Array.isArray(data10)) {
                  if (data10.length < 1) {
                    validate61.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid3 = true;
                    const len0 = data10.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data11 = data10[i0];
                      const _errs23 = errors;
                      if (errors === _errs23) {
                        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                          let missing3;
                          if (data11.type === void 0 && (missing3 = "type") || data11.value === void 0 && (missing3 = "value")) {
                            validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/properties/metrics/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                            return false;
                          } else {
                            if (data11.type !== void 0) {
                              let data12 = data11.type;
                              const _errs25 = errors;
                              if (errors === _errs25) {
                                if (typeof data12 === "string") {
                                  if (func1(data12) < 1) {
                                    validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/type", schemaPath: "#/properties/metrics/items/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/type", schemaPath: "#/properties/metrics/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid4 = _errs25 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data11.value !== void 0) {
                                let data13 = data11.value;
                                const _errs27 = errors;
                                if (!(typeof data13 == "number" && isFinite(data13)) && typeof data13 !== "string") {
                                  validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/value", schemaPath: "#/properties/metrics/items/properties/value/type", keyword: "type", params: { type: schema23.properties.metrics.items.properties.value.type }, message: "must be number,string" }];
                                  return false;
                                }
                                var valid4 = _errs27 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data11.name !== void 0) {
                                  const _errs29 = errors;
                                  if (typeof data11.name !== "string") {
                                    validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/name", schemaPath: "#/properties/metrics/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid4 = _errs29 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data11.config !== void 0) {
                                    const _errs31 = errors;
                                    if (typeof data11.config !== "string") {
                                      validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/config", schemaPath: "#/properties/metrics/items/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs31 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data11.args !== void 0) {
                                      let data16 = data11.args;
                                      const _errs33 = errors;
                                      if ((!data16 || typeof data16 != "object") && typeof data16 !== "string") {
                                        validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/args", schemaPath: "#/properties/metrics/items/properties/args/type", keyword: "type", params: { type: schema23.properties.metrics.items.properties.args.type }, message: "must be object,string,array" }];
                                        return false;
                                      }
                                      var valid4 = _errs33 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data11.verified !== void 0) {
                                        const _errs35 = errors;
                                        if (typeof data11.verified !== "boolean") {
                                          validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/verified", schemaPath: "#/properties/metrics/items/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                          return false;
                                        }
                                        var valid4 = _errs35 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data11.verifyToken !== void 0) {
                                          const _errs37 = errors;
                                          if (typeof data11.verifyToken !== "string") {
                                            validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0 + "/verifyToken", schemaPath: "#/properties/metrics/items/properties/verifyToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid4 = _errs37 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate61.errors = [{ instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid3 = _errs23 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  }
                } else {
                  validate61.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs21 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                let data19 = data.source;
                const _errs39 = errors;
                if (errors === _errs39) {
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    let missing4;
                    if (data19.url === void 0 && (missing4 = "url")) {
                      validate61.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                      return false;
                    } else {
                      if (data19.name !== void 0) {
                        const _errs41 = errors;
                        if (typeof data19.name !== "string") {
                          validate61.errors = [{ instancePath: instancePath + "/source/name", schemaPath: "#/properties/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid5 = _errs41 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data19.url !== void 0) {
                          let data21 = data19.url;
                          const _errs43 = errors;
                          if (errors === _errs43) {
                            if (errors === _errs43) {
                              if (typeof data21 === "string") {
                                if (!formats0(data21)) {
                                  validate61.errors = [{ instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                                  return false;
                                }
                              } else {
                                validate61.errors = [{ instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                          var valid5 = _errs43 === errors;
                        } else {
                          var valid5 = true;
                        }
                      }
                    }
                  } else {
                    validate61.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs39 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate61.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": { "task": true, "dataset": true, "metrics": true, "source": true }, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.results === void 0 && (missing0 = "results")) {
        validate60.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          let data0 = data.name;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) < 1) {
                validate60.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate60.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.results !== void 0) {
            let data1 = data.results;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                if (data1.length < 1) {
                  validate60.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs5 = errors;
                    if (!validate61(data1[i0], { instancePath: instancePath + "/results/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              } else {
                validate60.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate60.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": { "name": true, "results": true }, "dynamicProps": false, "dynamicItems": false };
var pattern3 = new RegExp("^[a-z0-9][a-z0-9.+-]*$", "u");
var pattern4 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.license === void 0 && (missing0 = "license")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.license !== void 0) {
          if ("other" !== data.license) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (errors === _errs5) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.license_name === void 0 && (missing1 = "license_name") || data.license_link === void 0 && (missing1 = "license_link")) {
          validate52.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        }
      } else {
        validate52.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.license_name = true;
      props0.license_link = true;
      props0.license = true;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate52.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.language = true;
        props0.license = true;
        props0.license_name = true;
        props0.license_link = true;
        props0.library_name = true;
        props0.pipeline_tag = true;
        props0.tags = true;
        props0.datasets = true;
        props0.metrics = true;
        props0.base_model = true;
        props0.base_model_relation = true;
        props0.new_version = true;
        props0.thumbnail = true;
        props0.inference = true;
        props0.widget = true;
        props0.co2_eq_emissions = true;
        props0["model-index"] = true;
      }
      if (data.language !== void 0) {
        const _errs7 = errors;
        if (!validate53(data.language, { instancePath: instancePath + "/language", parentData: data, parentDataProperty: "language", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
          errors = vErrors.length;
        }
        var valid2 = _errs7 === errors;
      } else {
        var valid2 = true;
      }
      if (valid2) {
        if (data.license !== void 0) {
          let data2 = data.license;
          const _errs8 = errors;
          if (errors === _errs8) {
            if (typeof data2 === "string") {
              if (func1(data2) < 1) {
                validate52.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate52.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid2 = _errs8 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.license_name !== void 0) {
            let data3 = data.license_name;
            const _errs10 = errors;
            if (errors === _errs10) {
              if (typeof data3 === "string") {
                if (!pattern3.test(data3)) {
                  validate52.errors = [{ instancePath: instancePath + "/license_name", schemaPath: "#/properties/license_name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.+-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.+-]*$"' }];
                  return false;
                }
              } else {
                validate52.errors = [{ instancePath: instancePath + "/license_name", schemaPath: "#/properties/license_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid2 = _errs10 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.license_link !== void 0) {
              let data4 = data.license_link;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (typeof data4 === "string") {
                  if (func1(data4) < 1) {
                    validate52.errors = [{ instancePath: instancePath + "/license_link", schemaPath: "#/properties/license_link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate52.errors = [{ instancePath: instancePath + "/license_link", schemaPath: "#/properties/license_link/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid2 = _errs12 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.library_name !== void 0) {
                let data5 = data.library_name;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (typeof data5 === "string") {
                    if (func1(data5) < 1) {
                      validate52.errors = [{ instancePath: instancePath + "/library_name", schemaPath: "#/properties/library_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate52.errors = [{ instancePath: instancePath + "/library_name", schemaPath: "#/properties/library_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid2 = _errs14 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.pipeline_tag !== void 0) {
                  let data6 = data.pipeline_tag;
                  const _errs16 = errors;
                  if (errors === _errs16) {
                    if (typeof data6 === "string") {
                      if (!pattern4.test(data6)) {
                        validate52.errors = [{ instancePath: instancePath + "/pipeline_tag", schemaPath: "#/properties/pipeline_tag/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' }];
                        return false;
                      }
                    } else {
                      validate52.errors = [{ instancePath: instancePath + "/pipeline_tag", schemaPath: "#/properties/pipeline_tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid2 = _errs16 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.tags !== void 0) {
                    const _errs18 = errors;
                    if (!validate55(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs18 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data.datasets !== void 0) {
                      const _errs19 = errors;
                      if (!validate53(data.datasets, { instancePath: instancePath + "/datasets", parentData: data, parentDataProperty: "datasets", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs19 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data.metrics !== void 0) {
                        const _errs20 = errors;
                        if (!validate53(data.metrics, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs20 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data.base_model !== void 0) {
                          const _errs21 = errors;
                          if (!validate53(data.base_model, { instancePath: instancePath + "/base_model", parentData: data, parentDataProperty: "base_model", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs21 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data.base_model_relation !== void 0) {
                            let data11 = data.base_model_relation;
                            const _errs22 = errors;
                            if (typeof data11 !== "string") {
                              validate52.errors = [{ instancePath: instancePath + "/base_model_relation", schemaPath: "#/properties/base_model_relation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data11 === "adapter" || data11 === "merge" || data11 === "quantized" || data11 === "finetune")) {
                              validate52.errors = [{ instancePath: instancePath + "/base_model_relation", schemaPath: "#/properties/base_model_relation/enum", keyword: "enum", params: { allowedValues: schema19.properties.base_model_relation.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid2 = _errs22 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data.new_version !== void 0) {
                              let data12 = data.new_version;
                              const _errs24 = errors;
                              if (errors === _errs24) {
                                if (typeof data12 === "string") {
                                  if (func1(data12) < 1) {
                                    validate52.errors = [{ instancePath: instancePath + "/new_version", schemaPath: "#/properties/new_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate52.errors = [{ instancePath: instancePath + "/new_version", schemaPath: "#/properties/new_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs24 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data.thumbnail !== void 0) {
                                const _errs26 = errors;
                                if (typeof data.thumbnail !== "string") {
                                  validate52.errors = [{ instancePath: instancePath + "/thumbnail", schemaPath: "#/properties/thumbnail/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs26 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data.inference !== void 0) {
                                  let data14 = data.inference;
                                  const _errs28 = errors;
                                  if (typeof data14 !== "boolean" && !(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                                    validate52.errors = [{ instancePath: instancePath + "/inference", schemaPath: "#/properties/inference/type", keyword: "type", params: { type: schema19.properties.inference.type }, message: "must be boolean,object" }];
                                    return false;
                                  }
                                  var valid2 = _errs28 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data.widget !== void 0) {
                                    let data15 = data.widget;
                                    const _errs30 = errors;
                                    if (errors === _errs30) {
                                      if (Array.isArray(data15)) {
                                        var valid3 = true;
                                        const len0 = data15.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          let data16 = data15[i0];
                                          const _errs32 = errors;
                                          if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                                            validate52.errors = [{ instancePath: instancePath + "/widget/" + i0, schemaPath: "#/properties/widget/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                          var valid3 = _errs32 === errors;
                                          if (!valid3) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate52.errors = [{ instancePath: instancePath + "/widget", schemaPath: "#/properties/widget/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs30 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data.co2_eq_emissions !== void 0) {
                                      let data17 = data.co2_eq_emissions;
                                      const _errs34 = errors;
                                      if (!(typeof data17 == "number" && isFinite(data17)) && !(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
                                        validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions", schemaPath: "#/properties/co2_eq_emissions/type", keyword: "type", params: { type: schema19.properties.co2_eq_emissions.type }, message: "must be number,object" }];
                                        return false;
                                      }
                                      if (errors === _errs34) {
                                        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                          if (data17.emissions !== void 0) {
                                            let data18 = data17.emissions;
                                            const _errs36 = errors;
                                            if (errors === _errs36) {
                                              if (typeof data18 == "number" && isFinite(data18)) {
                                                if (data18 < 0 || isNaN(data18)) {
                                                  validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions/emissions", schemaPath: "#/properties/co2_eq_emissions/properties/emissions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              } else {
                                                validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions/emissions", schemaPath: "#/properties/co2_eq_emissions/properties/emissions/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid4 = _errs36 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data17.source !== void 0) {
                                              const _errs38 = errors;
                                              if (typeof data17.source !== "string") {
                                                validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions/source", schemaPath: "#/properties/co2_eq_emissions/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid4 = _errs38 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data17.training_type !== void 0) {
                                                const _errs40 = errors;
                                                if (typeof data17.training_type !== "string") {
                                                  validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions/training_type", schemaPath: "#/properties/co2_eq_emissions/properties/training_type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid4 = _errs40 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data17.geographical_location !== void 0) {
                                                  const _errs42 = errors;
                                                  if (typeof data17.geographical_location !== "string") {
                                                    validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions/geographical_location", schemaPath: "#/properties/co2_eq_emissions/properties/geographical_location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs42 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data17.hardware_used !== void 0) {
                                                    const _errs44 = errors;
                                                    if (typeof data17.hardware_used !== "string") {
                                                      validate52.errors = [{ instancePath: instancePath + "/co2_eq_emissions/hardware_used", schemaPath: "#/properties/co2_eq_emissions/properties/hardware_used/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs44 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                      var valid2 = _errs34 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data["model-index"] !== void 0) {
                                        let data23 = data["model-index"];
                                        const _errs46 = errors;
                                        if (errors === _errs46) {
                                          if (Array.isArray(data23)) {
                                            if (data23.length < 1) {
                                              validate52.errors = [{ instancePath: instancePath + "/model-index", schemaPath: "#/properties/model-index/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                              return false;
                                            } else {
                                              var valid5 = true;
                                              const len1 = data23.length;
                                              for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs48 = errors;
                                                if (!validate60(data23[i1], { instancePath: instancePath + "/model-index/" + i1, parentData: data23, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                                  vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid5 = _errs48 === errors;
                                                if (!valid5) {
                                                  break;
                                                }
                                              }
                                            }
                                          } else {
                                            validate52.errors = [{ instancePath: instancePath + "/model-index", schemaPath: "#/properties/model-index/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs46 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate52.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate52.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate52.evaluated = { "dynamicProps": true, "dynamicItems": false };
var hf_dataset_card = validate64;
var schema24 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/hf-dataset-card.schema.json", "type": "object", "properties": { "pretty_name": { "type": "string", "minLength": 1 }, "license": { "$ref": "#/$defs/stringOrList" }, "license_name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9.+-]*$" }, "license_link": { "type": "string", "minLength": 1 }, "language": { "$ref": "#/$defs/stringOrList" }, "task_categories": { "$ref": "#/$defs/taskList" }, "task_ids": { "$ref": "#/$defs/taskList" }, "size_categories": { "type": ["string", "array"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/sizeCategory" }, "items": { "$ref": "#/$defs/sizeCategory" } }, "annotations_creators": { "$ref": "#/$defs/stringOrList" }, "language_creators": { "$ref": "#/$defs/stringOrList" }, "multilinguality": { "$ref": "#/$defs/stringOrList" }, "source_datasets": { "$ref": "#/$defs/stringOrList" }, "paperswithcode_id": { "type": ["string", "null"] }, "tags": { "$ref": "#/$defs/stringOrList" }, "viewer": { "type": "boolean" }, "configs": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/config" } }, "dataset_info": { "type": ["object", "array"], "properties": { "config_name": { "type": "string" }, "features": { "type": ["array", "object"] }, "splits": { "$ref": "#/$defs/infoSplits" }, "download_size": { "$ref": "#/$defs/size" }, "dataset_size": { "$ref": "#/$defs/size" } }, "items": { "$ref": "#/$defs/datasetInfo" } } }, "if": { "type": "object", "properties": { "license": { "const": "other" } }, "required": ["license"] }, "then": { "type": "object", "properties": { "license_name": true, "license_link": true }, "required": ["license_name", "license_link"] }, "$defs": { "size": { "type": ["number", "string"], "minimum": 0, "pattern": "^[0-9]+(?:\\.[0-9]+)?$" }, "sizeCategory": { "type": "string", "enum": ["n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T", "n>1T", "unknown"] }, "stringOrList": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } }, "taskList": { "type": ["string", "array"], "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$", "items": { "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }, "pathOrList": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "config": { "type": ["object", "string"], "minLength": 1, "required": ["config_name"], "properties": { "config_name": { "type": "string", "minLength": 1 }, "default": { "type": "boolean" }, "data_dir": { "type": "string" }, "data_files": { "type": ["string", "array", "object"], "minProperties": 1, "additionalProperties": { "$ref": "#/$defs/pathOrList" }, "minLength": 1, "minItems": 1, "items": { "type": ["string", "object"], "required": ["split", "path"], "properties": { "split": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+$" }, "path": { "$ref": "#/$defs/pathOrList" } } } } } }, "infoSplits": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "num_bytes": { "$ref": "#/$defs/size" }, "num_examples": { "type": "integer", "minimum": 0 } } } }, "datasetInfo": { "type": "object", "properties": { "config_name": { "type": "string" }, "features": { "type": ["array", "object"] }, "splits": { "$ref": "#/$defs/infoSplits" }, "download_size": { "$ref": "#/$defs/size" }, "dataset_size": { "$ref": "#/$defs/size" } } } } };
var schema25 = { "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    validate65.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema25.type }, message: "must be string,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate65.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
    if (errors === 0) {
      if (Array.isArray(data)) {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) < 1) {
                validate65.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate65.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    }
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema26 = { "type": ["string", "array"], "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$", "items": { "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$" } };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    validate68.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema26.type }, message: "must be string,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern4.test(data)) {
        validate68.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' }];
        return false;
      }
    }
    if (errors === 0) {
      if (Array.isArray(data)) {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern4.test(data0)) {
                validate68.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' }];
                return false;
              }
            } else {
              validate68.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema27 = { "type": "string", "enum": ["n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T", "n>1T", "unknown"] };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    validate71.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  if (!(data === "n<1K" || data === "1K<n<10K" || data === "10K<n<100K" || data === "100K<n<1M" || data === "1M<n<10M" || data === "10M<n<100M" || data === "100M<n<1B" || data === "1B<n<10B" || data === "10B<n<100B" || data === "100B<n<1T" || data === "n>1T" || data === "unknown")) {
    validate71.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema27.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema28 = { "type": ["object", "string"], "minLength": 1, "required": ["config_name"], "properties": { "config_name": { "type": "string", "minLength": 1 }, "default": { "type": "boolean" }, "data_dir": { "type": "string" }, "data_files": { "type": ["string", "array", "object"], "minProperties": 1, "additionalProperties": { "$ref": "#/$defs/pathOrList" }, "minLength": 1, "minItems": 1, "items": { "type": ["string", "object"], "required": ["split", "path"], "properties": { "split": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+$" }, "path": { "$ref": "#/$defs/pathOrList" } } } } } };
var pattern8 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
var schema29 = { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    validate80.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema29.type }, message: "must be string,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate80.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
    if (errors === 0) {
      if (Array.isArray(data)) {
        if (data.length < 1) {
          validate80.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs1 = errors;
            if (errors === _errs1) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate80.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate80.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && typeof data !== "string") {
    validate79.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema28.type }, message: "must be object,string" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate79.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.config_name === void 0 && (missing0 = "config_name")) {
          validate79.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.config_name !== void 0) {
            let data0 = data.config_name;
            const _errs1 = errors;
            if (errors === _errs1) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate79.errors = [{ instancePath: instancePath + "/config_name", schemaPath: "#/properties/config_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate79.errors = [{ instancePath: instancePath + "/config_name", schemaPath: "#/properties/config_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.default !== void 0) {
              const _errs3 = errors;
              if (typeof data.default !== "boolean") {
                validate79.errors = [{ instancePath: instancePath + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.data_dir !== void 0) {
                const _errs5 = errors;
                if (typeof data.data_dir !== "string") {
                  validate79.errors = [{ instancePath: instancePath + "/data_dir", schemaPath: "#/properties/data_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.data_files !== void 0) {
                  let data3 = data.data_files;
                  const _errs7 = errors;
                  if ((!data3 || typeof data3 != "object") && typeof data3 !== "string") {
                    validate79.errors = [{ instancePath: instancePath + "/data_files", schemaPath: "#/properties/data_files/type", keyword: "type", params: { type: schema28.properties.data_files.type }, message: "must be string,array,object" }];
                    return false;
                  }
                  if (errors === _errs7) {
                    if (typeof data3 === "string") {
                      if (func1(data3) < 1) {
                        validate79.errors = [{ instancePath: instancePath + "/data_files", schemaPath: "#/properties/data_files/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    }
                    if (errors === _errs7) {
                      if (Array.isArray(data3)) {
                        if (data3.length < 1) {
                          validate79.errors = [{ instancePath: instancePath + "/data_files", schemaPath: "#/properties/data_files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                          return false;
                        } else {
                          var valid1 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data4 = data3[i0];
                            const _errs9 = errors;
                            if (typeof data4 !== "string" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                              validate79.errors = [{ instancePath: instancePath + "/data_files/" + i0, schemaPath: "#/properties/data_files/items/type", keyword: "type", params: { type: schema28.properties.data_files.items.type }, message: "must be string,object" }];
                              return false;
                            }
                            if (errors === _errs9) {
                              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                let missing1;
                                if (data4.split === void 0 && (missing1 = "split") || data4.path === void 0 && (missing1 = "path")) {
                                  validate79.errors = [{ instancePath: instancePath + "/data_files/" + i0, schemaPath: "#/properties/data_files/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data4.split !== void 0) {
                                    let data5 = data4.split;
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                      if (typeof data5 === "string") {
                                        if (!pattern8.test(data5)) {
                                          validate79.errors = [{ instancePath: instancePath + "/data_files/" + i0 + "/split", schemaPath: "#/properties/data_files/items/properties/split/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate79.errors = [{ instancePath: instancePath + "/data_files/" + i0 + "/split", schemaPath: "#/properties/data_files/items/properties/split/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs11 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data4.path !== void 0) {
                                      const _errs13 = errors;
                                      if (!validate80(data4.path, { instancePath: instancePath + "/data_files/" + i0 + "/path", parentData: data4, parentDataProperty: "path", rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid2 = _errs13 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            }
                            var valid1 = _errs9 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        }
                      }
                      if (errors === _errs7) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          if (Object.keys(data3).length < 1) {
                            validate79.errors = [{ instancePath: instancePath + "/data_files", schemaPath: "#/properties/data_files/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                            return false;
                          } else {
                            for (const key0 in data3) {
                              const _errs15 = errors;
                              if (!validate80(data3[key0], { instancePath: instancePath + "/data_files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key0, rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                                errors = vErrors.length;
                              }
                              var valid3 = _errs15 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": { "config_name": true, "default": true, "data_dir": true, "data_files": true }, "dynamicProps": false, "dynamicItems": false };
var schema30 = { "type": "object", "properties": { "config_name": { "type": "string" }, "features": { "type": ["array", "object"] }, "splits": { "$ref": "#/$defs/infoSplits" }, "download_size": { "$ref": "#/$defs/size" }, "dataset_size": { "$ref": "#/$defs/size" } } };
var schema32 = { "type": ["number", "string"], "minimum": 0, "pattern": "^[0-9]+(?:\\.[0-9]+)?$" };
var pattern9 = new RegExp("^[0-9]+(?:\\.[0-9]+)?$", "u");
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && isFinite(data)) && typeof data !== "string") {
    validate86.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema32.type }, message: "must be number,string" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data == "number" && isFinite(data)) {
      if (data < 0 || isNaN(data)) {
        validate86.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
        return false;
      }
    }
    if (errors === 0) {
      if (typeof data === "string") {
        if (!pattern9.test(data)) {
          validate86.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(?:\\.[0-9]+)?$" }, message: 'must match pattern "^[0-9]+(?:\\.[0-9]+)?$"' }];
          return false;
        }
      }
    }
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.name === void 0 && (missing0 = "name")) {
              validate85.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data0.name !== void 0) {
                let data1 = data0.name;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (func1(data1) < 1) {
                      validate85.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate85.errors = [{ instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.num_bytes !== void 0) {
                  const _errs5 = errors;
                  if (!validate86(data0.num_bytes, { instancePath: instancePath + "/" + i0 + "/num_bytes", parentData: data0, parentDataProperty: "num_bytes", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.num_examples !== void 0) {
                    let data3 = data0.num_examples;
                    const _errs6 = errors;
                    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                      validate85.errors = [{ instancePath: instancePath + "/" + i0 + "/num_examples", schemaPath: "#/items/properties/num_examples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs6) {
                      if (typeof data3 == "number" && isFinite(data3)) {
                        if (data3 < 0 || isNaN(data3)) {
                          validate85.errors = [{ instancePath: instancePath + "/" + i0 + "/num_examples", schemaPath: "#/items/properties/num_examples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            }
          } else {
            validate85.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate85.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.config_name !== void 0) {
        const _errs1 = errors;
        if (typeof data.config_name !== "string") {
          validate84.errors = [{ instancePath: instancePath + "/config_name", schemaPath: "#/properties/config_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.features !== void 0) {
          let data1 = data.features;
          const _errs3 = errors;
          if (!data1 || typeof data1 != "object") {
            validate84.errors = [{ instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: schema30.properties.features.type }, message: "must be array,object" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.splits !== void 0) {
            const _errs5 = errors;
            if (!validate85(data.splits, { instancePath: instancePath + "/splits", parentData: data, parentDataProperty: "splits", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.download_size !== void 0) {
              const _errs6 = errors;
              if (!validate86(data.download_size, { instancePath: instancePath + "/download_size", parentData: data, parentDataProperty: "download_size", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.dataset_size !== void 0) {
                const _errs7 = errors;
                if (!validate86(data.dataset_size, { instancePath: instancePath + "/dataset_size", parentData: data, parentDataProperty: "dataset_size", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate84.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": { "config_name": true, "features": true, "splits": true, "download_size": true, "dataset_size": true }, "dynamicProps": false, "dynamicItems": false };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.license === void 0 && (missing0 = "license")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.license !== void 0) {
          if ("other" !== data.license) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (errors === _errs5) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.license_name === void 0 && (missing1 = "license_name") || data.license_link === void 0 && (missing1 = "license_link")) {
          validate64.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        }
      } else {
        validate64.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.license_name = true;
      props0.license_link = true;
      props0.license = true;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate64.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.pretty_name = true;
        props0.license = true;
        props0.license_name = true;
        props0.license_link = true;
        props0.language = true;
        props0.task_categories = true;
        props0.task_ids = true;
        props0.size_categories = true;
        props0.annotations_creators = true;
        props0.language_creators = true;
        props0.multilinguality = true;
        props0.source_datasets = true;
        props0.paperswithcode_id = true;
        props0.tags = true;
        props0.viewer = true;
        props0.configs = true;
        props0.dataset_info = true;
      }
      if (data.pretty_name !== void 0) {
        let data1 = data.pretty_name;
        const _errs7 = errors;
        if (errors === _errs7) {
          if (typeof data1 === "string") {
            if (func1(data1) < 1) {
              validate64.errors = [{ instancePath: instancePath + "/pretty_name", schemaPath: "#/properties/pretty_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
              return false;
            }
          } else {
            validate64.errors = [{ instancePath: instancePath + "/pretty_name", schemaPath: "#/properties/pretty_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
        var valid2 = _errs7 === errors;
      } else {
        var valid2 = true;
      }
      if (valid2) {
        if (data.license !== void 0) {
          const _errs9 = errors;
          if (!validate65(data.license, { instancePath: instancePath + "/license", parentData: data, parentDataProperty: "license", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
            errors = vErrors.length;
          }
          var valid2 = _errs9 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.license_name !== void 0) {
            let data3 = data.license_name;
            const _errs10 = errors;
            if (errors === _errs10) {
              if (typeof data3 === "string") {
                if (!pattern3.test(data3)) {
                  validate64.errors = [{ instancePath: instancePath + "/license_name", schemaPath: "#/properties/license_name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.+-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.+-]*$"' }];
                  return false;
                }
              } else {
                validate64.errors = [{ instancePath: instancePath + "/license_name", schemaPath: "#/properties/license_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid2 = _errs10 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.license_link !== void 0) {
              let data4 = data.license_link;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (typeof data4 === "string") {
                  if (func1(data4) < 1) {
                    validate64.errors = [{ instancePath: instancePath + "/license_link", schemaPath: "#/properties/license_link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate64.errors = [{ instancePath: instancePath + "/license_link", schemaPath: "#/properties/license_link/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid2 = _errs12 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.language !== void 0) {
                const _errs14 = errors;
                if (!validate65(data.language, { instancePath: instancePath + "/language", parentData: data, parentDataProperty: "language", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                  errors = vErrors.length;
                }
                var valid2 = _errs14 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.task_categories !== void 0) {
                  const _errs15 = errors;
                  if (!validate68(data.task_categories, { instancePath: instancePath + "/task_categories", parentData: data, parentDataProperty: "task_categories", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs15 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.task_ids !== void 0) {
                    const _errs16 = errors;
                    if (!validate68(data.task_ids, { instancePath: instancePath + "/task_ids", parentData: data, parentDataProperty: "task_ids", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs16 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data.size_categories !== void 0) {
                      let data8 = data.size_categories;
                      const _errs17 = errors;
                      if (typeof data8 !== "string" && !Array.isArray(data8)) {
                        validate64.errors = [{ instancePath: instancePath + "/size_categories", schemaPath: "#/properties/size_categories/type", keyword: "type", params: { type: schema24.properties.size_categories.type }, message: "must be string,array" }];
                        return false;
                      }
                      const _errs19 = errors;
                      let valid3 = true;
                      const _errs20 = errors;
                      if (typeof data8 !== "string") {
                        const err4 = {};
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs20 === errors;
                      errors = _errs19;
                      if (vErrors !== null) {
                        if (_errs19) {
                          vErrors.length = _errs19;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (_valid1) {
                        const _errs22 = errors;
                        if (!validate71(data8, { instancePath: instancePath + "/size_categories", parentData: data, parentDataProperty: "size_categories", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                          errors = vErrors.length;
                        }
                        var _valid1 = _errs22 === errors;
                        valid3 = _valid1;
                      }
                      if (!valid3) {
                        const err5 = { instancePath: instancePath + "/size_categories", schemaPath: "#/properties/size_categories/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate64.errors = vErrors;
                        return false;
                      }
                      if (errors === _errs17) {
                        if (Array.isArray(data8)) {
                          var valid4 = true;
                          const len0 = data8.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs23 = errors;
                            if (!validate71(data8[i0], { instancePath: instancePath + "/size_categories/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                              errors = vErrors.length;
                            }
                            var valid4 = _errs23 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        }
                      }
                      var valid2 = _errs17 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data.annotations_creators !== void 0) {
                        const _errs24 = errors;
                        if (!validate65(data.annotations_creators, { instancePath: instancePath + "/annotations_creators", parentData: data, parentDataProperty: "annotations_creators", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs24 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data.language_creators !== void 0) {
                          const _errs25 = errors;
                          if (!validate65(data.language_creators, { instancePath: instancePath + "/language_creators", parentData: data, parentDataProperty: "language_creators", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs25 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data.multilinguality !== void 0) {
                            const _errs26 = errors;
                            if (!validate65(data.multilinguality, { instancePath: instancePath + "/multilinguality", parentData: data, parentDataProperty: "multilinguality", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                              errors = vErrors.length;
                            }
                            var valid2 = _errs26 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data.source_datasets !== void 0) {
                              const _errs27 = errors;
                              if (!validate65(data.source_datasets, { instancePath: instancePath + "/source_datasets", parentData: data, parentDataProperty: "source_datasets", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                                errors = vErrors.length;
                              }
                              var valid2 = _errs27 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data.paperswithcode_id !== void 0) {
                                let data14 = data.paperswithcode_id;
                                const _errs28 = errors;
                                if (typeof data14 !== "string" && data14 !== null) {
                                  validate64.errors = [{ instancePath: instancePath + "/paperswithcode_id", schemaPath: "#/properties/paperswithcode_id/type", keyword: "type", params: { type: schema24.properties.paperswithcode_id.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid2 = _errs28 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data.tags !== void 0) {
                                  const _errs30 = errors;
                                  if (!validate65(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid2 = _errs30 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data.viewer !== void 0) {
                                    const _errs31 = errors;
                                    if (typeof data.viewer !== "boolean") {
                                      validate64.errors = [{ instancePath: instancePath + "/viewer", schemaPath: "#/properties/viewer/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid2 = _errs31 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data.configs !== void 0) {
                                      let data17 = data.configs;
                                      const _errs33 = errors;
                                      if (errors === _errs33) {
                                        if (Array.isArray(data17)) {
                                          if (data17.length < 1) {
                                            validate64.errors = [{ instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                            return false;
                                          } else {
                                            var valid5 = true;
                                            const len1 = data17.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              const _errs35 = errors;
                                              if (!validate79(data17[i1], { instancePath: instancePath + "/configs/" + i1, parentData: data17, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                                vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid5 = _errs35 === errors;
                                              if (!valid5) {
                                                break;
                                              }
                                            }
                                          }
                                        } else {
                                          validate64.errors = [{ instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs33 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data.dataset_info !== void 0) {
                                        let data19 = data.dataset_info;
                                        const _errs36 = errors;
                                        if (!data19 || typeof data19 != "object") {
                                          validate64.errors = [{ instancePath: instancePath + "/dataset_info", schemaPath: "#/properties/dataset_info/type", keyword: "type", params: { type: schema24.properties.dataset_info.type }, message: "must be object,array" }];
                                          return false;
                                        }
                                        if (errors === _errs36) {
                                          if (Array.isArray(data19)) {
                                            var valid6 = true;
                                            const len2 = data19.length;
                                            for (let i2 = 0; i2 < len2; i2++) {
                                              const _errs38 = errors;
                                              if (!validate84(data19[i2], { instancePath: instancePath + "/dataset_info/" + i2, parentData: data19, parentDataProperty: i2, rootData, dynamicAnchors })) {
                                                vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid6 = _errs38 === errors;
                                              if (!valid6) {
                                                break;
                                              }
                                            }
                                          }
                                          if (errors === _errs36) {
                                            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                              if (data19.config_name !== void 0) {
                                                const _errs39 = errors;
                                                if (typeof data19.config_name !== "string") {
                                                  validate64.errors = [{ instancePath: instancePath + "/dataset_info/config_name", schemaPath: "#/properties/dataset_info/properties/config_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid7 = _errs39 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                              if (valid7) {
                                                if (data19.features !== void 0) {
                                                  let data22 = data19.features;
                                                  const _errs41 = errors;
                                                  if (!data22 || typeof data22 != "object") {
                                                    validate64.errors = [{ instancePath: instancePath + "/dataset_info/features", schemaPath: "#/properties/dataset_info/properties/features/type", keyword: "type", params: { type: schema24.properties.dataset_info.properties.features.type }, message: "must be array,object" }];
                                                    return false;
                                                  }
                                                  var valid7 = _errs41 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                                if (valid7) {
                                                  if (data19.splits !== void 0) {
                                                    const _errs43 = errors;
                                                    if (!validate85(data19.splits, { instancePath: instancePath + "/dataset_info/splits", parentData: data19, parentDataProperty: "splits", rootData, dynamicAnchors })) {
                                                      vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
                                                      errors = vErrors.length;
                                                    }
                                                    var valid7 = _errs43 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data19.download_size !== void 0) {
                                                      const _errs44 = errors;
                                                      if (!validate86(data19.download_size, { instancePath: instancePath + "/dataset_info/download_size", parentData: data19, parentDataProperty: "download_size", rootData, dynamicAnchors })) {
                                                        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid7 = _errs44 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                    if (valid7) {
                                                      if (data19.dataset_size !== void 0) {
                                                        const _errs45 = errors;
                                                        if (!validate86(data19.dataset_size, { instancePath: instancePath + "/dataset_info/dataset_size", parentData: data19, parentDataProperty: "dataset_size", rootData, dynamicAnchors })) {
                                                          vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid7 = _errs45 === errors;
                                                      } else {
                                                        var valid7 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                        var valid2 = _errs36 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate64.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate64.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate64.evaluated = { "dynamicProps": true, "dynamicItems": false };
var citation_cff = validate95;
var schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/citation-cff.schema.json", "type": "object", "additionalProperties": false, "required": ["cff-version", "message", "title", "authors"], "properties": { "cff-version": { "type": "string", "enum": ["1.2.0"] }, "message": { "type": "string", "minLength": 1 }, "title": { "type": "string", "minLength": 1 }, "authors": { "$ref": "#/$defs/authors" }, "type": { "type": "string", "enum": ["software", "dataset"] }, "abstract": { "type": "string", "minLength": 1 }, "version": { "$ref": "#/$defs/version" }, "date-released": { "$ref": "#/$defs/date" }, "doi": { "$ref": "#/$defs/doi" }, "identifiers": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/identifier" } }, "keywords": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "license": { "$ref": "#/$defs/license" }, "license-url": { "$ref": "#/$defs/url" }, "url": { "$ref": "#/$defs/url" }, "repository": { "$ref": "#/$defs/url" }, "repository-code": { "$ref": "#/$defs/url" }, "repository-artifact": { "$ref": "#/$defs/url" }, "commit": { "type": "string", "minLength": 1 }, "contact": { "$ref": "#/$defs/authors" }, "preferred-citation": { "$ref": "#/$defs/reference" }, "references": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/reference" } } }, "$defs": { "version": { "type": ["string", "number"], "minLength": 1 }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date" }, "url": { "type": "string", "pattern": "^(?:https?|s?ftp)://\\S+$" }, "doi": { "type": "string", "pattern": "^10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+$" }, "orcid": { "type": "string", "pattern": "^https://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$" }, "spdx": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9.+-]*$" }, "license": { "type": ["string", "array"], "pattern": "^[A-Za-z0-9][A-Za-z0-9.+-]*$", "minItems": 1, "items": { "$ref": "#/$defs/spdx" } }, "authors": { "type": "array", "minItems": 1, "items": { "type": "object", "if": { "type": "object", "properties": { "name": true }, "required": ["name"] }, "then": { "$ref": "#/$defs/entity" }, "else": { "$ref": "#/$defs/person" } } }, "person": { "type": "object", "additionalProperties": false, "anyOf": [{ "type": "object", "properties": { "family-names": true }, "required": ["family-names"] }, { "type": "object", "properties": { "given-names": true }, "required": ["given-names"] }], "properties": { "family-names": { "type": "string", "minLength": 1 }, "given-names": { "type": "string", "minLength": 1 }, "name-particle": { "type": "string", "minLength": 1 }, "name-suffix": { "type": "string", "minLength": 1 }, "alias": { "type": "string", "minLength": 1 }, "affiliation": { "type": "string", "minLength": 1 }, "email": { "type": "string", "format": "email" }, "orcid": { "$ref": "#/$defs/orcid" }, "website": { "$ref": "#/$defs/url" }, "address": { "type": "string" }, "city": { "type": "string" }, "region": { "type": "string" }, "post-code": { "type": ["string", "number"] }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "tel": { "type": "string" }, "fax": { "type": "string" } } }, "entity": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "alias": { "type": "string", "minLength": 1 }, "email": { "type": "string", "format": "email" }, "orcid": { "$ref": "#/$defs/orcid" }, "website": { "$ref": "#/$defs/url" }, "address": { "type": "string" }, "city": { "type": "string" }, "region": { "type": "string" }, "post-code": { "type": ["string", "number"] }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "location": { "type": "string" }, "date-start": { "$ref": "#/$defs/date" }, "date-end": { "$ref": "#/$defs/date" }, "tel": { "type": "string" }, "fax": { "type": "string" } } }, "identifier": { "type": "object", "additionalProperties": false, "required": ["type", "value"], "properties": { "type": { "type": "string", "enum": ["doi", "url", "swh", "other"] }, "value": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 } }, "if": { "type": "object", "properties": { "type": { "const": "doi" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "value": { "$ref": "#/$defs/doi" } } }, "else": { "if": { "type": "object", "properties": { "type": { "const": "url" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "value": { "$ref": "#/$defs/url" } } } } }, "reference": { "type": "object", "required": ["type", "title", "authors"], "properties": { "type": { "type": "string", "enum": ["art", "article", "audiovisual", "bill", "blog", "book", "catalogue", "conference-paper", "conference", "data", "database", "dictionary", "edited-work", "encyclopedia", "film-broadcast", "generic", "government-document", "grant", "hearing", "historical-work", "legal-case", "legal-rule", "magazine-article", "manual", "map", "multimedia", "music", "newspaper-article", "pamphlet", "patent", "personal-communication", "proceedings", "report", "serial", "slides", "software-code", "software-container", "software-executable", "software-virtual-machine", "software", "sound-recording", "standard", "statute", "thesis", "unpublished", "video", "website"] }, "title": { "type": "string", "minLength": 1 }, "authors": { "$ref": "#/$defs/authors" }, "editors": { "$ref": "#/$defs/authors" }, "doi": { "$ref": "#/$defs/doi" }, "url": { "$ref": "#/$defs/url" }, "identifiers": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/identifier" } }, "journal": { "type": "string" }, "conference": { "$ref": "#/$defs/entity" }, "publisher": { "$ref": "#/$defs/entity" }, "institution": { "$ref": "#/$defs/entity" }, "collection-title": { "type": "string" }, "volume": { "type": ["integer", "string"] }, "issue": { "type": ["string", "number"] }, "start": { "type": ["integer", "string"] }, "end": { "type": ["integer", "string"] }, "pages": { "type": ["integer", "string"] }, "year": { "type": ["integer", "string"] }, "month": { "type": ["integer", "string"] }, "date-published": { "$ref": "#/$defs/date" }, "date-released": { "$ref": "#/$defs/date" }, "date-accessed": { "$ref": "#/$defs/date" }, "version": { "$ref": "#/$defs/version" }, "license": { "$ref": "#/$defs/license" }, "abstract": { "type": "string" }, "keywords": { "type": "array", "items": { "type": "string" } }, "notes": { "type": "string" }, "isbn": { "type": "string" }, "issn": { "type": "string" } } } } };
var func23 = Object.prototype.hasOwnProperty;
var schema35 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "alias": { "type": "string", "minLength": 1 }, "email": { "type": "string", "format": "email" }, "orcid": { "$ref": "#/$defs/orcid" }, "website": { "$ref": "#/$defs/url" }, "address": { "type": "string" }, "city": { "type": "string" }, "region": { "type": "string" }, "post-code": { "type": ["string", "number"] }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "location": { "type": "string" }, "date-start": { "$ref": "#/$defs/date" }, "date-end": { "$ref": "#/$defs/date" }, "tel": { "type": "string" }, "fax": { "type": "string" } } };
var formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
var pattern10 = new RegExp("^https://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$", "u");
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern10.test(data)) {
        validate98.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^https://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$" }, message: 'must match pattern "^https://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$"' }];
        return false;
      }
    } else {
      validate98.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern11 = new RegExp("^(?:https?|s?ftp)://\\S+$", "u");
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern11.test(data)) {
        validate100.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?:https?|s?ftp)://\\S+$" }, message: 'must match pattern "^(?:https?|s?ftp)://\\S+$"' }];
        return false;
      }
    } else {
      validate100.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { "dynamicProps": false, "dynamicItems": false };
var formats4 = runtime.formats.date;
var pattern13 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!pattern13.test(data)) {
          validate102.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' }];
          return false;
        } else {
          if (!formats4.validate(data)) {
            validate102.errors = [{ instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
            return false;
          }
        }
      } else {
        validate102.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
      }
    }
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern12 = new RegExp("^[A-Z]{2}$", "u");
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate97.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func23.call(schema35.properties, key0)) {
            validate97.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            let data0 = data.name;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate97.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate97.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.alias !== void 0) {
              let data1 = data.alias;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func1(data1) < 1) {
                    validate97.errors = [{ instancePath: instancePath + "/alias", schemaPath: "#/properties/alias/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate97.errors = [{ instancePath: instancePath + "/alias", schemaPath: "#/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.email !== void 0) {
                let data2 = data.email;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (errors === _errs6) {
                    if (typeof data2 === "string") {
                      if (!formats2.test(data2)) {
                        validate97.errors = [{ instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' }];
                        return false;
                      }
                    } else {
                      validate97.errors = [{ instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.orcid !== void 0) {
                  const _errs8 = errors;
                  if (!validate98(data.orcid, { instancePath: instancePath + "/orcid", parentData: data, parentDataProperty: "orcid", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.website !== void 0) {
                    const _errs9 = errors;
                    if (!validate100(data.website, { instancePath: instancePath + "/website", parentData: data, parentDataProperty: "website", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.address !== void 0) {
                      const _errs10 = errors;
                      if (typeof data.address !== "string") {
                        validate97.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.city !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.city !== "string") {
                          validate97.errors = [{ instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.region !== void 0) {
                          const _errs14 = errors;
                          if (typeof data.region !== "string") {
                            validate97.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["post-code"] !== void 0) {
                            let data8 = data["post-code"];
                            const _errs16 = errors;
                            if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
                              validate97.errors = [{ instancePath: instancePath + "/post-code", schemaPath: "#/properties/post-code/type", keyword: "type", params: { type: schema35.properties["post-code"].type }, message: "must be string,number" }];
                              return false;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.country !== void 0) {
                              let data9 = data.country;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data9 === "string") {
                                  if (!pattern12.test(data9)) {
                                    validate97.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' }];
                                    return false;
                                  }
                                } else {
                                  validate97.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.location !== void 0) {
                                const _errs20 = errors;
                                if (typeof data.location !== "string") {
                                  validate97.errors = [{ instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs20 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data["date-start"] !== void 0) {
                                  const _errs22 = errors;
                                  if (!validate102(data["date-start"], { instancePath: instancePath + "/date-start", parentData: data, parentDataProperty: "date-start", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs22 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data["date-end"] !== void 0) {
                                    const _errs23 = errors;
                                    if (!validate102(data["date-end"], { instancePath: instancePath + "/date-end", parentData: data, parentDataProperty: "date-end", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs23 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.tel !== void 0) {
                                      const _errs24 = errors;
                                      if (typeof data.tel !== "string") {
                                        validate97.errors = [{ instancePath: instancePath + "/tel", schemaPath: "#/properties/tel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs24 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.fax !== void 0) {
                                        const _errs26 = errors;
                                        if (typeof data.fax !== "string") {
                                          validate97.errors = [{ instancePath: instancePath + "/fax", schemaPath: "#/properties/fax/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs26 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate97.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "object", "additionalProperties": false, "anyOf": [{ "type": "object", "properties": { "family-names": true }, "required": ["family-names"] }, { "type": "object", "properties": { "given-names": true }, "required": ["given-names"] }], "properties": { "family-names": { "type": "string", "minLength": 1 }, "given-names": { "type": "string", "minLength": 1 }, "name-particle": { "type": "string", "minLength": 1 }, "name-suffix": { "type": "string", "minLength": 1 }, "alias": { "type": "string", "minLength": 1 }, "affiliation": { "type": "string", "minLength": 1 }, "email": { "type": "string", "format": "email" }, "orcid": { "$ref": "#/$defs/orcid" }, "website": { "$ref": "#/$defs/url" }, "address": { "type": "string" }, "city": { "type": "string" }, "region": { "type": "string" }, "post-code": { "type": ["string", "number"] }, "country": { "type": "string", "pattern": "^[A-Z]{2}$" }, "tel": { "type": "string" }, "fax": { "type": "string" } } };
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate106.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["family-names"] === void 0 && (missing0 = "family-names")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0["family-names"] = true;
  }
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data["given-names"] === void 0 && (missing1 = "given-names")) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0["given-names"] = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate106.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs6 = errors;
      for (const key0 in data) {
        if (!func23.call(schema39.properties, key0)) {
          validate106.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs6 === errors) {
        if (data["family-names"] !== void 0) {
          let data0 = data["family-names"];
          const _errs7 = errors;
          if (errors === _errs7) {
            if (typeof data0 === "string") {
              if (func1(data0) < 1) {
                validate106.errors = [{ instancePath: instancePath + "/family-names", schemaPath: "#/properties/family-names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate106.errors = [{ instancePath: instancePath + "/family-names", schemaPath: "#/properties/family-names/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid1 = _errs7 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data["given-names"] !== void 0) {
            let data1 = data["given-names"];
            const _errs9 = errors;
            if (errors === _errs9) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate106.errors = [{ instancePath: instancePath + "/given-names", schemaPath: "#/properties/given-names/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate106.errors = [{ instancePath: instancePath + "/given-names", schemaPath: "#/properties/given-names/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid1 = _errs9 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data["name-particle"] !== void 0) {
              let data2 = data["name-particle"];
              const _errs11 = errors;
              if (errors === _errs11) {
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    validate106.errors = [{ instancePath: instancePath + "/name-particle", schemaPath: "#/properties/name-particle/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate106.errors = [{ instancePath: instancePath + "/name-particle", schemaPath: "#/properties/name-particle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid1 = _errs11 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data["name-suffix"] !== void 0) {
                let data3 = data["name-suffix"];
                const _errs13 = errors;
                if (errors === _errs13) {
                  if (typeof data3 === "string") {
                    if (func1(data3) < 1) {
                      validate106.errors = [{ instancePath: instancePath + "/name-suffix", schemaPath: "#/properties/name-suffix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate106.errors = [{ instancePath: instancePath + "/name-suffix", schemaPath: "#/properties/name-suffix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid1 = _errs13 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.alias !== void 0) {
                  let data4 = data.alias;
                  const _errs15 = errors;
                  if (errors === _errs15) {
                    if (typeof data4 === "string") {
                      if (func1(data4) < 1) {
                        validate106.errors = [{ instancePath: instancePath + "/alias", schemaPath: "#/properties/alias/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate106.errors = [{ instancePath: instancePath + "/alias", schemaPath: "#/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs15 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.affiliation !== void 0) {
                    let data5 = data.affiliation;
                    const _errs17 = errors;
                    if (errors === _errs17) {
                      if (typeof data5 === "string") {
                        if (func1(data5) < 1) {
                          validate106.errors = [{ instancePath: instancePath + "/affiliation", schemaPath: "#/properties/affiliation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate106.errors = [{ instancePath: instancePath + "/affiliation", schemaPath: "#/properties/affiliation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs17 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.email !== void 0) {
                      let data6 = data.email;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (errors === _errs19) {
                          if (typeof data6 === "string") {
                            if (!formats2.test(data6)) {
                              validate106.errors = [{ instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' }];
                              return false;
                            }
                          } else {
                            validate106.errors = [{ instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                      var valid1 = _errs19 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.orcid !== void 0) {
                        const _errs21 = errors;
                        if (!validate98(data.orcid, { instancePath: instancePath + "/orcid", parentData: data, parentDataProperty: "orcid", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs21 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.website !== void 0) {
                          const _errs22 = errors;
                          if (!validate100(data.website, { instancePath: instancePath + "/website", parentData: data, parentDataProperty: "website", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs22 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data.address !== void 0) {
                            const _errs23 = errors;
                            if (typeof data.address !== "string") {
                              validate106.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs23 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data.city !== void 0) {
                              const _errs25 = errors;
                              if (typeof data.city !== "string") {
                                validate106.errors = [{ instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs25 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.region !== void 0) {
                                const _errs27 = errors;
                                if (typeof data.region !== "string") {
                                  validate106.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs27 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data["post-code"] !== void 0) {
                                  let data12 = data["post-code"];
                                  const _errs29 = errors;
                                  if (typeof data12 !== "string" && !(typeof data12 == "number" && isFinite(data12))) {
                                    validate106.errors = [{ instancePath: instancePath + "/post-code", schemaPath: "#/properties/post-code/type", keyword: "type", params: { type: schema39.properties["post-code"].type }, message: "must be string,number" }];
                                    return false;
                                  }
                                  var valid1 = _errs29 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data.country !== void 0) {
                                    let data13 = data.country;
                                    const _errs31 = errors;
                                    if (errors === _errs31) {
                                      if (typeof data13 === "string") {
                                        if (!pattern12.test(data13)) {
                                          validate106.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' }];
                                          return false;
                                        }
                                      } else {
                                        validate106.errors = [{ instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid1 = _errs31 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data.tel !== void 0) {
                                      const _errs33 = errors;
                                      if (typeof data.tel !== "string") {
                                        validate106.errors = [{ instancePath: instancePath + "/tel", schemaPath: "#/properties/tel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid1 = _errs33 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data.fax !== void 0) {
                                        const _errs35 = errors;
                                        if (typeof data.fax !== "string") {
                                          validate106.errors = [{ instancePath: instancePath + "/fax", schemaPath: "#/properties/fax/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid1 = _errs35 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate106.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate106.errors = vErrors;
  return errors === 0;
}
validate106.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length < 1) {
        validate96.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs1 = errors;
          if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
            validate96.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
          const _errs3 = errors;
          let valid1 = true;
          const _errs4 = errors;
          if (errors === _errs4) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.name === void 0 && (missing0 = "name")) {
                const err0 = {};
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              }
            } else {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var _valid0 = _errs4 === errors;
          errors = _errs3;
          if (vErrors !== null) {
            if (_errs3) {
              vErrors.length = _errs3;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs6 = errors;
            if (!validate97(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs6 === errors;
            valid1 = _valid0;
            if (valid1) {
              var props0 = true;
            }
            ifClause0 = "then";
          } else {
            const _errs7 = errors;
            if (!validate106(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs7 === errors;
            valid1 = _valid0;
            if (valid1) {
              if (props0 !== true) {
                props0 = true;
              }
            }
            ifClause0 = "else";
          }
          if (!valid1) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            validate96.errors = vErrors;
            return false;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate96.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "type": ["string", "number"], "minLength": 1 };
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate111.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data))) {
    validate111.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate111.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}
validate111.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern15 = new RegExp("^10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+$", "u");
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern15.test(data)) {
        validate114.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+$" }, message: 'must match pattern "^10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+$"' }];
        return false;
      }
    } else {
      validate114.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema42 = { "type": "object", "additionalProperties": false, "required": ["type", "value"], "properties": { "type": { "type": "string", "enum": ["doi", "url", "swh", "other"] }, "value": { "type": "string", "minLength": 1 }, "description": { "type": "string", "minLength": 1 } }, "if": { "type": "object", "properties": { "type": { "const": "doi" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "value": { "$ref": "#/$defs/doi" } } }, "else": { "if": { "type": "object", "properties": { "type": { "const": "url" } }, "required": ["type"] }, "then": { "type": "object", "properties": { "value": { "$ref": "#/$defs/url" } } } } };
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("doi" !== data.type) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs5 = errors;
    if (errors === _errs5) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.value !== void 0) {
          if (!validate114(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
            errors = vErrors.length;
          }
        }
      } else {
        validate116.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.value = true;
      props0.type = true;
    }
    ifClause0 = "then";
  } else {
    const _errs8 = errors;
    const _errs9 = errors;
    let valid3 = true;
    const _errs10 = errors;
    if (errors === _errs10) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.type === void 0 && (missing1 = "type")) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        } else {
          if (data.type !== void 0) {
            if ("url" !== data.type) {
              const err4 = {};
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
      } else {
        const err5 = {};
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    errors = _errs9;
    if (vErrors !== null) {
      if (_errs9) {
        vErrors.length = _errs9;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs13 = errors;
      if (errors === _errs13) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.value !== void 0) {
            if (!validate100(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
              errors = vErrors.length;
            }
          }
        } else {
          validate116.errors = [{ instancePath, schemaPath: "#/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var _valid1 = _errs13 === errors;
      valid3 = _valid1;
      if (valid3) {
        var props1 = {};
        props1.value = true;
        props1.type = true;
      }
    }
    if (!valid3) {
      const err6 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
      validate116.errors = vErrors;
      return false;
    }
    var _valid0 = _errs8 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
    validate116.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.type === void 0 && (missing2 = "type") || data.value === void 0 && (missing2 = "value")) {
        validate116.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        const _errs16 = errors;
        for (const key0 in data) {
          if (!(key0 === "type" || key0 === "value" || key0 === "description")) {
            validate116.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs16 === errors) {
          if (data.type !== void 0) {
            let data4 = data.type;
            const _errs17 = errors;
            if (typeof data4 !== "string") {
              validate116.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data4 === "doi" || data4 === "url" || data4 === "swh" || data4 === "other")) {
              validate116.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema42.properties.type.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid6 = _errs17 === errors;
          } else {
            var valid6 = true;
          }
          if (valid6) {
            if (data.value !== void 0) {
              let data5 = data.value;
              const _errs19 = errors;
              if (errors === _errs19) {
                if (typeof data5 === "string") {
                  if (func1(data5) < 1) {
                    validate116.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate116.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid6 = _errs19 === errors;
            } else {
              var valid6 = true;
            }
            if (valid6) {
              if (data.description !== void 0) {
                let data6 = data.description;
                const _errs21 = errors;
                if (errors === _errs21) {
                  if (typeof data6 === "string") {
                    if (func1(data6) < 1) {
                      validate116.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate116.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid6 = _errs21 === errors;
              } else {
                var valid6 = true;
              }
            }
          }
        }
      }
    } else {
      validate116.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate116.errors = vErrors;
  return errors === 0;
}
validate116.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "type": ["string", "array"], "pattern": "^[A-Za-z0-9][A-Za-z0-9.+-]*$", "minItems": 1, "items": { "$ref": "#/$defs/spdx" } };
var pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+-]*$", "u");
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate121.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern16.test(data)) {
        validate121.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+-]*$"' }];
        return false;
      }
    } else {
      validate121.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate121.errors = vErrors;
  return errors === 0;
}
validate121.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate120.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    validate120.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema43.type }, message: "must be string,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern16.test(data)) {
        validate120.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+-]*$"' }];
        return false;
      }
    }
    if (errors === 0) {
      if (Array.isArray(data)) {
        if (data.length < 1) {
          validate120.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            const _errs1 = errors;
            if (!validate121(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    }
  }
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema45 = { "type": "object", "required": ["type", "title", "authors"], "properties": { "type": { "type": "string", "enum": ["art", "article", "audiovisual", "bill", "blog", "book", "catalogue", "conference-paper", "conference", "data", "database", "dictionary", "edited-work", "encyclopedia", "film-broadcast", "generic", "government-document", "grant", "hearing", "historical-work", "legal-case", "legal-rule", "magazine-article", "manual", "map", "multimedia", "music", "newspaper-article", "pamphlet", "patent", "personal-communication", "proceedings", "report", "serial", "slides", "software-code", "software-container", "software-executable", "software-virtual-machine", "software", "sound-recording", "standard", "statute", "thesis", "unpublished", "video", "website"] }, "title": { "type": "string", "minLength": 1 }, "authors": { "$ref": "#/$defs/authors" }, "editors": { "$ref": "#/$defs/authors" }, "doi": { "$ref": "#/$defs/doi" }, "url": { "$ref": "#/$defs/url" }, "identifiers": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/identifier" } }, "journal": { "type": "string" }, "conference": { "$ref": "#/$defs/entity" }, "publisher": { "$ref": "#/$defs/entity" }, "institution": { "$ref": "#/$defs/entity" }, "collection-title": { "type": "string" }, "volume": { "type": ["integer", "string"] }, "issue": { "type": ["string", "number"] }, "start": { "type": ["integer", "string"] }, "end": { "type": ["integer", "string"] }, "pages": { "type": ["integer", "string"] }, "year": { "type": ["integer", "string"] }, "month": { "type": ["integer", "string"] }, "date-published": { "$ref": "#/$defs/date" }, "date-released": { "$ref": "#/$defs/date" }, "date-accessed": { "$ref": "#/$defs/date" }, "version": { "$ref": "#/$defs/version" }, "license": { "$ref": "#/$defs/license" }, "abstract": { "type": "string" }, "keywords": { "type": "array", "items": { "type": "string" } }, "notes": { "type": "string" }, "isbn": { "type": "string" }, "issn": { "type": "string" } } };
function validate130(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate130.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.title === void 0 && (missing0 = "title") || data.authors === void 0 && (missing0 = "authors")) {
        validate130.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate130.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data0 === "art" || data0 === "article" || data0 === "audiovisual" || data0 === "bill" || data0 === "blog" || data0 === "book" || data0 === "catalogue" || data0 === "conference-paper" || data0 === "conference" || data0 === "data" || data0 === "database" || data0 === "dictionary" || data0 === "edited-work" || data0 === "encyclopedia" || data0 === "film-broadcast" || data0 === "generic" || data0 === "government-document" || data0 === "grant" || data0 === "hearing" || data0 === "historical-work" || data0 === "legal-case" || data0 === "legal-rule" || data0 === "magazine-article" || data0 === "manual" || data0 === "map" || data0 === "multimedia" || data0 === "music" || data0 === "newspaper-article" || data0 === "pamphlet" || data0 === "patent" || data0 === "personal-communication" || data0 === "proceedings" || data0 === "report" || data0 === "serial" || data0 === "slides" || data0 === "software-code" || data0 === "software-container" || data0 === "software-executable" || data0 === "software-virtual-machine" || data0 === "software" || data0 === "sound-recording" || data0 === "standard" || data0 === "statute" || data0 === "thesis" || data0 === "unpublished" || data0 === "video" || data0 === "website")) {
            validate130.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema45.properties.type.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.title !== void 0) {
            let data1 = data.title;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate130.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate130.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.authors !== void 0) {
              const _errs5 = errors;
              if (!validate96(data.authors, { instancePath: instancePath + "/authors", parentData: data, parentDataProperty: "authors", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.editors !== void 0) {
                const _errs6 = errors;
                if (!validate96(data.editors, { instancePath: instancePath + "/editors", parentData: data, parentDataProperty: "editors", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.doi !== void 0) {
                  const _errs7 = errors;
                  if (!validate114(data.doi, { instancePath: instancePath + "/doi", parentData: data, parentDataProperty: "doi", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.url !== void 0) {
                    const _errs8 = errors;
                    if (!validate100(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.identifiers !== void 0) {
                      let data6 = data.identifiers;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (Array.isArray(data6)) {
                          if (data6.length < 1) {
                            validate130.errors = [{ instancePath: instancePath + "/identifiers", schemaPath: "#/properties/identifiers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                            return false;
                          } else {
                            var valid1 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs11 = errors;
                              if (!validate116(data6[i0], { instancePath: instancePath + "/identifiers/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs11 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate130.errors = [{ instancePath: instancePath + "/identifiers", schemaPath: "#/properties/identifiers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.journal !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.journal !== "string") {
                          validate130.errors = [{ instancePath: instancePath + "/journal", schemaPath: "#/properties/journal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.conference !== void 0) {
                          const _errs14 = errors;
                          if (!validate97(data.conference, { instancePath: instancePath + "/conference", parentData: data, parentDataProperty: "conference", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.publisher !== void 0) {
                            const _errs15 = errors;
                            if (!validate97(data.publisher, { instancePath: instancePath + "/publisher", parentData: data, parentDataProperty: "publisher", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.institution !== void 0) {
                              const _errs16 = errors;
                              if (!validate97(data.institution, { instancePath: instancePath + "/institution", parentData: data, parentDataProperty: "institution", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs16 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["collection-title"] !== void 0) {
                                const _errs17 = errors;
                                if (typeof data["collection-title"] !== "string") {
                                  validate130.errors = [{ instancePath: instancePath + "/collection-title", schemaPath: "#/properties/collection-title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs17 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.volume !== void 0) {
                                  let data13 = data.volume;
                                  const _errs19 = errors;
                                  if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && typeof data13 !== "string") {
                                    validate130.errors = [{ instancePath: instancePath + "/volume", schemaPath: "#/properties/volume/type", keyword: "type", params: { type: schema45.properties.volume.type }, message: "must be integer,string" }];
                                    return false;
                                  }
                                  var valid0 = _errs19 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.issue !== void 0) {
                                    let data14 = data.issue;
                                    const _errs21 = errors;
                                    if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14))) {
                                      validate130.errors = [{ instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: schema45.properties.issue.type }, message: "must be string,number" }];
                                      return false;
                                    }
                                    var valid0 = _errs21 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.start !== void 0) {
                                      let data15 = data.start;
                                      const _errs23 = errors;
                                      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15)) && typeof data15 !== "string") {
                                        validate130.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: schema45.properties.start.type }, message: "must be integer,string" }];
                                        return false;
                                      }
                                      var valid0 = _errs23 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.end !== void 0) {
                                        let data16 = data.end;
                                        const _errs25 = errors;
                                        if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16)) && typeof data16 !== "string") {
                                          validate130.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/properties/end/type", keyword: "type", params: { type: schema45.properties.end.type }, message: "must be integer,string" }];
                                          return false;
                                        }
                                        var valid0 = _errs25 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.pages !== void 0) {
                                          let data17 = data.pages;
                                          const _errs27 = errors;
                                          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17)) && typeof data17 !== "string") {
                                            validate130.errors = [{ instancePath: instancePath + "/pages", schemaPath: "#/properties/pages/type", keyword: "type", params: { type: schema45.properties.pages.type }, message: "must be integer,string" }];
                                            return false;
                                          }
                                          var valid0 = _errs27 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.year !== void 0) {
                                            let data18 = data.year;
                                            const _errs29 = errors;
                                            if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18)) && typeof data18 !== "string") {
                                              validate130.errors = [{ instancePath: instancePath + "/year", schemaPath: "#/properties/year/type", keyword: "type", params: { type: schema45.properties.year.type }, message: "must be integer,string" }];
                                              return false;
                                            }
                                            var valid0 = _errs29 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.month !== void 0) {
                                              let data19 = data.month;
                                              const _errs31 = errors;
                                              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19)) && typeof data19 !== "string") {
                                                validate130.errors = [{ instancePath: instancePath + "/month", schemaPath: "#/properties/month/type", keyword: "type", params: { type: schema45.properties.month.type }, message: "must be integer,string" }];
                                                return false;
                                              }
                                              var valid0 = _errs31 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data["date-published"] !== void 0) {
                                                const _errs33 = errors;
                                                if (!validate102(data["date-published"], { instancePath: instancePath + "/date-published", parentData: data, parentDataProperty: "date-published", rootData, dynamicAnchors })) {
                                                  vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid0 = _errs33 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data["date-released"] !== void 0) {
                                                  const _errs34 = errors;
                                                  if (!validate102(data["date-released"], { instancePath: instancePath + "/date-released", parentData: data, parentDataProperty: "date-released", rootData, dynamicAnchors })) {
                                                    vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid0 = _errs34 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data["date-accessed"] !== void 0) {
                                                    const _errs35 = errors;
                                                    if (!validate102(data["date-accessed"], { instancePath: instancePath + "/date-accessed", parentData: data, parentDataProperty: "date-accessed", rootData, dynamicAnchors })) {
                                                      vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
                                                      errors = vErrors.length;
                                                    }
                                                    var valid0 = _errs35 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.version !== void 0) {
                                                      const _errs36 = errors;
                                                      if (!validate111(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData, dynamicAnchors })) {
                                                        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid0 = _errs36 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.license !== void 0) {
                                                        const _errs37 = errors;
                                                        if (!validate120(data.license, { instancePath: instancePath + "/license", parentData: data, parentDataProperty: "license", rootData, dynamicAnchors })) {
                                                          vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid0 = _errs37 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.abstract !== void 0) {
                                                          const _errs38 = errors;
                                                          if (typeof data.abstract !== "string") {
                                                            validate130.errors = [{ instancePath: instancePath + "/abstract", schemaPath: "#/properties/abstract/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid0 = _errs38 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.keywords !== void 0) {
                                                            let data26 = data.keywords;
                                                            const _errs40 = errors;
                                                            if (errors === _errs40) {
                                                              if (Array.isArray(data26)) {
                                                                var valid2 = true;
                                                                const len1 = data26.length;
                                                                for (let i1 = 0; i1 < len1; i1++) {
                                                                  const _errs42 = errors;
                                                                  if (typeof data26[i1] !== "string") {
                                                                    validate130.errors = [{ instancePath: instancePath + "/keywords/" + i1, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid2 = _errs42 === errors;
                                                                  if (!valid2) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate130.errors = [{ instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid0 = _errs40 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.notes !== void 0) {
                                                              const _errs44 = errors;
                                                              if (typeof data.notes !== "string") {
                                                                validate130.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid0 = _errs44 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.isbn !== void 0) {
                                                                const _errs46 = errors;
                                                                if (typeof data.isbn !== "string") {
                                                                  validate130.errors = [{ instancePath: instancePath + "/isbn", schemaPath: "#/properties/isbn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid0 = _errs46 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                              if (valid0) {
                                                                if (data.issn !== void 0) {
                                                                  const _errs48 = errors;
                                                                  if (typeof data.issn !== "string") {
                                                                    validate130.errors = [{ instancePath: instancePath + "/issn", schemaPath: "#/properties/issn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid0 = _errs48 === errors;
                                                                } else {
                                                                  var valid0 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate130.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate130.errors = vErrors;
  return errors === 0;
}
validate130.evaluated = { "props": { "type": true, "title": true, "authors": true, "editors": true, "doi": true, "url": true, "identifiers": true, "journal": true, "conference": true, "publisher": true, "institution": true, "collection-title": true, "volume": true, "issue": true, "start": true, "end": true, "pages": true, "year": true, "month": true, "date-published": true, "date-released": true, "date-accessed": true, "version": true, "license": true, "abstract": true, "keywords": true, "notes": true, "isbn": true, "issn": true }, "dynamicProps": false, "dynamicItems": false };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["cff-version"] === void 0 && (missing0 = "cff-version") || data.message === void 0 && (missing0 = "message") || data.title === void 0 && (missing0 = "title") || data.authors === void 0 && (missing0 = "authors")) {
        validate95.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func23.call(schema33.properties, key0)) {
            validate95.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["cff-version"] !== void 0) {
            let data0 = data["cff-version"];
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate95.errors = [{ instancePath: instancePath + "/cff-version", schemaPath: "#/properties/cff-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data0 === "1.2.0")) {
              validate95.errors = [{ instancePath: instancePath + "/cff-version", schemaPath: "#/properties/cff-version/enum", keyword: "enum", params: { allowedValues: schema33.properties["cff-version"].enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              let data1 = data.message;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func1(data1) < 1) {
                    validate95.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate95.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.title !== void 0) {
                let data2 = data.title;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 === "string") {
                    if (func1(data2) < 1) {
                      validate95.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate95.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.authors !== void 0) {
                  const _errs8 = errors;
                  if (!validate96(data.authors, { instancePath: instancePath + "/authors", parentData: data, parentDataProperty: "authors", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.type !== void 0) {
                    let data4 = data.type;
                    const _errs9 = errors;
                    if (typeof data4 !== "string") {
                      validate95.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    if (!(data4 === "software" || data4 === "dataset")) {
                      validate95.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema33.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.abstract !== void 0) {
                      let data5 = data.abstract;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (func1(data5) < 1) {
                            validate95.errors = [{ instancePath: instancePath + "/abstract", schemaPath: "#/properties/abstract/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate95.errors = [{ instancePath: instancePath + "/abstract", schemaPath: "#/properties/abstract/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.version !== void 0) {
                        const _errs13 = errors;
                        if (!validate111(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data["date-released"] !== void 0) {
                          const _errs14 = errors;
                          if (!validate102(data["date-released"], { instancePath: instancePath + "/date-released", parentData: data, parentDataProperty: "date-released", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.doi !== void 0) {
                            const _errs15 = errors;
                            if (!validate114(data.doi, { instancePath: instancePath + "/doi", parentData: data, parentDataProperty: "doi", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.identifiers !== void 0) {
                              let data9 = data.identifiers;
                              const _errs16 = errors;
                              if (errors === _errs16) {
                                if (Array.isArray(data9)) {
                                  if (data9.length < 1) {
                                    validate95.errors = [{ instancePath: instancePath + "/identifiers", schemaPath: "#/properties/identifiers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                    return false;
                                  } else {
                                    var valid1 = true;
                                    const len0 = data9.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs18 = errors;
                                      if (!validate116(data9[i0], { instancePath: instancePath + "/identifiers/" + i0, parentData: data9, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid1 = _errs18 === errors;
                                      if (!valid1) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate95.errors = [{ instancePath: instancePath + "/identifiers", schemaPath: "#/properties/identifiers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs16 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.keywords !== void 0) {
                                let data11 = data.keywords;
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (Array.isArray(data11)) {
                                    if (data11.length < 1) {
                                      validate95.errors = [{ instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                      return false;
                                    } else {
                                      var valid2 = true;
                                      const len1 = data11.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data12 = data11[i1];
                                        const _errs21 = errors;
                                        if (errors === _errs21) {
                                          if (typeof data12 === "string") {
                                            if (func1(data12) < 1) {
                                              validate95.errors = [{ instancePath: instancePath + "/keywords/" + i1, schemaPath: "#/properties/keywords/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate95.errors = [{ instancePath: instancePath + "/keywords/" + i1, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs21 === errors;
                                        if (!valid2) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate95.errors = [{ instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs19 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.license !== void 0) {
                                  const _errs23 = errors;
                                  if (!validate120(data.license, { instancePath: instancePath + "/license", parentData: data, parentDataProperty: "license", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs23 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data["license-url"] !== void 0) {
                                    const _errs24 = errors;
                                    if (!validate100(data["license-url"], { instancePath: instancePath + "/license-url", parentData: data, parentDataProperty: "license-url", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs24 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.url !== void 0) {
                                      const _errs25 = errors;
                                      if (!validate100(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs25 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.repository !== void 0) {
                                        const _errs26 = errors;
                                        if (!validate100(data.repository, { instancePath: instancePath + "/repository", parentData: data, parentDataProperty: "repository", rootData, dynamicAnchors })) {
                                          vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs26 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data["repository-code"] !== void 0) {
                                          const _errs27 = errors;
                                          if (!validate100(data["repository-code"], { instancePath: instancePath + "/repository-code", parentData: data, parentDataProperty: "repository-code", rootData, dynamicAnchors })) {
                                            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs27 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data["repository-artifact"] !== void 0) {
                                            const _errs28 = errors;
                                            if (!validate100(data["repository-artifact"], { instancePath: instancePath + "/repository-artifact", parentData: data, parentDataProperty: "repository-artifact", rootData, dynamicAnchors })) {
                                              vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs28 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.commit !== void 0) {
                                              let data19 = data.commit;
                                              const _errs29 = errors;
                                              if (errors === _errs29) {
                                                if (typeof data19 === "string") {
                                                  if (func1(data19) < 1) {
                                                    validate95.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate95.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs29 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.contact !== void 0) {
                                                const _errs31 = errors;
                                                if (!validate96(data.contact, { instancePath: instancePath + "/contact", parentData: data, parentDataProperty: "contact", rootData, dynamicAnchors })) {
                                                  vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid0 = _errs31 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data["preferred-citation"] !== void 0) {
                                                  const _errs32 = errors;
                                                  if (!validate130(data["preferred-citation"], { instancePath: instancePath + "/preferred-citation", parentData: data, parentDataProperty: "preferred-citation", rootData, dynamicAnchors })) {
                                                    vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid0 = _errs32 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.references !== void 0) {
                                                    let data22 = data.references;
                                                    const _errs33 = errors;
                                                    if (errors === _errs33) {
                                                      if (Array.isArray(data22)) {
                                                        if (data22.length < 1) {
                                                          validate95.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                          return false;
                                                        } else {
                                                          var valid3 = true;
                                                          const len2 = data22.length;
                                                          for (let i2 = 0; i2 < len2; i2++) {
                                                            const _errs35 = errors;
                                                            if (!validate130(data22[i2], { instancePath: instancePath + "/references/" + i2, parentData: data22, parentDataProperty: i2, rootData, dynamicAnchors })) {
                                                              vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
                                                              errors = vErrors.length;
                                                            }
                                                            var valid3 = _errs35 === errors;
                                                            if (!valid3) {
                                                              break;
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate95.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid0 = _errs33 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate95.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var croissant = validate146;
var schema46 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/croissant.schema.json", "type": "object", "required": ["@context", "@type", "conformsTo", "name", "description", "license", "url"], "properties": { "@context": { "type": ["object", "string", "array"] }, "@type": { "type": "string", "pattern": "(?:^|[:/])Dataset$" }, "@id": { "type": "string" }, "conformsTo": { "type": ["string", "array"], "pattern": "mlcommons\\.org/croissant/[0-9]", "items": { "type": "string" } }, "name": { "$ref": "#/$defs/text" }, "description": { "$ref": "#/$defs/text" }, "license": { "type": ["string", "array", "object"], "minLength": 1, "minItems": 1, "items": { "type": ["string", "object"] } }, "url": { "type": "string", "minLength": 1 }, "version": { "type": ["string", "number"] }, "datePublished": { "type": "string", "pattern": "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$" }, "dateModified": { "type": "string" }, "creator": { "type": ["object", "array", "string"], "items": { "type": ["object", "string"] } }, "publisher": { "type": ["object", "array", "string"] }, "citeAs": { "type": "string" }, "keywords": { "type": ["array", "string"] }, "sameAs": { "type": ["string", "array"] }, "isLiveDataset": { "type": "boolean" }, "distribution": { "type": "array", "items": { "$ref": "#/$defs/resource" } }, "recordSet": { "type": "array", "items": { "$ref": "#/$defs/recordSet" } } }, "$defs": { "text": { "type": ["string", "object", "array"], "minLength": 1 }, "reference": { "type": "object", "required": ["@id"], "properties": { "@id": { "type": "string", "minLength": 1 } } }, "resource": { "type": "object", "required": ["@type"], "properties": { "@type": { "type": "string" } }, "if": { "type": "object", "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])FileObject$" } }, "required": ["@type"] }, "then": { "$ref": "#/$defs/fileObject" }, "else": { "if": { "type": "object", "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])FileSet$" } }, "required": ["@type"] }, "then": { "$ref": "#/$defs/fileSet" }, "else": { "type": "object", "properties": { "@type": { "type": "string", "enum": ["cr:FileObject", "cr:FileSet"] } } } } }, "fileObject": { "type": "object", "required": ["contentUrl", "encodingFormat"], "properties": { "@type": { "type": "string" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "contentUrl": { "type": "string", "minLength": 1 }, "contentSize": { "type": ["string", "number"] }, "encodingFormat": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string" } }, "sha256": { "type": "string", "minLength": 1 }, "md5": { "type": "string", "minLength": 1 }, "containedIn": { "type": ["object", "array"], "items": { "$ref": "#/$defs/reference" }, "required": ["@id"], "properties": { "@id": { "type": "string" } } }, "sameAs": { "type": ["string", "array"] } }, "if": { "type": "object", "properties": { "containedIn": true }, "required": ["containedIn"] }, "else": { "type": "object", "properties": { "sha256": true, "md5": true }, "anyOf": [{ "type": "object", "properties": { "sha256": true }, "required": ["sha256"] }, { "type": "object", "properties": { "md5": true }, "required": ["md5"] }] } }, "fileSet": { "type": "object", "required": ["includes"], "properties": { "@type": { "type": "string" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "containedIn": { "type": ["object", "array"], "items": { "$ref": "#/$defs/reference" }, "required": ["@id"], "properties": { "@id": { "type": "string" } } }, "encodingFormat": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string" } }, "includes": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "excludes": { "type": ["string", "array"], "items": { "type": "string" } } } }, "recordSet": { "type": "object", "required": ["@type"], "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])RecordSet$" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "dataType": { "type": ["string", "array"] }, "key": { "type": ["object", "array", "string"] }, "field": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/field" } }, "data": { "type": ["array", "object", "string"] }, "examples": { "type": ["array", "object", "string"] } } }, "field": { "type": "object", "required": ["@type"], "if": { "type": "object", "properties": { "subField": true, "references": true, "source": { "type": "object", "properties": { "field": true }, "required": ["field"] } }, "anyOf": [{ "type": "object", "properties": { "subField": true }, "required": ["subField"] }, { "type": "object", "properties": { "references": true }, "required": ["references"] }, { "type": "object", "properties": { "source": true }, "required": ["source"] }] }, "else": { "type": "object", "properties": { "dataType": true }, "required": ["dataType"] }, "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])Field$" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "dataType": { "type": ["string", "array"], "minLength": 1, "minItems": 1 }, "source": { "$ref": "#/$defs/source" }, "references": { "type": "object" }, "subField": { "type": "array", "items": { "$ref": "#/$defs/field" } }, "repeated": { "type": "boolean" } } }, "source": { "type": "object", "properties": { "fileObject": { "$ref": "#/$defs/reference" }, "fileSet": { "$ref": "#/$defs/reference" }, "field": { "$ref": "#/$defs/reference" }, "recordSet": { "$ref": "#/$defs/reference" }, "extract": { "type": "object", "properties": { "column": { "type": "string" }, "jsonPath": { "type": "string" }, "fileProperty": { "type": "string", "enum": ["content", "fullpath", "filename", "filepath", "lines", "lineNumbers"] } } }, "transform": { "type": ["object", "array"] } } } } };
var pattern18 = new RegExp("(?:^|[:/])Dataset$", "u");
var pattern19 = new RegExp("mlcommons\\.org/croissant/[0-9]", "u");
var pattern20 = new RegExp("^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$", "u");
var schema47 = { "type": ["string", "object", "array"], "minLength": 1 };
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate147.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if ((!data || typeof data != "object") && typeof data !== "string") {
    validate147.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema47.type }, message: "must be string,object,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate147.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
  }
  validate147.errors = vErrors;
  return errors === 0;
}
validate147.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema48 = { "type": "object", "required": ["@type"], "properties": { "@type": { "type": "string" } }, "if": { "type": "object", "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])FileObject$" } }, "required": ["@type"] }, "then": { "$ref": "#/$defs/fileObject" }, "else": { "if": { "type": "object", "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])FileSet$" } }, "required": ["@type"] }, "then": { "$ref": "#/$defs/fileSet" }, "else": { "type": "object", "properties": { "@type": { "type": "string", "enum": ["cr:FileObject", "cr:FileSet"] } } } } };
var pattern21 = new RegExp("(?:^|[:/])FileObject$", "u");
var pattern22 = new RegExp("(?:^|[:/])FileSet$", "u");
var schema49 = { "type": "object", "required": ["contentUrl", "encodingFormat"], "properties": { "@type": { "type": "string" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "contentUrl": { "type": "string", "minLength": 1 }, "contentSize": { "type": ["string", "number"] }, "encodingFormat": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string" } }, "sha256": { "type": "string", "minLength": 1 }, "md5": { "type": "string", "minLength": 1 }, "containedIn": { "type": ["object", "array"], "items": { "$ref": "#/$defs/reference" }, "required": ["@id"], "properties": { "@id": { "type": "string" } } }, "sameAs": { "type": ["string", "array"] } }, "if": { "type": "object", "properties": { "containedIn": true }, "required": ["containedIn"] }, "else": { "type": "object", "properties": { "sha256": true, "md5": true }, "anyOf": [{ "type": "object", "properties": { "sha256": true }, "required": ["sha256"] }, { "type": "object", "properties": { "md5": true }, "required": ["md5"] }] } };
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate153.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["@id"] === void 0 && (missing0 = "@id")) {
        validate153.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["@id"] !== void 0) {
          let data0 = data["@id"];
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func1(data0) < 1) {
                validate153.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate153.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
        }
      }
    } else {
      validate153.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate153.errors = vErrors;
  return errors === 0;
}
validate153.evaluated = { "props": { "@id": true }, "dynamicProps": false, "dynamicItems": false };
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.containedIn === void 0 && (missing0 = "containedIn")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    const _errs6 = errors;
    let valid1 = false;
    const _errs7 = errors;
    if (errors === _errs7) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.sha256 === void 0 && (missing1 = "sha256")) {
          const err2 = { instancePath, schemaPath: "#/else/anyOf/0/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/else/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    valid1 = valid1 || _valid1;
    if (_valid1) {
      var props0 = {};
      props0.sha256 = true;
    }
    const _errs9 = errors;
    if (errors === _errs9) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.md5 === void 0 && (missing2 = "md5")) {
          const err4 = { instancePath, schemaPath: "#/else/anyOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath, schemaPath: "#/else/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid1 = _errs9 === errors;
    valid1 = valid1 || _valid1;
    if (_valid1) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.md5 = true;
      }
    }
    if (!valid1) {
      const err6 = { instancePath, schemaPath: "#/else/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
      validate151.errors = vErrors;
      return false;
    } else {
      errors = _errs6;
      if (vErrors !== null) {
        if (_errs6) {
          vErrors.length = _errs6;
        } else {
          vErrors = null;
        }
      }
    }
    if (errors === _errs4) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.sha256 = true;
          props0.md5 = true;
        }
      } else {
        validate151.errors = [{ instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.containedIn = true;
      }
    }
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
    validate151.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.contentUrl === void 0 && (missing3 = "contentUrl") || data.encodingFormat === void 0 && (missing3 = "encodingFormat")) {
        validate151.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0["@type"] = true;
          props0["@id"] = true;
          props0.name = true;
          props0.description = true;
          props0.contentUrl = true;
          props0.contentSize = true;
          props0.encodingFormat = true;
          props0.sha256 = true;
          props0.md5 = true;
          props0.containedIn = true;
          props0.sameAs = true;
        }
        if (data["@type"] !== void 0) {
          const _errs11 = errors;
          if (typeof data["@type"] !== "string") {
            validate151.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid2 = _errs11 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data["@id"] !== void 0) {
            let data1 = data["@id"];
            const _errs13 = errors;
            if (errors === _errs13) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate151.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate151.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid2 = _errs13 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.name !== void 0) {
              let data2 = data.name;
              const _errs15 = errors;
              if (errors === _errs15) {
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    validate151.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate151.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid2 = _errs15 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.description !== void 0) {
                const _errs17 = errors;
                if (!validate147(data.description, { instancePath: instancePath + "/description", parentData: data, parentDataProperty: "description", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                  errors = vErrors.length;
                }
                var valid2 = _errs17 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.contentUrl !== void 0) {
                  let data4 = data.contentUrl;
                  const _errs18 = errors;
                  if (errors === _errs18) {
                    if (typeof data4 === "string") {
                      if (func1(data4) < 1) {
                        validate151.errors = [{ instancePath: instancePath + "/contentUrl", schemaPath: "#/properties/contentUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate151.errors = [{ instancePath: instancePath + "/contentUrl", schemaPath: "#/properties/contentUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid2 = _errs18 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.contentSize !== void 0) {
                    let data5 = data.contentSize;
                    const _errs20 = errors;
                    if (typeof data5 !== "string" && !(typeof data5 == "number" && isFinite(data5))) {
                      validate151.errors = [{ instancePath: instancePath + "/contentSize", schemaPath: "#/properties/contentSize/type", keyword: "type", params: { type: schema49.properties.contentSize.type }, message: "must be string,number" }];
                      return false;
                    }
                    var valid2 = _errs20 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data.encodingFormat !== void 0) {
                      let data6 = data.encodingFormat;
                      const _errs22 = errors;
                      if (typeof data6 !== "string" && !Array.isArray(data6)) {
                        validate151.errors = [{ instancePath: instancePath + "/encodingFormat", schemaPath: "#/properties/encodingFormat/type", keyword: "type", params: { type: schema49.properties.encodingFormat.type }, message: "must be string,array" }];
                        return false;
                      }
                      if (errors === _errs22) {
                        if (typeof data6 === "string") {
                          if (func1(data6) < 1) {
                            validate151.errors = [{ instancePath: instancePath + "/encodingFormat", schemaPath: "#/properties/encodingFormat/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        }
                        if (errors === _errs22) {
                          if (Array.isArray(data6)) {
                            var valid3 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs24 = errors;
                              if (typeof data6[i0] !== "string") {
                                validate151.errors = [{ instancePath: instancePath + "/encodingFormat/" + i0, schemaPath: "#/properties/encodingFormat/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs24 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          }
                        }
                      }
                      var valid2 = _errs22 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data.sha256 !== void 0) {
                        let data8 = data.sha256;
                        const _errs26 = errors;
                        if (errors === _errs26) {
                          if (typeof data8 === "string") {
                            if (func1(data8) < 1) {
                              validate151.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate151.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid2 = _errs26 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data.md5 !== void 0) {
                          let data9 = data.md5;
                          const _errs28 = errors;
                          if (errors === _errs28) {
                            if (typeof data9 === "string") {
                              if (func1(data9) < 1) {
                                validate151.errors = [{ instancePath: instancePath + "/md5", schemaPath: "#/properties/md5/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate151.errors = [{ instancePath: instancePath + "/md5", schemaPath: "#/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid2 = _errs28 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data.containedIn !== void 0) {
                            let data10 = data.containedIn;
                            const _errs30 = errors;
                            if (!data10 || typeof data10 != "object") {
                              validate151.errors = [{ instancePath: instancePath + "/containedIn", schemaPath: "#/properties/containedIn/type", keyword: "type", params: { type: schema49.properties.containedIn.type }, message: "must be object,array" }];
                              return false;
                            }
                            if (errors === _errs30) {
                              if (Array.isArray(data10)) {
                                var valid4 = true;
                                const len1 = data10.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs32 = errors;
                                  if (!validate153(data10[i1], { instancePath: instancePath + "/containedIn/" + i1, parentData: data10, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid4 = _errs32 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              }
                              if (errors === _errs30) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  let missing4;
                                  if (data10["@id"] === void 0 && (missing4 = "@id")) {
                                    validate151.errors = [{ instancePath: instancePath + "/containedIn", schemaPath: "#/properties/containedIn/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    if (data10["@id"] !== void 0) {
                                      if (typeof data10["@id"] !== "string") {
                                        validate151.errors = [{ instancePath: instancePath + "/containedIn/@id", schemaPath: "#/properties/containedIn/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                            var valid2 = _errs30 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data.sameAs !== void 0) {
                              let data13 = data.sameAs;
                              const _errs35 = errors;
                              if (typeof data13 !== "string" && !Array.isArray(data13)) {
                                validate151.errors = [{ instancePath: instancePath + "/sameAs", schemaPath: "#/properties/sameAs/type", keyword: "type", params: { type: schema49.properties.sameAs.type }, message: "must be string,array" }];
                                return false;
                              }
                              var valid2 = _errs35 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate151.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate151.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate151.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema51 = { "type": "object", "required": ["includes"], "properties": { "@type": { "type": "string" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "containedIn": { "type": ["object", "array"], "items": { "$ref": "#/$defs/reference" }, "required": ["@id"], "properties": { "@id": { "type": "string" } } }, "encodingFormat": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string" } }, "includes": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "excludes": { "type": ["string", "array"], "items": { "type": "string" } } } };
function validate156(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate156.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.includes === void 0 && (missing0 = "includes")) {
        validate156.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["@type"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["@type"] !== "string") {
            validate156.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["@id"] !== void 0) {
            let data1 = data["@id"];
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate156.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate156.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              let data2 = data.name;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    validate156.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate156.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== void 0) {
                const _errs7 = errors;
                if (!validate147(data.description, { instancePath: instancePath + "/description", parentData: data, parentDataProperty: "description", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.containedIn !== void 0) {
                  let data4 = data.containedIn;
                  const _errs8 = errors;
                  if (!data4 || typeof data4 != "object") {
                    validate156.errors = [{ instancePath: instancePath + "/containedIn", schemaPath: "#/properties/containedIn/type", keyword: "type", params: { type: schema51.properties.containedIn.type }, message: "must be object,array" }];
                    return false;
                  }
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs10 = errors;
                        if (!validate153(data4[i0], { instancePath: instancePath + "/containedIn/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                    if (errors === _errs8) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing1;
                        if (data4["@id"] === void 0 && (missing1 = "@id")) {
                          validate156.errors = [{ instancePath: instancePath + "/containedIn", schemaPath: "#/properties/containedIn/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data4["@id"] !== void 0) {
                            if (typeof data4["@id"] !== "string") {
                              validate156.errors = [{ instancePath: instancePath + "/containedIn/@id", schemaPath: "#/properties/containedIn/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.encodingFormat !== void 0) {
                    let data7 = data.encodingFormat;
                    const _errs13 = errors;
                    if (typeof data7 !== "string" && !Array.isArray(data7)) {
                      validate156.errors = [{ instancePath: instancePath + "/encodingFormat", schemaPath: "#/properties/encodingFormat/type", keyword: "type", params: { type: schema51.properties.encodingFormat.type }, message: "must be string,array" }];
                      return false;
                    }
                    if (errors === _errs13) {
                      if (typeof data7 === "string") {
                        if (func1(data7) < 1) {
                          validate156.errors = [{ instancePath: instancePath + "/encodingFormat", schemaPath: "#/properties/encodingFormat/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      }
                      if (errors === _errs13) {
                        if (Array.isArray(data7)) {
                          var valid3 = true;
                          const len1 = data7.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs15 = errors;
                            if (typeof data7[i1] !== "string") {
                              validate156.errors = [{ instancePath: instancePath + "/encodingFormat/" + i1, schemaPath: "#/properties/encodingFormat/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs15 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        }
                      }
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.includes !== void 0) {
                      let data9 = data.includes;
                      const _errs17 = errors;
                      if (typeof data9 !== "string" && !Array.isArray(data9)) {
                        validate156.errors = [{ instancePath: instancePath + "/includes", schemaPath: "#/properties/includes/type", keyword: "type", params: { type: schema51.properties.includes.type }, message: "must be string,array" }];
                        return false;
                      }
                      if (errors === _errs17) {
                        if (typeof data9 === "string") {
                          if (func1(data9) < 1) {
                            validate156.errors = [{ instancePath: instancePath + "/includes", schemaPath: "#/properties/includes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        }
                        if (errors === _errs17) {
                          if (Array.isArray(data9)) {
                            if (data9.length < 1) {
                              validate156.errors = [{ instancePath: instancePath + "/includes", schemaPath: "#/properties/includes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid4 = true;
                              const len2 = data9.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data10 = data9[i2];
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (typeof data10 === "string") {
                                    if (func1(data10) < 1) {
                                      validate156.errors = [{ instancePath: instancePath + "/includes/" + i2, schemaPath: "#/properties/includes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate156.errors = [{ instancePath: instancePath + "/includes/" + i2, schemaPath: "#/properties/includes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs19 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            }
                          }
                        }
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.excludes !== void 0) {
                        let data11 = data.excludes;
                        const _errs21 = errors;
                        if (typeof data11 !== "string" && !Array.isArray(data11)) {
                          validate156.errors = [{ instancePath: instancePath + "/excludes", schemaPath: "#/properties/excludes/type", keyword: "type", params: { type: schema51.properties.excludes.type }, message: "must be string,array" }];
                          return false;
                        }
                        if (errors === _errs21) {
                          if (Array.isArray(data11)) {
                            var valid5 = true;
                            const len3 = data11.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                              const _errs23 = errors;
                              if (typeof data11[i3] !== "string") {
                                validate156.errors = [{ instancePath: instancePath + "/excludes/" + i3, schemaPath: "#/properties/excludes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs23 === errors;
                              if (!valid5) {
                                break;
                              }
                            }
                          }
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate156.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate156.errors = vErrors;
  return errors === 0;
}
validate156.evaluated = { "props": { "@type": true, "@id": true, "name": true, "description": true, "containedIn": true, "encodingFormat": true, "includes": true, "excludes": true }, "dynamicProps": false, "dynamicItems": false };
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate150.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["@type"] === void 0 && (missing0 = "@type")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data["@type"] !== void 0) {
          let data0 = data["@type"];
          const _errs4 = errors;
          if (errors === _errs4) {
            if (typeof data0 === "string") {
              if (!pattern21.test(data0)) {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            } else {
              const err2 = {};
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
      }
    } else {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs6 = errors;
    if (!validate151(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
      errors = vErrors.length;
    } else {
      var props0 = validate151.evaluated.props;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0["@type"] = true;
      }
    }
    ifClause0 = "then";
  } else {
    const _errs7 = errors;
    const _errs8 = errors;
    let valid2 = true;
    const _errs9 = errors;
    if (errors === _errs9) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data["@type"] === void 0 && (missing1 = "@type")) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        } else {
          if (data["@type"] !== void 0) {
            let data1 = data["@type"];
            const _errs11 = errors;
            if (errors === _errs11) {
              if (typeof data1 === "string") {
                if (!pattern22.test(data1)) {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = {};
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err7 = {};
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    var _valid1 = _errs9 === errors;
    errors = _errs8;
    if (vErrors !== null) {
      if (_errs8) {
        vErrors.length = _errs8;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs13 = errors;
      if (!validate156(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs13 === errors;
      valid2 = _valid1;
      if (valid2) {
        var props1 = {};
        props1["@type"] = true;
        props1["@id"] = true;
        props1.name = true;
        props1.description = true;
        props1.containedIn = true;
        props1.encodingFormat = true;
        props1.includes = true;
        props1.excludes = true;
      }
      ifClause1 = "then";
    } else {
      const _errs14 = errors;
      if (errors === _errs14) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data["@type"] !== void 0) {
            let data2 = data["@type"];
            if (typeof data2 !== "string") {
              validate150.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/else/else/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data2 === "cr:FileObject" || data2 === "cr:FileSet")) {
              validate150.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/else/else/properties/%40type/enum", keyword: "enum", params: { allowedValues: schema48.else.else.properties["@type"].enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
          }
        } else {
          validate150.errors = [{ instancePath, schemaPath: "#/else/else/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var _valid1 = _errs14 === errors;
      valid2 = _valid1;
      if (valid2) {
        if (props1 !== true) {
          props1 = props1 || {};
          props1["@type"] = true;
        }
      }
      ifClause1 = "else";
    }
    if (!valid2) {
      const err8 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
      validate150.errors = vErrors;
      return false;
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
    validate150.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data["@type"] === void 0 && (missing2 = "@type")) {
        validate150.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0["@type"] = true;
        }
        if (data["@type"] !== void 0) {
          if (typeof data["@type"] !== "string") {
            validate150.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate150.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate150.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate150.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema52 = { "type": "object", "required": ["@type"], "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])RecordSet$" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "dataType": { "type": ["string", "array"] }, "key": { "type": ["object", "array", "string"] }, "field": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/field" } }, "data": { "type": ["array", "object", "string"] }, "examples": { "type": ["array", "object", "string"] } } };
var pattern23 = new RegExp("(?:^|[:/])RecordSet$", "u");
var schema53 = { "type": "object", "required": ["@type"], "if": { "type": "object", "properties": { "subField": true, "references": true, "source": { "type": "object", "properties": { "field": true }, "required": ["field"] } }, "anyOf": [{ "type": "object", "properties": { "subField": true }, "required": ["subField"] }, { "type": "object", "properties": { "references": true }, "required": ["references"] }, { "type": "object", "properties": { "source": true }, "required": ["source"] }] }, "else": { "type": "object", "properties": { "dataType": true }, "required": ["dataType"] }, "properties": { "@type": { "type": "string", "pattern": "(?:^|[:/])Field$" }, "@id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "description": { "$ref": "#/$defs/text" }, "dataType": { "type": ["string", "array"], "minLength": 1, "minItems": 1 }, "source": { "$ref": "#/$defs/source" }, "references": { "type": "object" }, "subField": { "type": "array", "items": { "$ref": "#/$defs/field" } }, "repeated": { "type": "boolean" } } };
var pattern24 = new RegExp("(?:^|[:/])Field$", "u");
var schema54 = { "type": "object", "properties": { "fileObject": { "$ref": "#/$defs/reference" }, "fileSet": { "$ref": "#/$defs/reference" }, "field": { "$ref": "#/$defs/reference" }, "recordSet": { "$ref": "#/$defs/reference" }, "extract": { "type": "object", "properties": { "column": { "type": "string" }, "jsonPath": { "type": "string" }, "fileProperty": { "type": "string", "enum": ["content", "fullpath", "filename", "filepath", "lines", "lineNumbers"] } } }, "transform": { "type": ["object", "array"] } } };
function validate165(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate165.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.fileObject !== void 0) {
        const _errs1 = errors;
        if (!validate153(data.fileObject, { instancePath: instancePath + "/fileObject", parentData: data, parentDataProperty: "fileObject", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.fileSet !== void 0) {
          const _errs2 = errors;
          if (!validate153(data.fileSet, { instancePath: instancePath + "/fileSet", parentData: data, parentDataProperty: "fileSet", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.field !== void 0) {
            const _errs3 = errors;
            if (!validate153(data.field, { instancePath: instancePath + "/field", parentData: data, parentDataProperty: "field", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.recordSet !== void 0) {
              const _errs4 = errors;
              if (!validate153(data.recordSet, { instancePath: instancePath + "/recordSet", parentData: data, parentDataProperty: "recordSet", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.extract !== void 0) {
                let data4 = data.extract;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.column !== void 0) {
                      const _errs7 = errors;
                      if (typeof data4.column !== "string") {
                        validate165.errors = [{ instancePath: instancePath + "/extract/column", schemaPath: "#/properties/extract/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data4.jsonPath !== void 0) {
                        const _errs9 = errors;
                        if (typeof data4.jsonPath !== "string") {
                          validate165.errors = [{ instancePath: instancePath + "/extract/jsonPath", schemaPath: "#/properties/extract/properties/jsonPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data4.fileProperty !== void 0) {
                          let data7 = data4.fileProperty;
                          const _errs11 = errors;
                          if (typeof data7 !== "string") {
                            validate165.errors = [{ instancePath: instancePath + "/extract/fileProperty", schemaPath: "#/properties/extract/properties/fileProperty/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          if (!(data7 === "content" || data7 === "fullpath" || data7 === "filename" || data7 === "filepath" || data7 === "lines" || data7 === "lineNumbers")) {
                            validate165.errors = [{ instancePath: instancePath + "/extract/fileProperty", schemaPath: "#/properties/extract/properties/fileProperty/enum", keyword: "enum", params: { allowedValues: schema54.properties.extract.properties.fileProperty.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  } else {
                    validate165.errors = [{ instancePath: instancePath + "/extract", schemaPath: "#/properties/extract/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.transform !== void 0) {
                  let data8 = data.transform;
                  const _errs13 = errors;
                  if (!data8 || typeof data8 != "object") {
                    validate165.errors = [{ instancePath: instancePath + "/transform", schemaPath: "#/properties/transform/type", keyword: "type", params: { type: schema54.properties.transform.type }, message: "must be object,array" }];
                    return false;
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate165.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate165.errors = vErrors;
  return errors === 0;
}
validate165.evaluated = { "props": { "fileObject": true, "fileSet": true, "field": true, "recordSet": true, "extract": true, "transform": true }, "dynamicProps": false, "dynamicItems": false };
var wrapper0 = { validate: validate163 };
function validate163(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate163.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  const _errs4 = errors;
  let valid1 = false;
  const _errs5 = errors;
  if (errors === _errs5) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.subField === void 0 && (missing0 = "subField")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid1 = _errs5 === errors;
  valid1 = valid1 || _valid1;
  if (_valid1) {
    var props0 = {};
    props0.subField = true;
  }
  const _errs7 = errors;
  if (errors === _errs7) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.references === void 0 && (missing1 = "references")) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid1 = _errs7 === errors;
  valid1 = valid1 || _valid1;
  if (_valid1) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.references = true;
    }
  }
  const _errs9 = errors;
  if (errors === _errs9) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.source === void 0 && (missing2 = "source")) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid1 = _errs9 === errors;
  valid1 = valid1 || _valid1;
  if (_valid1) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.source = true;
    }
  }
  if (!valid1) {
    const err6 = {};
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs4;
    if (vErrors !== null) {
      if (_errs4) {
        vErrors.length = _errs4;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.subField = true;
        props0.references = true;
        props0.source = true;
      }
      if (data.source !== void 0) {
        let data0 = data.source;
        const _errs11 = errors;
        if (errors === _errs11) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing3;
            if (data0.field === void 0 && (missing3 = "field")) {
              const err7 = {};
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    } else {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs13 = errors;
    if (errors === _errs13) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing4;
        if (data.dataType === void 0 && (missing4 = "dataType")) {
          validate163.errors = [{ instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
          return false;
        }
      } else {
        validate163.errors = [{ instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs13 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.dataType = true;
      }
    }
  }
  if (!valid0) {
    const err10 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema' };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
    validate163.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing5;
      if (data["@type"] === void 0 && (missing5 = "@type")) {
        validate163.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0["@type"] = true;
          props0["@id"] = true;
          props0.name = true;
          props0.description = true;
          props0.dataType = true;
          props0.source = true;
          props0.references = true;
          props0.subField = true;
          props0.repeated = true;
        }
        if (data["@type"] !== void 0) {
          let data1 = data["@type"];
          const _errs15 = errors;
          if (errors === _errs15) {
            if (typeof data1 === "string") {
              if (!pattern24.test(data1)) {
                validate163.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/pattern", keyword: "pattern", params: { pattern: "(?:^|[:/])Field$" }, message: 'must match pattern "(?:^|[:/])Field$"' }];
                return false;
              }
            } else {
              validate163.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid3 = _errs15 === errors;
        } else {
          var valid3 = true;
        }
        if (valid3) {
          if (data["@id"] !== void 0) {
            let data2 = data["@id"];
            const _errs17 = errors;
            if (errors === _errs17) {
              if (typeof data2 === "string") {
                if (func1(data2) < 1) {
                  validate163.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate163.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid3 = _errs17 === errors;
          } else {
            var valid3 = true;
          }
          if (valid3) {
            if (data.name !== void 0) {
              let data3 = data.name;
              const _errs19 = errors;
              if (errors === _errs19) {
                if (typeof data3 === "string") {
                  if (func1(data3) < 1) {
                    validate163.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate163.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid3 = _errs19 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.description !== void 0) {
                const _errs21 = errors;
                if (!validate147(data.description, { instancePath: instancePath + "/description", parentData: data, parentDataProperty: "description", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                  errors = vErrors.length;
                }
                var valid3 = _errs21 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.dataType !== void 0) {
                  let data5 = data.dataType;
                  const _errs22 = errors;
                  if (typeof data5 !== "string" && !Array.isArray(data5)) {
                    validate163.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/type", keyword: "type", params: { type: schema53.properties.dataType.type }, message: "must be string,array" }];
                    return false;
                  }
                  if (errors === _errs22) {
                    if (typeof data5 === "string") {
                      if (func1(data5) < 1) {
                        validate163.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    }
                    if (errors === _errs22) {
                      if (Array.isArray(data5)) {
                        if (data5.length < 1) {
                          validate163.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid3 = _errs22 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data.source !== void 0) {
                    const _errs24 = errors;
                    if (!validate165(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
                      errors = vErrors.length;
                    }
                    var valid3 = _errs24 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data.references !== void 0) {
                      let data7 = data.references;
                      const _errs25 = errors;
                      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                        validate163.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                      var valid3 = _errs25 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data.subField !== void 0) {
                        let data8 = data.subField;
                        const _errs27 = errors;
                        if (errors === _errs27) {
                          if (Array.isArray(data8)) {
                            var valid4 = true;
                            const len0 = data8.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs29 = errors;
                              if (!wrapper0.validate(data8[i0], { instancePath: instancePath + "/subField/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                                errors = vErrors.length;
                              }
                              var valid4 = _errs29 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate163.errors = [{ instancePath: instancePath + "/subField", schemaPath: "#/properties/subField/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid3 = _errs27 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data.repeated !== void 0) {
                          const _errs30 = errors;
                          if (typeof data.repeated !== "boolean") {
                            validate163.errors = [{ instancePath: instancePath + "/repeated", schemaPath: "#/properties/repeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid3 = _errs30 === errors;
                        } else {
                          var valid3 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate163.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate163.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate163.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate161(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate161.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["@type"] === void 0 && (missing0 = "@type")) {
        validate161.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["@type"] !== void 0) {
          let data0 = data["@type"];
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern23.test(data0)) {
                validate161.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/pattern", keyword: "pattern", params: { pattern: "(?:^|[:/])RecordSet$" }, message: 'must match pattern "(?:^|[:/])RecordSet$"' }];
                return false;
              }
            } else {
              validate161.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["@id"] !== void 0) {
            let data1 = data["@id"];
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate161.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate161.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              let data2 = data.name;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    validate161.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate161.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== void 0) {
                const _errs7 = errors;
                if (!validate147(data.description, { instancePath: instancePath + "/description", parentData: data, parentDataProperty: "description", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dataType !== void 0) {
                  let data4 = data.dataType;
                  const _errs8 = errors;
                  if (typeof data4 !== "string" && !Array.isArray(data4)) {
                    validate161.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/type", keyword: "type", params: { type: schema52.properties.dataType.type }, message: "must be string,array" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.key !== void 0) {
                    let data5 = data.key;
                    const _errs10 = errors;
                    if ((!data5 || typeof data5 != "object") && typeof data5 !== "string") {
                      validate161.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema52.properties.key.type }, message: "must be object,array,string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.field !== void 0) {
                      let data6 = data.field;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (Array.isArray(data6)) {
                          if (data6.length < 1) {
                            validate161.errors = [{ instancePath: instancePath + "/field", schemaPath: "#/properties/field/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                            return false;
                          } else {
                            var valid1 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs14 = errors;
                              if (!validate163(data6[i0], { instancePath: instancePath + "/field/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs14 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate161.errors = [{ instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.data !== void 0) {
                        let data8 = data.data;
                        const _errs15 = errors;
                        if ((!data8 || typeof data8 != "object") && typeof data8 !== "string") {
                          validate161.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: schema52.properties.data.type }, message: "must be array,object,string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.examples !== void 0) {
                          let data9 = data.examples;
                          const _errs17 = errors;
                          if ((!data9 || typeof data9 != "object") && typeof data9 !== "string") {
                            validate161.errors = [{ instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: schema52.properties.examples.type }, message: "must be array,object,string" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate161.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate161.errors = vErrors;
  return errors === 0;
}
validate161.evaluated = { "props": { "@type": true, "@id": true, "name": true, "description": true, "dataType": true, "key": true, "field": true, "data": true, "examples": true }, "dynamicProps": false, "dynamicItems": false };
function validate146(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate146.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["@context"] === void 0 && (missing0 = "@context") || data["@type"] === void 0 && (missing0 = "@type") || data.conformsTo === void 0 && (missing0 = "conformsTo") || data.name === void 0 && (missing0 = "name") || data.description === void 0 && (missing0 = "description") || data.license === void 0 && (missing0 = "license") || data.url === void 0 && (missing0 = "url")) {
        validate146.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["@context"] !== void 0) {
          let data0 = data["@context"];
          const _errs1 = errors;
          if ((!data0 || typeof data0 != "object") && typeof data0 !== "string") {
            validate146.errors = [{ instancePath: instancePath + "/@context", schemaPath: "#/properties/%40context/type", keyword: "type", params: { type: schema46.properties["@context"].type }, message: "must be object,string,array" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["@type"] !== void 0) {
            let data1 = data["@type"];
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === "string") {
                if (!pattern18.test(data1)) {
                  validate146.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/pattern", keyword: "pattern", params: { pattern: "(?:^|[:/])Dataset$" }, message: 'must match pattern "(?:^|[:/])Dataset$"' }];
                  return false;
                }
              } else {
                validate146.errors = [{ instancePath: instancePath + "/@type", schemaPath: "#/properties/%40type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["@id"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["@id"] !== "string") {
                validate146.errors = [{ instancePath: instancePath + "/@id", schemaPath: "#/properties/%40id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.conformsTo !== void 0) {
                let data3 = data.conformsTo;
                const _errs7 = errors;
                if (typeof data3 !== "string" && !Array.isArray(data3)) {
                  validate146.errors = [{ instancePath: instancePath + "/conformsTo", schemaPath: "#/properties/conformsTo/type", keyword: "type", params: { type: schema46.properties.conformsTo.type }, message: "must be string,array" }];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (!pattern19.test(data3)) {
                      validate146.errors = [{ instancePath: instancePath + "/conformsTo", schemaPath: "#/properties/conformsTo/pattern", keyword: "pattern", params: { pattern: "mlcommons\\.org/croissant/[0-9]" }, message: 'must match pattern "mlcommons\\.org/croissant/[0-9]"' }];
                      return false;
                    }
                  }
                  if (errors === _errs7) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs9 = errors;
                        if (typeof data3[i0] !== "string") {
                          validate146.errors = [{ instancePath: instancePath + "/conformsTo/" + i0, schemaPath: "#/properties/conformsTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.name !== void 0) {
                  const _errs11 = errors;
                  if (!validate147(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.description !== void 0) {
                    const _errs12 = errors;
                    if (!validate147(data.description, { instancePath: instancePath + "/description", parentData: data, parentDataProperty: "description", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.license !== void 0) {
                      let data7 = data.license;
                      const _errs13 = errors;
                      if ((!data7 || typeof data7 != "object") && typeof data7 !== "string") {
                        validate146.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: schema46.properties.license.type }, message: "must be string,array,object" }];
                        return false;
                      }
                      if (errors === _errs13) {
                        if (typeof data7 === "string") {
                          if (func1(data7) < 1) {
                            validate146.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        }
                        if (errors === _errs13) {
                          if (Array.isArray(data7)) {
                            if (data7.length < 1) {
                              validate146.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid2 = true;
                              const len1 = data7.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data8 = data7[i1];
                                const _errs15 = errors;
                                if (typeof data8 !== "string" && !(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                                  validate146.errors = [{ instancePath: instancePath + "/license/" + i1, schemaPath: "#/properties/license/items/type", keyword: "type", params: { type: schema46.properties.license.items.type }, message: "must be string,object" }];
                                  return false;
                                }
                                var valid2 = _errs15 === errors;
                                if (!valid2) {
                                  break;
                                }
                              }
                            }
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.url !== void 0) {
                        let data9 = data.url;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (typeof data9 === "string") {
                            if (func1(data9) < 1) {
                              validate146.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate146.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.version !== void 0) {
                          let data10 = data.version;
                          const _errs19 = errors;
                          if (typeof data10 !== "string" && !(typeof data10 == "number" && isFinite(data10))) {
                            validate146.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema46.properties.version.type }, message: "must be string,number" }];
                            return false;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.datePublished !== void 0) {
                            let data11 = data.datePublished;
                            const _errs21 = errors;
                            if (errors === _errs21) {
                              if (typeof data11 === "string") {
                                if (!pattern20.test(data11)) {
                                  validate146.errors = [{ instancePath: instancePath + "/datePublished", schemaPath: "#/properties/datePublished/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$" }, message: 'must match pattern "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$"' }];
                                  return false;
                                }
                              } else {
                                validate146.errors = [{ instancePath: instancePath + "/datePublished", schemaPath: "#/properties/datePublished/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid0 = _errs21 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.dateModified !== void 0) {
                              const _errs23 = errors;
                              if (typeof data.dateModified !== "string") {
                                validate146.errors = [{ instancePath: instancePath + "/dateModified", schemaPath: "#/properties/dateModified/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs23 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.creator !== void 0) {
                                let data13 = data.creator;
                                const _errs25 = errors;
                                if ((!data13 || typeof data13 != "object") && typeof data13 !== "string") {
                                  validate146.errors = [{ instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/type", keyword: "type", params: { type: schema46.properties.creator.type }, message: "must be object,array,string" }];
                                  return false;
                                }
                                if (errors === _errs25) {
                                  if (Array.isArray(data13)) {
                                    var valid3 = true;
                                    const len2 = data13.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data14 = data13[i2];
                                      const _errs27 = errors;
                                      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && typeof data14 !== "string") {
                                        validate146.errors = [{ instancePath: instancePath + "/creator/" + i2, schemaPath: "#/properties/creator/items/type", keyword: "type", params: { type: schema46.properties.creator.items.type }, message: "must be object,string" }];
                                        return false;
                                      }
                                      var valid3 = _errs27 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  }
                                }
                                var valid0 = _errs25 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.publisher !== void 0) {
                                  let data15 = data.publisher;
                                  const _errs29 = errors;
                                  if ((!data15 || typeof data15 != "object") && typeof data15 !== "string") {
                                    validate146.errors = [{ instancePath: instancePath + "/publisher", schemaPath: "#/properties/publisher/type", keyword: "type", params: { type: schema46.properties.publisher.type }, message: "must be object,array,string" }];
                                    return false;
                                  }
                                  var valid0 = _errs29 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.citeAs !== void 0) {
                                    const _errs31 = errors;
                                    if (typeof data.citeAs !== "string") {
                                      validate146.errors = [{ instancePath: instancePath + "/citeAs", schemaPath: "#/properties/citeAs/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs31 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.keywords !== void 0) {
                                      let data17 = data.keywords;
                                      const _errs33 = errors;
                                      if (!Array.isArray(data17) && typeof data17 !== "string") {
                                        validate146.errors = [{ instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: schema46.properties.keywords.type }, message: "must be array,string" }];
                                        return false;
                                      }
                                      var valid0 = _errs33 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.sameAs !== void 0) {
                                        let data18 = data.sameAs;
                                        const _errs35 = errors;
                                        if (typeof data18 !== "string" && !Array.isArray(data18)) {
                                          validate146.errors = [{ instancePath: instancePath + "/sameAs", schemaPath: "#/properties/sameAs/type", keyword: "type", params: { type: schema46.properties.sameAs.type }, message: "must be string,array" }];
                                          return false;
                                        }
                                        var valid0 = _errs35 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.isLiveDataset !== void 0) {
                                          const _errs37 = errors;
                                          if (typeof data.isLiveDataset !== "boolean") {
                                            validate146.errors = [{ instancePath: instancePath + "/isLiveDataset", schemaPath: "#/properties/isLiveDataset/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                          }
                                          var valid0 = _errs37 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.distribution !== void 0) {
                                            let data20 = data.distribution;
                                            const _errs39 = errors;
                                            if (errors === _errs39) {
                                              if (Array.isArray(data20)) {
                                                var valid4 = true;
                                                const len3 = data20.length;
                                                for (let i3 = 0; i3 < len3; i3++) {
                                                  const _errs41 = errors;
                                                  if (!validate150(data20[i3], { instancePath: instancePath + "/distribution/" + i3, parentData: data20, parentDataProperty: i3, rootData, dynamicAnchors })) {
                                                    vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid4 = _errs41 === errors;
                                                  if (!valid4) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate146.errors = [{ instancePath: instancePath + "/distribution", schemaPath: "#/properties/distribution/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs39 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.recordSet !== void 0) {
                                              let data22 = data.recordSet;
                                              const _errs42 = errors;
                                              if (errors === _errs42) {
                                                if (Array.isArray(data22)) {
                                                  var valid5 = true;
                                                  const len4 = data22.length;
                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                    const _errs44 = errors;
                                                    if (!validate161(data22[i4], { instancePath: instancePath + "/recordSet/" + i4, parentData: data22, parentDataProperty: i4, rootData, dynamicAnchors })) {
                                                      vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
                                                      errors = vErrors.length;
                                                    }
                                                    var valid5 = _errs44 === errors;
                                                    if (!valid5) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate146.errors = [{ instancePath: instancePath + "/recordSet", schemaPath: "#/properties/recordSet/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs42 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate146.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate146.errors = vErrors;
  return errors === 0;
}
validate146.evaluated = { "props": { "@context": true, "@type": true, "@id": true, "conformsTo": true, "name": true, "description": true, "license": true, "url": true, "version": true, "datePublished": true, "dateModified": true, "creator": true, "publisher": true, "citeAs": true, "keywords": true, "sameAs": true, "isLiveDataset": true, "distribution": true, "recordSet": true }, "dynamicProps": false, "dynamicItems": false };
var dvc_yaml = validate173;
var schema55 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dvc-yaml.schema.json", "type": "object", "additionalProperties": false, "properties": { "vars": { "$ref": "#/$defs/vars" }, "stages": { "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[^:/\\\\@]+$" }, "additionalProperties": { "$ref": "#/$defs/stageEntry" } }, "params": { "$ref": "#/$defs/pathList" }, "metrics": { "$ref": "#/$defs/pathList" }, "plots": { "type": "array", "items": { "type": ["string", "object"] } }, "artifacts": { "type": "object", "additionalProperties": { "type": "object", "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1 }, "type": { "type": "string" }, "desc": { "type": "string" }, "labels": { "type": "array", "items": { "type": "string" } }, "meta": true } } }, "datasets": { "type": "array", "items": { "type": "object", "required": ["name", "url"], "properties": { "name": { "type": "string", "minLength": 1 }, "url": { "type": "string", "minLength": 1 }, "type": { "type": "string", "enum": ["dvc", "dvcx", "url", "dc"] }, "rev": { "type": "string" }, "path": { "type": "string" }, "version": { "type": ["string", "integer"] } } } } }, "$defs": { "vars": { "type": "array", "items": { "type": ["string", "object"] } }, "pathList": { "type": "array", "items": { "type": ["string", "object"] } }, "cmd": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "outFlags": { "type": ["object", "null"], "additionalProperties": false, "properties": { "cache": { "type": "boolean" }, "persist": { "type": "boolean" }, "checkpoint": { "type": "boolean" }, "desc": { "type": "string" }, "type": { "type": "string" }, "labels": { "type": "array", "items": { "type": "string" } }, "meta": true, "remote": { "type": "string" }, "push": { "type": "boolean" }, "x": { "type": "string" }, "y": { "type": "string" }, "template": { "type": "string" }, "title": { "type": "string" }, "x_label": { "type": "string" }, "y_label": { "type": "string" }, "header": { "type": "boolean" } } }, "outs": { "type": "array", "items": { "type": ["string", "object"], "minLength": 1, "minProperties": 1, "maxProperties": 1, "additionalProperties": { "$ref": "#/$defs/outFlags" } } }, "params": { "type": "array", "items": { "type": ["string", "object"], "minLength": 1, "additionalProperties": { "type": ["array", "null"], "items": { "type": "string" } } } }, "stage": { "type": "object", "additionalProperties": false, "required": ["cmd"], "properties": { "cmd": { "$ref": "#/$defs/cmd" }, "wdir": { "type": "string" }, "deps": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "params": { "$ref": "#/$defs/params" }, "outs": { "$ref": "#/$defs/outs" }, "metrics": { "$ref": "#/$defs/outs" }, "plots": { "$ref": "#/$defs/outs" }, "frozen": { "type": "boolean" }, "always_changed": { "type": "boolean" }, "desc": { "type": "string" }, "meta": true, "vars": { "$ref": "#/$defs/vars" }, "live": { "type": "object" }, "matrix": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["array", "string"] } } } }, "stageEntry": { "type": "object", "if": { "type": "object", "properties": { "foreach": true }, "required": ["foreach"] }, "then": { "type": "object", "additionalProperties": false, "required": ["foreach", "do"], "properties": { "foreach": { "type": ["array", "object", "string"] }, "do": { "$ref": "#/$defs/stage" } } }, "else": { "$ref": "#/$defs/stage" } } } };
var schema56 = { "type": "array", "items": { "type": ["string", "object"] } };
function validate174(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate174.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (typeof data0 !== "string" && !(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          validate174.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: schema56.items.type }, message: "must be string,object" }];
          return false;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate174.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate174.errors = vErrors;
  return errors === 0;
}
validate174.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema57 = { "type": "object", "if": { "type": "object", "properties": { "foreach": true }, "required": ["foreach"] }, "then": { "type": "object", "additionalProperties": false, "required": ["foreach", "do"], "properties": { "foreach": { "type": ["array", "object", "string"] }, "do": { "$ref": "#/$defs/stage" } } }, "else": { "$ref": "#/$defs/stage" } };
var schema58 = { "type": "object", "additionalProperties": false, "required": ["cmd"], "properties": { "cmd": { "$ref": "#/$defs/cmd" }, "wdir": { "type": "string" }, "deps": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "params": { "$ref": "#/$defs/params" }, "outs": { "$ref": "#/$defs/outs" }, "metrics": { "$ref": "#/$defs/outs" }, "plots": { "$ref": "#/$defs/outs" }, "frozen": { "type": "boolean" }, "always_changed": { "type": "boolean" }, "desc": { "type": "string" }, "meta": true, "vars": { "$ref": "#/$defs/vars" }, "live": { "type": "object" }, "matrix": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["array", "string"] } } } };
var schema59 = { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
function validate178(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate178.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !Array.isArray(data)) {
    validate178.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema59.type }, message: "must be string,array" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data === "string") {
      if (func1(data) < 1) {
        validate178.errors = [{ instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    }
    if (errors === 0) {
      if (Array.isArray(data)) {
        if (data.length < 1) {
          validate178.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs1 = errors;
            if (errors === _errs1) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate178.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate178.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    }
  }
  validate178.errors = vErrors;
  return errors === 0;
}
validate178.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema60 = { "type": "array", "items": { "type": ["string", "object"], "minLength": 1, "additionalProperties": { "type": ["array", "null"], "items": { "type": "string" } } } };
function validate180(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate180.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (typeof data0 !== "string" && !(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          validate180.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: schema60.items.type }, message: "must be string,object" }];
          return false;
        }
        if (errors === _errs1) {
          if (typeof data0 === "string") {
            if (func1(data0) < 1) {
              validate180.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
              return false;
            }
          }
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                let data1 = data0[key0];
                const _errs4 = errors;
                if (!Array.isArray(data1) && data1 !== null) {
                  validate180.errors = [{ instancePath: instancePath + "/" + i0 + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/additionalProperties/type", keyword: "type", params: { type: schema60.items.additionalProperties.type }, message: "must be array,null" }];
                  return false;
                }
                if (errors === _errs4) {
                  if (Array.isArray(data1)) {
                    var valid2 = true;
                    const len1 = data1.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs6 = errors;
                      if (typeof data1[i1] !== "string") {
                        validate180.errors = [{ instancePath: instancePath + "/" + i0 + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/items/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            }
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate180.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate180.errors = vErrors;
  return errors === 0;
}
validate180.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "type": "array", "items": { "type": ["string", "object"], "minLength": 1, "minProperties": 1, "maxProperties": 1, "additionalProperties": { "$ref": "#/$defs/outFlags" } } };
var schema62 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "cache": { "type": "boolean" }, "persist": { "type": "boolean" }, "checkpoint": { "type": "boolean" }, "desc": { "type": "string" }, "type": { "type": "string" }, "labels": { "type": "array", "items": { "type": "string" } }, "meta": true, "remote": { "type": "string" }, "push": { "type": "boolean" }, "x": { "type": "string" }, "y": { "type": "string" }, "template": { "type": "string" }, "title": { "type": "string" }, "x_label": { "type": "string" }, "y_label": { "type": "string" }, "header": { "type": "boolean" } } };
function validate183(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate183.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    validate183.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema62.type }, message: "must be object,null" }];
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func23.call(schema62.properties, key0)) {
          validate183.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.cache !== void 0) {
          const _errs2 = errors;
          if (typeof data.cache !== "boolean") {
            validate183.errors = [{ instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.persist !== void 0) {
            const _errs4 = errors;
            if (typeof data.persist !== "boolean") {
              validate183.errors = [{ instancePath: instancePath + "/persist", schemaPath: "#/properties/persist/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.checkpoint !== void 0) {
              const _errs6 = errors;
              if (typeof data.checkpoint !== "boolean") {
                validate183.errors = [{ instancePath: instancePath + "/checkpoint", schemaPath: "#/properties/checkpoint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.desc !== void 0) {
                const _errs8 = errors;
                if (typeof data.desc !== "string") {
                  validate183.errors = [{ instancePath: instancePath + "/desc", schemaPath: "#/properties/desc/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.type !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.type !== "string") {
                    validate183.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.labels !== void 0) {
                    let data5 = data.labels;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs14 = errors;
                          if (typeof data5[i0] !== "string") {
                            validate183.errors = [{ instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs14 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate183.errors = [{ instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.remote !== void 0) {
                      const _errs16 = errors;
                      if (typeof data.remote !== "string") {
                        validate183.errors = [{ instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.push !== void 0) {
                        const _errs18 = errors;
                        if (typeof data.push !== "boolean") {
                          validate183.errors = [{ instancePath: instancePath + "/push", schemaPath: "#/properties/push/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.x !== void 0) {
                          const _errs20 = errors;
                          if (typeof data.x !== "string") {
                            validate183.errors = [{ instancePath: instancePath + "/x", schemaPath: "#/properties/x/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.y !== void 0) {
                            const _errs22 = errors;
                            if (typeof data.y !== "string") {
                              validate183.errors = [{ instancePath: instancePath + "/y", schemaPath: "#/properties/y/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.template !== void 0) {
                              const _errs24 = errors;
                              if (typeof data.template !== "string") {
                                validate183.errors = [{ instancePath: instancePath + "/template", schemaPath: "#/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs24 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.title !== void 0) {
                                const _errs26 = errors;
                                if (typeof data.title !== "string") {
                                  validate183.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs26 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.x_label !== void 0) {
                                  const _errs28 = errors;
                                  if (typeof data.x_label !== "string") {
                                    validate183.errors = [{ instancePath: instancePath + "/x_label", schemaPath: "#/properties/x_label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs28 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.y_label !== void 0) {
                                    const _errs30 = errors;
                                    if (typeof data.y_label !== "string") {
                                      validate183.errors = [{ instancePath: instancePath + "/y_label", schemaPath: "#/properties/y_label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs30 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.header !== void 0) {
                                      const _errs32 = errors;
                                      if (typeof data.header !== "boolean") {
                                        validate183.errors = [{ instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                        return false;
                                      }
                                      var valid0 = _errs32 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  validate183.errors = vErrors;
  return errors === 0;
}
validate183.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate182(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate182.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (typeof data0 !== "string" && !(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          validate182.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: schema61.items.type }, message: "must be string,object" }];
          return false;
        }
        if (errors === _errs1) {
          if (typeof data0 === "string") {
            if (func1(data0) < 1) {
              validate182.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
              return false;
            }
          }
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (Object.keys(data0).length > 1) {
                validate182.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties" }];
                return false;
              } else {
                if (Object.keys(data0).length < 1) {
                  validate182.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                  return false;
                } else {
                  for (const key0 in data0) {
                    const _errs4 = errors;
                    if (!validate183(data0[key0], { instancePath: instancePath + "/" + i0 + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
            }
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate182.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate182.errors = vErrors;
  return errors === 0;
}
validate182.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate177(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate177.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.cmd === void 0 && (missing0 = "cmd")) {
        validate177.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func23.call(schema58.properties, key0)) {
            validate177.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.cmd !== void 0) {
            const _errs2 = errors;
            if (!validate178(data.cmd, { instancePath: instancePath + "/cmd", parentData: data, parentDataProperty: "cmd", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate178.errors : vErrors.concat(validate178.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.wdir !== void 0) {
              const _errs3 = errors;
              if (typeof data.wdir !== "string") {
                validate177.errors = [{ instancePath: instancePath + "/wdir", schemaPath: "#/properties/wdir/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.deps !== void 0) {
                let data2 = data.deps;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (Array.isArray(data2)) {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data3 = data2[i0];
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (typeof data3 === "string") {
                          if (func1(data3) < 1) {
                            validate177.errors = [{ instancePath: instancePath + "/deps/" + i0, schemaPath: "#/properties/deps/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate177.errors = [{ instancePath: instancePath + "/deps/" + i0, schemaPath: "#/properties/deps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid1 = _errs7 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate177.errors = [{ instancePath: instancePath + "/deps", schemaPath: "#/properties/deps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.params !== void 0) {
                  const _errs9 = errors;
                  if (!validate180(data.params, { instancePath: instancePath + "/params", parentData: data, parentDataProperty: "params", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate180.errors : vErrors.concat(validate180.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.outs !== void 0) {
                    const _errs10 = errors;
                    if (!validate182(data.outs, { instancePath: instancePath + "/outs", parentData: data, parentDataProperty: "outs", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.metrics !== void 0) {
                      const _errs11 = errors;
                      if (!validate182(data.metrics, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.plots !== void 0) {
                        const _errs12 = errors;
                        if (!validate182(data.plots, { instancePath: instancePath + "/plots", parentData: data, parentDataProperty: "plots", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.frozen !== void 0) {
                          const _errs13 = errors;
                          if (typeof data.frozen !== "boolean") {
                            validate177.errors = [{ instancePath: instancePath + "/frozen", schemaPath: "#/properties/frozen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid0 = _errs13 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.always_changed !== void 0) {
                            const _errs15 = errors;
                            if (typeof data.always_changed !== "boolean") {
                              validate177.errors = [{ instancePath: instancePath + "/always_changed", schemaPath: "#/properties/always_changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.desc !== void 0) {
                              const _errs17 = errors;
                              if (typeof data.desc !== "string") {
                                validate177.errors = [{ instancePath: instancePath + "/desc", schemaPath: "#/properties/desc/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs17 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.vars !== void 0) {
                                const _errs19 = errors;
                                if (!validate174(data.vars, { instancePath: instancePath + "/vars", parentData: data, parentDataProperty: "vars", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs19 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.live !== void 0) {
                                  let data12 = data.live;
                                  const _errs20 = errors;
                                  if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
                                    validate177.errors = [{ instancePath: instancePath + "/live", schemaPath: "#/properties/live/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                  var valid0 = _errs20 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.matrix !== void 0) {
                                    let data13 = data.matrix;
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                        if (Object.keys(data13).length < 1) {
                                          validate177.errors = [{ instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                                          return false;
                                        } else {
                                          for (const key1 in data13) {
                                            let data14 = data13[key1];
                                            const _errs25 = errors;
                                            if (!Array.isArray(data14) && typeof data14 !== "string") {
                                              validate177.errors = [{ instancePath: instancePath + "/matrix/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matrix/additionalProperties/type", keyword: "type", params: { type: schema58.properties.matrix.additionalProperties.type }, message: "must be array,string" }];
                                              return false;
                                            }
                                            var valid2 = _errs25 === errors;
                                            if (!valid2) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate177.errors = [{ instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs22 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate177.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate177.errors = vErrors;
  return errors === 0;
}
validate177.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate176(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate176.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    validate176.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
    return false;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.foreach === void 0 && (missing0 = "foreach")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (errors === _errs4) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.foreach === void 0 && (missing1 = "foreach") || data.do === void 0 && (missing1 = "do")) {
          validate176.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        } else {
          const _errs6 = errors;
          for (const key0 in data) {
            if (!(key0 === "foreach" || key0 === "do")) {
              validate176.errors = [{ instancePath, schemaPath: "#/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs6 === errors) {
            if (data.foreach !== void 0) {
              let data0 = data.foreach;
              const _errs7 = errors;
              if ((!data0 || typeof data0 != "object") && typeof data0 !== "string") {
                validate176.errors = [{ instancePath: instancePath + "/foreach", schemaPath: "#/then/properties/foreach/type", keyword: "type", params: { type: schema57.then.properties.foreach.type }, message: "must be array,object,string" }];
                return false;
              }
              var valid1 = _errs7 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.do !== void 0) {
                const _errs9 = errors;
                if (!validate177(data.do, { instancePath: instancePath + "/do", parentData: data, parentDataProperty: "do", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs9 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate176.errors = [{ instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs10 = errors;
    if (!validate177(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs10 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate176.errors = vErrors;
    return false;
  }
  validate176.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate176.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema63 = { "type": "array", "items": { "type": ["string", "object"] } };
function validate192(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate192.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (typeof data0 !== "string" && !(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          validate192.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: schema63.items.type }, message: "must be string,object" }];
          return false;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate192.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate192.errors = vErrors;
  return errors === 0;
}
validate192.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var pattern25 = new RegExp("^[^:/\\\\@]+$", "u");
function validate173(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate173.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "vars" || key0 === "stages" || key0 === "params" || key0 === "metrics" || key0 === "plots" || key0 === "artifacts" || key0 === "datasets")) {
          validate173.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.vars !== void 0) {
          const _errs2 = errors;
          if (!validate174(data.vars, { instancePath: instancePath + "/vars", parentData: data, parentDataProperty: "vars", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.stages !== void 0) {
            let data1 = data.stages;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (Object.keys(data1).length < 1) {
                  validate173.errors = [{ instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                  return false;
                } else {
                  for (const key1 in data1) {
                    const _errs5 = errors;
                    if (typeof key1 === "string") {
                      if (!pattern25.test(key1)) {
                        const err0 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^:/\\\\@]+$" }, message: 'must match pattern "^[^:/\\\\@]+$"', propertyName: key1 };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                    }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                      const err1 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                      validate173.errors = vErrors;
                      return false;
                      break;
                    }
                  }
                  if (valid1) {
                    for (const key2 in data1) {
                      const _errs7 = errors;
                      if (!validate176(data1[key2], { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate176.errors : vErrors.concat(validate176.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs7 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                }
              } else {
                validate173.errors = [{ instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.params !== void 0) {
              const _errs8 = errors;
              if (!validate192(data.params, { instancePath: instancePath + "/params", parentData: data, parentDataProperty: "params", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.metrics !== void 0) {
                const _errs9 = errors;
                if (!validate192(data.metrics, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.plots !== void 0) {
                  let data5 = data.plots;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (Array.isArray(data5)) {
                      var valid3 = true;
                      const len0 = data5.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data6 = data5[i0];
                        const _errs12 = errors;
                        if (typeof data6 !== "string" && !(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                          validate173.errors = [{ instancePath: instancePath + "/plots/" + i0, schemaPath: "#/properties/plots/items/type", keyword: "type", params: { type: schema55.properties.plots.items.type }, message: "must be string,object" }];
                          return false;
                        }
                        var valid3 = _errs12 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    } else {
                      validate173.errors = [{ instancePath: instancePath + "/plots", schemaPath: "#/properties/plots/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.artifacts !== void 0) {
                    let data7 = data.artifacts;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        for (const key3 in data7) {
                          let data8 = data7[key3];
                          const _errs17 = errors;
                          if (errors === _errs17) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              let missing0;
                              if (data8.path === void 0 && (missing0 = "path")) {
                                validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifacts/additionalProperties/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                return false;
                              } else {
                                if (data8.path !== void 0) {
                                  let data9 = data8.path;
                                  const _errs19 = errors;
                                  if (errors === _errs19) {
                                    if (typeof data9 === "string") {
                                      if (func1(data9) < 1) {
                                        validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/artifacts/additionalProperties/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/artifacts/additionalProperties/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs19 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data8.type !== void 0) {
                                    const _errs21 = errors;
                                    if (typeof data8.type !== "string") {
                                      validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/artifacts/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs21 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data8.desc !== void 0) {
                                      const _errs23 = errors;
                                      if (typeof data8.desc !== "string") {
                                        validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/desc", schemaPath: "#/properties/artifacts/additionalProperties/properties/desc/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid5 = _errs23 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data8.labels !== void 0) {
                                        let data12 = data8.labels;
                                        const _errs25 = errors;
                                        if (errors === _errs25) {
                                          if (Array.isArray(data12)) {
                                            var valid6 = true;
                                            const len1 = data12.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              const _errs27 = errors;
                                              if (typeof data12[i1] !== "string") {
                                                validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/labels/" + i1, schemaPath: "#/properties/artifacts/additionalProperties/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs27 === errors;
                                              if (!valid6) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/labels", schemaPath: "#/properties/artifacts/additionalProperties/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid5 = _errs25 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate173.errors = [{ instancePath: instancePath + "/artifacts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifacts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid4 = _errs17 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      } else {
                        validate173.errors = [{ instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.datasets !== void 0) {
                      let data14 = data.datasets;
                      const _errs29 = errors;
                      if (errors === _errs29) {
                        if (Array.isArray(data14)) {
                          var valid7 = true;
                          const len2 = data14.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data15 = data14[i2];
                            const _errs31 = errors;
                            if (errors === _errs31) {
                              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                let missing1;
                                if (data15.name === void 0 && (missing1 = "name") || data15.url === void 0 && (missing1 = "url")) {
                                  validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2, schemaPath: "#/properties/datasets/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data15.name !== void 0) {
                                    let data16 = data15.name;
                                    const _errs33 = errors;
                                    if (errors === _errs33) {
                                      if (typeof data16 === "string") {
                                        if (func1(data16) < 1) {
                                          validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/name", schemaPath: "#/properties/datasets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/name", schemaPath: "#/properties/datasets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid8 = _errs33 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data15.url !== void 0) {
                                      let data17 = data15.url;
                                      const _errs35 = errors;
                                      if (errors === _errs35) {
                                        if (typeof data17 === "string") {
                                          if (func1(data17) < 1) {
                                            validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/url", schemaPath: "#/properties/datasets/items/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/url", schemaPath: "#/properties/datasets/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs35 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                    if (valid8) {
                                      if (data15.type !== void 0) {
                                        let data18 = data15.type;
                                        const _errs37 = errors;
                                        if (typeof data18 !== "string") {
                                          validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/type", schemaPath: "#/properties/datasets/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        if (!(data18 === "dvc" || data18 === "dvcx" || data18 === "url" || data18 === "dc")) {
                                          validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/type", schemaPath: "#/properties/datasets/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema55.properties.datasets.items.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid8 = _errs37 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                      if (valid8) {
                                        if (data15.rev !== void 0) {
                                          const _errs39 = errors;
                                          if (typeof data15.rev !== "string") {
                                            validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/rev", schemaPath: "#/properties/datasets/items/properties/rev/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid8 = _errs39 === errors;
                                        } else {
                                          var valid8 = true;
                                        }
                                        if (valid8) {
                                          if (data15.path !== void 0) {
                                            const _errs41 = errors;
                                            if (typeof data15.path !== "string") {
                                              validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/path", schemaPath: "#/properties/datasets/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid8 = _errs41 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data15.version !== void 0) {
                                              let data21 = data15.version;
                                              const _errs43 = errors;
                                              if (typeof data21 !== "string" && !(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                                                validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2 + "/version", schemaPath: "#/properties/datasets/items/properties/version/type", keyword: "type", params: { type: schema55.properties.datasets.items.properties.version.type }, message: "must be string,integer" }];
                                                return false;
                                              }
                                              var valid8 = _errs43 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate173.errors = [{ instancePath: instancePath + "/datasets/" + i2, schemaPath: "#/properties/datasets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid7 = _errs31 === errors;
                            if (!valid7) {
                              break;
                            }
                          }
                        } else {
                          validate173.errors = [{ instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs29 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate173.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate173.errors = vErrors;
  return errors === 0;
}
validate173.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var dvc_file = validate195;
var pattern26 = new RegExp("^[0-9a-f]{32}(?:\\.dir)?$", "u");
function validate196(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate196.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.md5 === void 0 && (missing0 = "md5")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.md5 = true;
  }
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.etag === void 0 && (missing1 = "etag")) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.etag = true;
    }
  }
  const _errs6 = errors;
  if (errors === _errs6) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.checksum === void 0 && (missing2 = "checksum")) {
        const err4 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs6 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.checksum = true;
    }
  }
  const _errs8 = errors;
  if (errors === _errs8) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.cache === void 0 && (missing3 = "cache")) {
        const err6 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        if (data.cache !== void 0) {
          if (false !== data.cache) {
            const err7 = { instancePath: instancePath + "/cache", schemaPath: "#/anyOf/3/properties/cache/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/anyOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
  }
  var _valid0 = _errs8 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.cache = true;
    }
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
    validate196.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (data.path === void 0 && (missing4 = "path")) {
        validate196.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.path = true;
          props0.md5 = true;
          props0.hash = true;
          props0.etag = true;
          props0.checksum = true;
          props0.size = true;
          props0.nfiles = true;
          props0.isexec = true;
          props0.cache = true;
          props0.persist = true;
          props0.push = true;
          props0.remote = true;
          props0.desc = true;
          props0.type = true;
          props0.labels = true;
          props0.meta = true;
          props0.files = true;
        }
        if (data.path !== void 0) {
          let data1 = data.path;
          const _errs11 = errors;
          if (errors === _errs11) {
            if (typeof data1 === "string") {
              if (func1(data1) < 1) {
                validate196.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate196.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid2 = _errs11 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.md5 !== void 0) {
            let data2 = data.md5;
            const _errs13 = errors;
            if (errors === _errs13) {
              if (typeof data2 === "string") {
                if (!pattern26.test(data2)) {
                  validate196.errors = [{ instancePath: instancePath + "/md5", schemaPath: "#/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}(?:\\.dir)?$" }, message: 'must match pattern "^[0-9a-f]{32}(?:\\.dir)?$"' }];
                  return false;
                }
              } else {
                validate196.errors = [{ instancePath: instancePath + "/md5", schemaPath: "#/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid2 = _errs13 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.hash !== void 0) {
              const _errs15 = errors;
              if (typeof data.hash !== "string") {
                validate196.errors = [{ instancePath: instancePath + "/hash", schemaPath: "#/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs15 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.etag !== void 0) {
                const _errs17 = errors;
                if (typeof data.etag !== "string") {
                  validate196.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs17 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.checksum !== void 0) {
                  const _errs19 = errors;
                  if (typeof data.checksum !== "string") {
                    validate196.errors = [{ instancePath: instancePath + "/checksum", schemaPath: "#/properties/checksum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs19 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.size !== void 0) {
                    let data6 = data.size;
                    const _errs21 = errors;
                    if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                      validate196.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs21) {
                      if (typeof data6 == "number" && isFinite(data6)) {
                        if (data6 < 0 || isNaN(data6)) {
                          validate196.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid2 = _errs21 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data.nfiles !== void 0) {
                      let data7 = data.nfiles;
                      const _errs23 = errors;
                      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                        validate196.errors = [{ instancePath: instancePath + "/nfiles", schemaPath: "#/properties/nfiles/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs23) {
                        if (typeof data7 == "number" && isFinite(data7)) {
                          if (data7 < 0 || isNaN(data7)) {
                            validate196.errors = [{ instancePath: instancePath + "/nfiles", schemaPath: "#/properties/nfiles/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                      var valid2 = _errs23 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data.isexec !== void 0) {
                        const _errs25 = errors;
                        if (typeof data.isexec !== "boolean") {
                          validate196.errors = [{ instancePath: instancePath + "/isexec", schemaPath: "#/properties/isexec/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid2 = _errs25 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data.cache !== void 0) {
                          const _errs27 = errors;
                          if (typeof data.cache !== "boolean") {
                            validate196.errors = [{ instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid2 = _errs27 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data.persist !== void 0) {
                            const _errs29 = errors;
                            if (typeof data.persist !== "boolean") {
                              validate196.errors = [{ instancePath: instancePath + "/persist", schemaPath: "#/properties/persist/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid2 = _errs29 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data.push !== void 0) {
                              const _errs31 = errors;
                              if (typeof data.push !== "boolean") {
                                validate196.errors = [{ instancePath: instancePath + "/push", schemaPath: "#/properties/push/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid2 = _errs31 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data.remote !== void 0) {
                                const _errs33 = errors;
                                if (typeof data.remote !== "string") {
                                  validate196.errors = [{ instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs33 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data.desc !== void 0) {
                                  const _errs35 = errors;
                                  if (typeof data.desc !== "string") {
                                    validate196.errors = [{ instancePath: instancePath + "/desc", schemaPath: "#/properties/desc/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs35 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data.type !== void 0) {
                                    const _errs37 = errors;
                                    if (typeof data.type !== "string") {
                                      validate196.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs37 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data.labels !== void 0) {
                                      let data15 = data.labels;
                                      const _errs39 = errors;
                                      if (errors === _errs39) {
                                        if (Array.isArray(data15)) {
                                          var valid3 = true;
                                          const len0 = data15.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs41 = errors;
                                            if (typeof data15[i0] !== "string") {
                                              validate196.errors = [{ instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid3 = _errs41 === errors;
                                            if (!valid3) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate196.errors = [{ instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs39 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data.files !== void 0) {
                                        let data17 = data.files;
                                        const _errs43 = errors;
                                        if (errors === _errs43) {
                                          if (Array.isArray(data17)) {
                                            var valid4 = true;
                                            const len1 = data17.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              let data18 = data17[i1];
                                              const _errs45 = errors;
                                              if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                                                validate196.errors = [{ instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                              var valid4 = _errs45 === errors;
                                              if (!valid4) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate196.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs43 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate196.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate196.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate196.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate195(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate195.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.outs === void 0 && (missing0 = "outs")) {
        validate195.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.outs !== void 0) {
          let data0 = data.outs;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                validate195.errors = [{ instancePath: instancePath + "/outs", schemaPath: "#/properties/outs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs3 = errors;
                  if (!validate196(data0[i0], { instancePath: instancePath + "/outs/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            } else {
              validate195.errors = [{ instancePath: instancePath + "/outs", schemaPath: "#/properties/outs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.deps !== void 0) {
            let data2 = data.deps;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data2)) {
                var valid2 = true;
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data3 = data2[i1];
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      let missing1;
                      if (data3.path === void 0 && (missing1 = "path")) {
                        validate195.errors = [{ instancePath: instancePath + "/deps/" + i1, schemaPath: "#/properties/deps/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data3.path !== void 0) {
                          let data4 = data3.path;
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (typeof data4 === "string") {
                              if (func1(data4) < 1) {
                                validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/path", schemaPath: "#/properties/deps/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/path", schemaPath: "#/properties/deps/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.md5 !== void 0) {
                            const _errs10 = errors;
                            if (typeof data3.md5 !== "string") {
                              validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/md5", schemaPath: "#/properties/deps/items/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3.etag !== void 0) {
                              const _errs12 = errors;
                              if (typeof data3.etag !== "string") {
                                validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/etag", schemaPath: "#/properties/deps/items/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs12 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data3.checksum !== void 0) {
                                const _errs14 = errors;
                                if (typeof data3.checksum !== "string") {
                                  validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/checksum", schemaPath: "#/properties/deps/items/properties/checksum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs14 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data3.hash !== void 0) {
                                  const _errs16 = errors;
                                  if (typeof data3.hash !== "string") {
                                    validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/hash", schemaPath: "#/properties/deps/items/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs16 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data3.size !== void 0) {
                                    let data9 = data3.size;
                                    const _errs18 = errors;
                                    if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                                      validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/size", schemaPath: "#/properties/deps/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    var valid3 = _errs18 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data3.nfiles !== void 0) {
                                      let data10 = data3.nfiles;
                                      const _errs20 = errors;
                                      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                        validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/nfiles", schemaPath: "#/properties/deps/items/properties/nfiles/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      var valid3 = _errs20 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data3.repo !== void 0) {
                                        let data11 = data3.repo;
                                        const _errs22 = errors;
                                        if (errors === _errs22) {
                                          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                            let missing2;
                                            if (data11.url === void 0 && (missing2 = "url")) {
                                              validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/repo", schemaPath: "#/properties/deps/items/properties/repo/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                              return false;
                                            } else {
                                              if (data11.url !== void 0) {
                                                const _errs24 = errors;
                                                if (typeof data11.url !== "string") {
                                                  validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/repo/url", schemaPath: "#/properties/deps/items/properties/repo/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid4 = _errs24 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data11.rev !== void 0) {
                                                  const _errs26 = errors;
                                                  if (typeof data11.rev !== "string") {
                                                    validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/repo/rev", schemaPath: "#/properties/deps/items/properties/repo/properties/rev/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs26 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data11.rev_lock !== void 0) {
                                                    const _errs28 = errors;
                                                    if (typeof data11.rev_lock !== "string") {
                                                      validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/repo/rev_lock", schemaPath: "#/properties/deps/items/properties/repo/properties/rev_lock/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs28 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate195.errors = [{ instancePath: instancePath + "/deps/" + i1 + "/repo", schemaPath: "#/properties/deps/items/properties/repo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs22 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate195.errors = [{ instancePath: instancePath + "/deps/" + i1, schemaPath: "#/properties/deps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs6 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate195.errors = [{ instancePath: instancePath + "/deps", schemaPath: "#/properties/deps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.md5 !== void 0) {
              const _errs30 = errors;
              if (typeof data.md5 !== "string") {
                validate195.errors = [{ instancePath: instancePath + "/md5", schemaPath: "#/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs30 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.frozen !== void 0) {
                const _errs32 = errors;
                if (typeof data.frozen !== "boolean") {
                  validate195.errors = [{ instancePath: instancePath + "/frozen", schemaPath: "#/properties/frozen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs32 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.wdir !== void 0) {
                  const _errs34 = errors;
                  if (typeof data.wdir !== "string") {
                    validate195.errors = [{ instancePath: instancePath + "/wdir", schemaPath: "#/properties/wdir/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs34 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.desc !== void 0) {
                    const _errs36 = errors;
                    if (typeof data.desc !== "string") {
                      validate195.errors = [{ instancePath: instancePath + "/desc", schemaPath: "#/properties/desc/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs36 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate195.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate195.errors = vErrors;
  return errors === 0;
}
validate195.evaluated = { "props": { "outs": true, "deps": true, "md5": true, "frozen": true, "wdir": true, "desc": true, "meta": true }, "dynamicProps": false, "dynamicItems": false };
var dvc_lock = validate198;
var schema66 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dvc-lock.schema.json", "type": "object", "required": ["schema", "stages"], "properties": { "schema": { "type": "string", "enum": ["2.0"] }, "stages": { "type": "object", "additionalProperties": { "type": "object", "required": ["cmd"], "properties": { "cmd": { "type": ["string", "array"], "minLength": 1, "items": { "type": "string" } }, "deps": { "$ref": "#/$defs/entries" }, "outs": { "$ref": "#/$defs/entries" }, "params": { "type": "object", "additionalProperties": { "type": "object" } }, "frozen": { "type": "boolean" }, "always_changed": { "type": "boolean" } } } } }, "$defs": { "entries": { "type": "array", "items": { "type": "object", "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1 }, "md5": { "type": "string", "pattern": "^[0-9a-f]{32}(?:\\.dir)?$" }, "hash": { "type": "string" }, "etag": { "type": "string" }, "checksum": { "type": "string" }, "size": { "type": "integer", "minimum": 0 }, "nfiles": { "type": "integer", "minimum": 0 }, "isexec": { "type": "boolean" } } } } } };
function validate199(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate199.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.path === void 0 && (missing0 = "path")) {
              validate199.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data0.path !== void 0) {
                let data1 = data0.path;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (func1(data1) < 1) {
                      validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/path", schemaPath: "#/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/path", schemaPath: "#/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.md5 !== void 0) {
                  let data2 = data0.md5;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (typeof data2 === "string") {
                      if (!pattern26.test(data2)) {
                        validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/md5", schemaPath: "#/items/properties/md5/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}(?:\\.dir)?$" }, message: 'must match pattern "^[0-9a-f]{32}(?:\\.dir)?$"' }];
                        return false;
                      }
                    } else {
                      validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/md5", schemaPath: "#/items/properties/md5/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.hash !== void 0) {
                    const _errs7 = errors;
                    if (typeof data0.hash !== "string") {
                      validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/hash", schemaPath: "#/items/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.etag !== void 0) {
                      const _errs9 = errors;
                      if (typeof data0.etag !== "string") {
                        validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/etag", schemaPath: "#/items/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs9 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.checksum !== void 0) {
                        const _errs11 = errors;
                        if (typeof data0.checksum !== "string") {
                          validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/checksum", schemaPath: "#/items/properties/checksum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs11 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.size !== void 0) {
                          let data6 = data0.size;
                          const _errs13 = errors;
                          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                            validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/size", schemaPath: "#/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs13) {
                            if (typeof data6 == "number" && isFinite(data6)) {
                              if (data6 < 0 || isNaN(data6)) {
                                validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/size", schemaPath: "#/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          }
                          var valid1 = _errs13 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.nfiles !== void 0) {
                            let data7 = data0.nfiles;
                            const _errs15 = errors;
                            if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                              validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/nfiles", schemaPath: "#/items/properties/nfiles/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs15) {
                              if (typeof data7 == "number" && isFinite(data7)) {
                                if (data7 < 0 || isNaN(data7)) {
                                  validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/nfiles", schemaPath: "#/items/properties/nfiles/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid1 = _errs15 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.isexec !== void 0) {
                              const _errs17 = errors;
                              if (typeof data0.isexec !== "boolean") {
                                validate199.errors = [{ instancePath: instancePath + "/" + i0 + "/isexec", schemaPath: "#/items/properties/isexec/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid1 = _errs17 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate199.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate199.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate199.errors = vErrors;
  return errors === 0;
}
validate199.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate198(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate198.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schema === void 0 && (missing0 = "schema") || data.stages === void 0 && (missing0 = "stages")) {
        validate198.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.schema !== void 0) {
          let data0 = data.schema;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate198.errors = [{ instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data0 === "2.0")) {
            validate198.errors = [{ instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/enum", keyword: "enum", params: { allowedValues: schema66.properties.schema.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.stages !== void 0) {
            let data1 = data.stages;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key0 in data1) {
                  let data2 = data1[key0];
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.cmd === void 0 && (missing1 = "cmd")) {
                        validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stages/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.cmd !== void 0) {
                          let data3 = data2.cmd;
                          const _errs8 = errors;
                          if (typeof data3 !== "string" && !Array.isArray(data3)) {
                            validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/cmd", schemaPath: "#/properties/stages/additionalProperties/properties/cmd/type", keyword: "type", params: { type: schema66.properties.stages.additionalProperties.properties.cmd.type }, message: "must be string,array" }];
                            return false;
                          }
                          if (errors === _errs8) {
                            if (typeof data3 === "string") {
                              if (func1(data3) < 1) {
                                validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/cmd", schemaPath: "#/properties/stages/additionalProperties/properties/cmd/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            }
                            if (errors === _errs8) {
                              if (Array.isArray(data3)) {
                                var valid3 = true;
                                const len0 = data3.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs10 = errors;
                                  if (typeof data3[i0] !== "string") {
                                    validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/cmd/" + i0, schemaPath: "#/properties/stages/additionalProperties/properties/cmd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs10 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              }
                            }
                          }
                          var valid2 = _errs8 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.deps !== void 0) {
                            const _errs12 = errors;
                            if (!validate199(data2.deps, { instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/deps", parentData: data2, parentDataProperty: "deps", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
                              errors = vErrors.length;
                            }
                            var valid2 = _errs12 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.outs !== void 0) {
                              const _errs13 = errors;
                              if (!validate199(data2.outs, { instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/outs", parentData: data2, parentDataProperty: "outs", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
                                errors = vErrors.length;
                              }
                              var valid2 = _errs13 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.params !== void 0) {
                                let data7 = data2.params;
                                const _errs14 = errors;
                                if (errors === _errs14) {
                                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                    for (const key1 in data7) {
                                      let data8 = data7[key1];
                                      const _errs17 = errors;
                                      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                                        validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stages/additionalProperties/properties/params/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                      var valid4 = _errs17 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/params", schemaPath: "#/properties/stages/additionalProperties/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs14 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data2.frozen !== void 0) {
                                  const _errs19 = errors;
                                  if (typeof data2.frozen !== "boolean") {
                                    validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/frozen", schemaPath: "#/properties/stages/additionalProperties/properties/frozen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                  var valid2 = _errs19 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.always_changed !== void 0) {
                                    const _errs21 = errors;
                                    if (typeof data2.always_changed !== "boolean") {
                                      validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/always_changed", schemaPath: "#/properties/stages/additionalProperties/properties/always_changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid2 = _errs21 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate198.errors = [{ instancePath: instancePath + "/stages/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stages/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate198.errors = [{ instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate198.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate198.errors = vErrors;
  return errors === 0;
}
validate198.evaluated = { "props": { "schema": true, "stages": true }, "dynamicProps": false, "dynamicItems": false };
var mlproject = validate202;
var schema68 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/mlproject.schema.json", "type": "object", "required": ["entry_points"], "properties": { "name": { "type": "string", "minLength": 1 }, "python_env": { "type": "string", "minLength": 1 }, "conda_env": { "type": "string", "minLength": 1 }, "docker_env": { "type": "object", "required": ["image"], "properties": { "image": { "type": "string", "minLength": 1 }, "volumes": { "type": "array", "items": { "type": "string" } }, "environment": { "type": "array", "items": { "type": ["string", "array"] } } } }, "entry_points": { "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/$defs/entryPoint" } } }, "oneOf": [{ "type": "object", "properties": { "python_env": true }, "required": ["python_env"] }, { "type": "object", "properties": { "conda_env": true }, "required": ["conda_env"] }, { "type": "object", "properties": { "docker_env": true }, "required": ["docker_env"] }], "$defs": { "paramType": { "type": "string", "enum": ["string", "float", "path", "uri"] }, "entryPoint": { "type": "object", "required": ["command"], "additionalProperties": false, "properties": { "command": { "type": "string", "minLength": 1 }, "parameters": { "type": "object", "additionalProperties": { "type": ["string", "object"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/paramType" }, "additionalProperties": false, "properties": { "type": { "$ref": "#/$defs/paramType" }, "default": { "type": ["string", "number", "boolean", "null"] } } } } } } } };
var schema69 = { "type": "object", "required": ["command"], "additionalProperties": false, "properties": { "command": { "type": "string", "minLength": 1 }, "parameters": { "type": "object", "additionalProperties": { "type": ["string", "object"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/paramType" }, "additionalProperties": false, "properties": { "type": { "$ref": "#/$defs/paramType" }, "default": { "type": ["string", "number", "boolean", "null"] } } } } } };
var schema70 = { "type": "string", "enum": ["string", "float", "path", "uri"] };
function validate204(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate204.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    validate204.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  if (!(data === "string" || data === "float" || data === "path" || data === "uri")) {
    validate204.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema70.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate204.errors = vErrors;
  return errors === 0;
}
validate204.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate203.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.command === void 0 && (missing0 = "command")) {
        validate203.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "command" || key0 === "parameters")) {
            validate203.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.command !== void 0) {
            let data0 = data.command;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate203.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate203.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.parameters !== void 0) {
              let data1 = data.parameters;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  for (const key1 in data1) {
                    let data2 = data1[key1];
                    const _errs7 = errors;
                    if (typeof data2 !== "string" && !(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                      validate203.errors = [{ instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: schema69.properties.parameters.additionalProperties.type }, message: "must be string,object" }];
                      return false;
                    }
                    const _errs9 = errors;
                    let valid2 = true;
                    const _errs10 = errors;
                    if (typeof data2 !== "string") {
                      const err0 = {};
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    }
                    var _valid0 = _errs10 === errors;
                    errors = _errs9;
                    if (vErrors !== null) {
                      if (_errs9) {
                        vErrors.length = _errs9;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (_valid0) {
                      const _errs12 = errors;
                      if (!validate204(data2, { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key1, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs12 === errors;
                      valid2 = _valid0;
                    }
                    if (!valid2) {
                      const err1 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                      validate203.errors = vErrors;
                      return false;
                    }
                    if (errors === _errs7) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        const _errs13 = errors;
                        for (const key2 in data2) {
                          if (!(key2 === "type" || key2 === "default")) {
                            validate203.errors = [{ instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs13 === errors) {
                          if (data2.type !== void 0) {
                            const _errs14 = errors;
                            if (!validate204(data2.type, { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", parentData: data2, parentDataProperty: "type", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs14 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.default !== void 0) {
                              let data4 = data2.default;
                              const _errs15 = errors;
                              if (typeof data4 !== "string" && !(typeof data4 == "number" && isFinite(data4)) && typeof data4 !== "boolean" && data4 !== null) {
                                validate203.errors = [{ instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/parameters/additionalProperties/properties/default/type", keyword: "type", params: { type: schema69.properties.parameters.additionalProperties.properties.default.type }, message: "must be string,number,boolean,null" }];
                                return false;
                              }
                              var valid3 = _errs15 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate203.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate203.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate203.errors = vErrors;
  return errors === 0;
}
validate203.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.python_env === void 0 && (missing0 = "python_env")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.python_env = true;
  }
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.conda_env === void 0 && (missing1 = "conda_env")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.conda_env = true;
      }
    }
    const _errs6 = errors;
    if (errors === _errs6) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.docker_env === void 0 && (missing2 = "docker_env")) {
          const err4 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.docker_env = true;
        }
      }
    }
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
    validate202.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.entry_points === void 0 && (missing3 = "entry_points")) {
        validate202.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.name = true;
          props0.python_env = true;
          props0.conda_env = true;
          props0.docker_env = true;
          props0.entry_points = true;
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          const _errs8 = errors;
          if (errors === _errs8) {
            if (typeof data0 === "string") {
              if (func1(data0) < 1) {
                validate202.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate202.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid1 = _errs8 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.python_env !== void 0) {
            let data1 = data.python_env;
            const _errs10 = errors;
            if (errors === _errs10) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate202.errors = [{ instancePath: instancePath + "/python_env", schemaPath: "#/properties/python_env/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate202.errors = [{ instancePath: instancePath + "/python_env", schemaPath: "#/properties/python_env/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid1 = _errs10 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.conda_env !== void 0) {
              let data2 = data.conda_env;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    validate202.errors = [{ instancePath: instancePath + "/conda_env", schemaPath: "#/properties/conda_env/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate202.errors = [{ instancePath: instancePath + "/conda_env", schemaPath: "#/properties/conda_env/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid1 = _errs12 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.docker_env !== void 0) {
                let data3 = data.docker_env;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing4;
                    if (data3.image === void 0 && (missing4 = "image")) {
                      validate202.errors = [{ instancePath: instancePath + "/docker_env", schemaPath: "#/properties/docker_env/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                      return false;
                    } else {
                      if (data3.image !== void 0) {
                        let data4 = data3.image;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (typeof data4 === "string") {
                            if (func1(data4) < 1) {
                              validate202.errors = [{ instancePath: instancePath + "/docker_env/image", schemaPath: "#/properties/docker_env/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          } else {
                            validate202.errors = [{ instancePath: instancePath + "/docker_env/image", schemaPath: "#/properties/docker_env/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid2 = _errs16 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data3.volumes !== void 0) {
                          let data5 = data3.volumes;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (Array.isArray(data5)) {
                              var valid3 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                const _errs20 = errors;
                                if (typeof data5[i0] !== "string") {
                                  validate202.errors = [{ instancePath: instancePath + "/docker_env/volumes/" + i0, schemaPath: "#/properties/docker_env/properties/volumes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs20 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate202.errors = [{ instancePath: instancePath + "/docker_env/volumes", schemaPath: "#/properties/docker_env/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid2 = _errs18 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.environment !== void 0) {
                            let data7 = data3.environment;
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (Array.isArray(data7)) {
                                var valid4 = true;
                                const len1 = data7.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  let data8 = data7[i1];
                                  const _errs24 = errors;
                                  if (typeof data8 !== "string" && !Array.isArray(data8)) {
                                    validate202.errors = [{ instancePath: instancePath + "/docker_env/environment/" + i1, schemaPath: "#/properties/docker_env/properties/environment/items/type", keyword: "type", params: { type: schema68.properties.docker_env.properties.environment.items.type }, message: "must be string,array" }];
                                    return false;
                                  }
                                  var valid4 = _errs24 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              } else {
                                validate202.errors = [{ instancePath: instancePath + "/docker_env/environment", schemaPath: "#/properties/docker_env/properties/environment/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid2 = _errs22 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate202.errors = [{ instancePath: instancePath + "/docker_env", schemaPath: "#/properties/docker_env/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs14 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.entry_points !== void 0) {
                  let data9 = data.entry_points;
                  const _errs26 = errors;
                  if (errors === _errs26) {
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                      if (Object.keys(data9).length < 1) {
                        validate202.errors = [{ instancePath: instancePath + "/entry_points", schemaPath: "#/properties/entry_points/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                        return false;
                      } else {
                        for (const key0 in data9) {
                          const _errs29 = errors;
                          if (!validate203(data9[key0], { instancePath: instancePath + "/entry_points/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key0, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
                            errors = vErrors.length;
                          }
                          var valid5 = _errs29 === errors;
                          if (!valid5) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate202.errors = [{ instancePath: instancePath + "/entry_points", schemaPath: "#/properties/entry_points/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs26 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate202.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate202.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate202.evaluated = { "dynamicProps": true, "dynamicItems": false };
var conda_env = validate208;
var schema71 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/conda-env.schema.json", "type": "object", "required": ["dependencies"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "prefix": { "type": "string" }, "channels": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "dependencies": { "type": "array", "minItems": 1, "items": { "type": ["string", "object"], "minLength": 1, "additionalProperties": false, "required": ["pip"], "properties": { "pip": { "type": "array", "items": { "type": "string", "minLength": 1 } } } } }, "variables": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "platforms": { "type": "array", "items": { "type": "string" } }, "category": { "type": "string" } } };
function validate208(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate208.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dependencies === void 0 && (missing0 = "dependencies")) {
        validate208.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "prefix" || key0 === "channels" || key0 === "dependencies" || key0 === "variables" || key0 === "platforms" || key0 === "category")) {
            validate208.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            let data0 = data.name;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func1(data0) < 1) {
                  validate208.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate208.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.prefix !== void 0) {
              const _errs4 = errors;
              if (typeof data.prefix !== "string") {
                validate208.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.channels !== void 0) {
                let data2 = data.channels;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data2)) {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data3 = data2[i0];
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (typeof data3 === "string") {
                          if (func1(data3) < 1) {
                            validate208.errors = [{ instancePath: instancePath + "/channels/" + i0, schemaPath: "#/properties/channels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate208.errors = [{ instancePath: instancePath + "/channels/" + i0, schemaPath: "#/properties/channels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid1 = _errs8 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate208.errors = [{ instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dependencies !== void 0) {
                  let data4 = data.dependencies;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        validate208.errors = [{ instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid2 = true;
                        const len1 = data4.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data5 = data4[i1];
                          const _errs12 = errors;
                          if (typeof data5 !== "string" && !(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
                            validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1, schemaPath: "#/properties/dependencies/items/type", keyword: "type", params: { type: schema71.properties.dependencies.items.type }, message: "must be string,object" }];
                            return false;
                          }
                          if (errors === _errs12) {
                            if (typeof data5 === "string") {
                              if (func1(data5) < 1) {
                                validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1, schemaPath: "#/properties/dependencies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            }
                            if (errors === _errs12) {
                              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                let missing1;
                                if (data5.pip === void 0 && (missing1 = "pip")) {
                                  validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  const _errs14 = errors;
                                  for (const key1 in data5) {
                                    if (!(key1 === "pip")) {
                                      validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1, schemaPath: "#/properties/dependencies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs14 === errors) {
                                    if (data5.pip !== void 0) {
                                      let data6 = data5.pip;
                                      const _errs15 = errors;
                                      if (errors === _errs15) {
                                        if (Array.isArray(data6)) {
                                          var valid4 = true;
                                          const len2 = data6.length;
                                          for (let i2 = 0; i2 < len2; i2++) {
                                            let data7 = data6[i2];
                                            const _errs17 = errors;
                                            if (errors === _errs17) {
                                              if (typeof data7 === "string") {
                                                if (func1(data7) < 1) {
                                                  validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1 + "/pip/" + i2, schemaPath: "#/properties/dependencies/items/properties/pip/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1 + "/pip/" + i2, schemaPath: "#/properties/dependencies/items/properties/pip/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid4 = _errs17 === errors;
                                            if (!valid4) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate208.errors = [{ instancePath: instancePath + "/dependencies/" + i1 + "/pip", schemaPath: "#/properties/dependencies/items/properties/pip/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                          var valid2 = _errs12 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate208.errors = [{ instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.variables !== void 0) {
                    let data8 = data.variables;
                    const _errs19 = errors;
                    if (errors === _errs19) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key2 in data8) {
                          let data9 = data8[key2];
                          const _errs22 = errors;
                          if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "boolean") {
                            validate208.errors = [{ instancePath: instancePath + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/additionalProperties/type", keyword: "type", params: { type: schema71.properties.variables.additionalProperties.type }, message: "must be string,number,boolean" }];
                            return false;
                          }
                          var valid5 = _errs22 === errors;
                          if (!valid5) {
                            break;
                          }
                        }
                      } else {
                        validate208.errors = [{ instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs19 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.platforms !== void 0) {
                      let data10 = data.platforms;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (Array.isArray(data10)) {
                          var valid6 = true;
                          const len3 = data10.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs26 = errors;
                            if (typeof data10[i3] !== "string") {
                              validate208.errors = [{ instancePath: instancePath + "/platforms/" + i3, schemaPath: "#/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid6 = _errs26 === errors;
                            if (!valid6) {
                              break;
                            }
                          }
                        } else {
                          validate208.errors = [{ instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs24 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.category !== void 0) {
                        const _errs28 = errors;
                        if (typeof data.category !== "string") {
                          validate208.errors = [{ instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs28 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate208.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate208.errors = vErrors;
  return errors === 0;
}
validate208.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var dataset_manifest = validate209;
var schema73 = { "type": "object", "required": ["name"], "additionalProperties": false, "patternProperties": { "^x-": true }, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "role": { "type": ["string", "array"], "if": { "type": "string" }, "then": { "$ref": "#/$defs/role" }, "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/role" } }, "source": { "type": "string", "pattern": "^(?:hf:[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?|https?://\\S+|s3://\\S+|gs://\\S+|dvc:\\S+)$" }, "license": { "type": "string", "pattern": "^\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)(?:\\s+(?:AND|OR|WITH)\\s+\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)\\)?)*\\)?$" }, "version": { "type": "string", "minLength": 1 }, "checksum": { "type": "string", "pattern": "^(?:sha256:[0-9a-fA-F]{64}|sha512:[0-9a-fA-F]{128}|md5:[0-9a-fA-F]{32})$" }, "splits": { "type": ["array", "object"], "minItems": 1, "items": { "type": "string", "minLength": 1 }, "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "examples": { "type": "integer", "minimum": 0 }, "path": { "type": "string" }, "fraction": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "seed": { "type": "integer" }, "description": { "type": "string" } } } }, "access": { "type": "string", "enum": ["open", "gated", "restricted", "private"] }, "description": { "type": "string" }, "url": { "type": "string", "pattern": "^https?://\\S+$" } } };
var func0 = runtime.equal;
var pattern28 = new RegExp("^x-", "u");
var pattern29 = new RegExp("^(?:hf:[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?|https?://\\S+|s3://\\S+|gs://\\S+|dvc:\\S+)$", "u");
var pattern30 = new RegExp("^\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)(?:\\s+(?:AND|OR|WITH)\\s+\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)\\)?)*\\)?$", "u");
var pattern31 = new RegExp("^(?:sha256:[0-9a-fA-F]{64}|sha512:[0-9a-fA-F]{128}|md5:[0-9a-fA-F]{32})$", "u");
var pattern32 = new RegExp("^https?://\\S+$", "u");
var schema74 = { "type": "string", "enum": ["train", "validation", "test", "other"] };
function validate211(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate211.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    validate211.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  if (!(data === "train" || data === "validation" || data === "test" || data === "other")) {
    validate211.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate211.errors = vErrors;
  return errors === 0;
}
validate211.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate210(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate210.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate210.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(func23.call(schema73.properties, key0) || pattern28.test(key0))) {
            validate210.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.name !== void 0) {
            let data0 = data.name;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func1(data0) > 200) {
                  validate210.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                  return false;
                } else {
                  if (func1(data0) < 1) {
                    validate210.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                }
              } else {
                validate210.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.role !== void 0) {
              let data1 = data.role;
              const _errs4 = errors;
              if (typeof data1 !== "string" && !Array.isArray(data1)) {
                validate210.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: schema73.properties.role.type }, message: "must be string,array" }];
                return false;
              }
              const _errs6 = errors;
              let valid1 = true;
              const _errs7 = errors;
              if (typeof data1 !== "string") {
                const err0 = {};
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              }
              var _valid0 = _errs7 === errors;
              errors = _errs6;
              if (vErrors !== null) {
                if (_errs6) {
                  vErrors.length = _errs6;
                } else {
                  vErrors = null;
                }
              }
              if (_valid0) {
                const _errs9 = errors;
                if (!validate211(data1, { instancePath: instancePath + "/role", parentData: data, parentDataProperty: "role", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs9 === errors;
                valid1 = _valid0;
              }
              if (!valid1) {
                const err1 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
                validate210.errors = vErrors;
                return false;
              }
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length < 1) {
                    validate210.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/properties/role/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid2 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs10 = errors;
                      if (!validate211(data1[i0], { instancePath: instancePath + "/role/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs10 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                    if (valid2) {
                      let i1 = data1.length;
                      let j0;
                      if (i1 > 1) {
                        outer0: for (; i1--; ) {
                          for (j0 = i1; j0--; ) {
                            if (func0(data1[i1], data1[j0])) {
                              validate210.errors = [{ instancePath: instancePath + "/role", schemaPath: "#/properties/role/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                              return false;
                              break outer0;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                let data3 = data.source;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (typeof data3 === "string") {
                    if (!pattern29.test(data3)) {
                      validate210.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/pattern", keyword: "pattern", params: { pattern: "^(?:hf:[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?|https?://\\S+|s3://\\S+|gs://\\S+|dvc:\\S+)$" }, message: 'must match pattern "^(?:hf:[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?|https?://\\S+|s3://\\S+|gs://\\S+|dvc:\\S+)$"' }];
                      return false;
                    }
                  } else {
                    validate210.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.license !== void 0) {
                  let data4 = data.license;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (typeof data4 === "string") {
                      if (!pattern30.test(data4)) {
                        validate210.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/pattern", keyword: "pattern", params: { pattern: "^\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)(?:\\s+(?:AND|OR|WITH)\\s+\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)\\)?)*\\)?$" }, message: 'must match pattern "^\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)(?:\\s+(?:AND|OR|WITH)\\s+\\(?(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)\\)?)*\\)?$"' }];
                        return false;
                      }
                    } else {
                      validate210.errors = [{ instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.version !== void 0) {
                    let data5 = data.version;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (typeof data5 === "string") {
                        if (func1(data5) < 1) {
                          validate210.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                          return false;
                        }
                      } else {
                        validate210.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.checksum !== void 0) {
                      let data6 = data.checksum;
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (typeof data6 === "string") {
                          if (!pattern31.test(data6)) {
                            validate210.errors = [{ instancePath: instancePath + "/checksum", schemaPath: "#/properties/checksum/pattern", keyword: "pattern", params: { pattern: "^(?:sha256:[0-9a-fA-F]{64}|sha512:[0-9a-fA-F]{128}|md5:[0-9a-fA-F]{32})$" }, message: 'must match pattern "^(?:sha256:[0-9a-fA-F]{64}|sha512:[0-9a-fA-F]{128}|md5:[0-9a-fA-F]{32})$"' }];
                            return false;
                          }
                        } else {
                          validate210.errors = [{ instancePath: instancePath + "/checksum", schemaPath: "#/properties/checksum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.splits !== void 0) {
                        let data7 = data.splits;
                        const _errs19 = errors;
                        if (!data7 || typeof data7 != "object") {
                          validate210.errors = [{ instancePath: instancePath + "/splits", schemaPath: "#/properties/splits/type", keyword: "type", params: { type: schema73.properties.splits.type }, message: "must be array,object" }];
                          return false;
                        }
                        if (errors === _errs19) {
                          if (Array.isArray(data7)) {
                            if (data7.length < 1) {
                              validate210.errors = [{ instancePath: instancePath + "/splits", schemaPath: "#/properties/splits/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid4 = true;
                              const len1 = data7.length;
                              for (let i2 = 0; i2 < len1; i2++) {
                                let data8 = data7[i2];
                                const _errs21 = errors;
                                if (errors === _errs21) {
                                  if (typeof data8 === "string") {
                                    if (func1(data8) < 1) {
                                      validate210.errors = [{ instancePath: instancePath + "/splits/" + i2, schemaPath: "#/properties/splits/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate210.errors = [{ instancePath: instancePath + "/splits/" + i2, schemaPath: "#/properties/splits/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs21 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            }
                          }
                          if (errors === _errs19) {
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              if (Object.keys(data7).length < 1) {
                                validate210.errors = [{ instancePath: instancePath + "/splits", schemaPath: "#/properties/splits/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                                return false;
                              } else {
                                for (const key1 in data7) {
                                  let data9 = data7[key1];
                                  const _errs24 = errors;
                                  if (errors === _errs24) {
                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                      const _errs26 = errors;
                                      for (const key2 in data9) {
                                        if (!(key2 === "examples" || key2 === "path" || key2 === "fraction" || key2 === "seed" || key2 === "description")) {
                                          validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs26 === errors) {
                                        if (data9.examples !== void 0) {
                                          let data10 = data9.examples;
                                          const _errs27 = errors;
                                          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                            validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/examples", schemaPath: "#/properties/splits/additionalProperties/properties/examples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          if (errors === _errs27) {
                                            if (typeof data10 == "number" && isFinite(data10)) {
                                              if (data10 < 0 || isNaN(data10)) {
                                                validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/examples", schemaPath: "#/properties/splits/additionalProperties/properties/examples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid6 = _errs27 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data9.path !== void 0) {
                                            const _errs29 = errors;
                                            if (typeof data9.path !== "string") {
                                              validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/properties/splits/additionalProperties/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid6 = _errs29 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data9.fraction !== void 0) {
                                              let data12 = data9.fraction;
                                              const _errs31 = errors;
                                              if (errors === _errs31) {
                                                if (typeof data12 == "number" && isFinite(data12)) {
                                                  if (data12 > 1 || isNaN(data12)) {
                                                    validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fraction", schemaPath: "#/properties/splits/additionalProperties/properties/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                    return false;
                                                  } else {
                                                    if (data12 <= 0 || isNaN(data12)) {
                                                      validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fraction", schemaPath: "#/properties/splits/additionalProperties/properties/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fraction", schemaPath: "#/properties/splits/additionalProperties/properties/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid6 = _errs31 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data9.seed !== void 0) {
                                                let data13 = data9.seed;
                                                const _errs33 = errors;
                                                if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                                  validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/seed", schemaPath: "#/properties/splits/additionalProperties/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                  return false;
                                                }
                                                var valid6 = _errs33 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data9.description !== void 0) {
                                                  const _errs35 = errors;
                                                  if (typeof data9.description !== "string") {
                                                    validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/splits/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid6 = _errs35 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate210.errors = [{ instancePath: instancePath + "/splits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs24 === errors;
                                  if (!valid5) {
                                    break;
                                  }
                                }
                              }
                            }
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.access !== void 0) {
                          let data15 = data.access;
                          const _errs37 = errors;
                          if (typeof data15 !== "string") {
                            validate210.errors = [{ instancePath: instancePath + "/access", schemaPath: "#/properties/access/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          if (!(data15 === "open" || data15 === "gated" || data15 === "restricted" || data15 === "private")) {
                            validate210.errors = [{ instancePath: instancePath + "/access", schemaPath: "#/properties/access/enum", keyword: "enum", params: { allowedValues: schema73.properties.access.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid0 = _errs37 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.description !== void 0) {
                            const _errs39 = errors;
                            if (typeof data.description !== "string") {
                              validate210.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs39 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.url !== void 0) {
                              let data17 = data.url;
                              const _errs41 = errors;
                              if (errors === _errs41) {
                                if (typeof data17 === "string") {
                                  if (!pattern32.test(data17)) {
                                    validate210.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"' }];
                                    return false;
                                  }
                                } else {
                                  validate210.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs41 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate210.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate210.errors = vErrors;
  return errors === 0;
}
validate210.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate209(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate209.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.datasets === void 0 && (missing0 = "datasets")) {
        validate209.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "$schema" || key0 === "datasets")) {
            validate209.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            const _errs2 = errors;
            if (typeof data.$schema !== "string") {
              validate209.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.datasets !== void 0) {
              let data1 = data.datasets;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length < 1) {
                    validate209.errors = [{ instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (!validate210(data1[i0], { instancePath: instancePath + "/datasets/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate210.errors : vErrors.concat(validate210.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate209.errors = [{ instancePath: instancePath + "/datasets", schemaPath: "#/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate209.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate209.errors = vErrors;
  return errors === 0;
}
validate209.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var reproscore_config = validate215;
var pattern33 = new RegExp("^[a-z][a-z0-9-]*$", "u");
function validate215(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate215.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "exemptions" || key0 === "weights" || key0 === "ignore" || key0 === "fail-under")) {
          validate215.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.$schema !== void 0) {
          const _errs2 = errors;
          if (typeof data.$schema !== "string") {
            validate215.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.exemptions !== void 0) {
            let data1 = data.exemptions;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing0;
                      if (data2.check === void 0 && (missing0 = "check") || data2.reason === void 0 && (missing0 = "reason")) {
                        validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                        return false;
                      } else {
                        const _errs8 = errors;
                        for (const key1 in data2) {
                          if (!(key1 === "check" || key1 === "reason")) {
                            validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0, schemaPath: "#/properties/exemptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs8 === errors) {
                          if (data2.check !== void 0) {
                            let data3 = data2.check;
                            const _errs9 = errors;
                            if (errors === _errs9) {
                              if (typeof data3 === "string") {
                                if (!pattern33.test(data3)) {
                                  validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0 + "/check", schemaPath: "#/properties/exemptions/items/properties/check/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"' }];
                                  return false;
                                }
                              } else {
                                validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0 + "/check", schemaPath: "#/properties/exemptions/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.reason !== void 0) {
                              let data4 = data2.reason;
                              const _errs11 = errors;
                              if (errors === _errs11) {
                                if (typeof data4 === "string") {
                                  if (func1(data4) > 500) {
                                    validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" }];
                                    return false;
                                  } else {
                                    if (func1(data4) < 10) {
                                      validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate215.errors = [{ instancePath: instancePath + "/exemptions/" + i0, schemaPath: "#/properties/exemptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate215.errors = [{ instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.weights !== void 0) {
              let data5 = data.weights;
              const _errs13 = errors;
              if (errors === _errs13) {
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                  for (const key2 in data5) {
                    const _errs15 = errors;
                    if (typeof key2 === "string") {
                      if (!pattern33.test(key2)) {
                        const err0 = { instancePath: instancePath + "/weights", schemaPath: "#/properties/weights/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', propertyName: key2 };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                    }
                    var valid3 = _errs15 === errors;
                    if (!valid3) {
                      const err1 = { instancePath: instancePath + "/weights", schemaPath: "#/properties/weights/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                      validate215.errors = vErrors;
                      return false;
                      break;
                    }
                  }
                  if (valid3) {
                    for (const key3 in data5) {
                      let data6 = data5[key3];
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (typeof data6 == "number" && isFinite(data6)) {
                          if (data6 > 100 || isNaN(data6)) {
                            validate215.errors = [{ instancePath: instancePath + "/weights/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/weights/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" }];
                            return false;
                          } else {
                            if (data6 < 0 || isNaN(data6)) {
                              validate215.errors = [{ instancePath: instancePath + "/weights/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/weights/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        } else {
                          validate215.errors = [{ instancePath: instancePath + "/weights/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/weights/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid4 = _errs17 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  }
                } else {
                  validate215.errors = [{ instancePath: instancePath + "/weights", schemaPath: "#/properties/weights/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs13 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ignore !== void 0) {
                let data7 = data.ignore;
                const _errs19 = errors;
                if (errors === _errs19) {
                  if (Array.isArray(data7)) {
                    var valid5 = true;
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data8 = data7[i1];
                      const _errs21 = errors;
                      if (errors === _errs21) {
                        if (typeof data8 === "string") {
                          if (func1(data8) > 300) {
                            validate215.errors = [{ instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" }];
                            return false;
                          } else {
                            if (func1(data8) < 1) {
                              validate215.errors = [{ instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                              return false;
                            }
                          }
                        } else {
                          validate215.errors = [{ instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid5 = _errs21 === errors;
                      if (!valid5) {
                        break;
                      }
                    }
                  } else {
                    validate215.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs19 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["fail-under"] !== void 0) {
                  let data9 = data["fail-under"];
                  const _errs23 = errors;
                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                    validate215.errors = [{ instancePath: instancePath + "/fail-under", schemaPath: "#/properties/fail-under/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs23) {
                    if (typeof data9 == "number" && isFinite(data9)) {
                      if (data9 > 100 || isNaN(data9)) {
                        validate215.errors = [{ instancePath: instancePath + "/fail-under", schemaPath: "#/properties/fail-under/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" }];
                        return false;
                      } else {
                        if (data9 < 0 || isNaN(data9)) {
                          validate215.errors = [{ instancePath: instancePath + "/fail-under", schemaPath: "#/properties/fail-under/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs23 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate215.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate215.errors = vErrors;
  return errors === 0;
}
validate215.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/validate/precompiled.ts
var PRECOMPILED = {
  "hf-model-card": hf_model_card,
  "hf-dataset-card": hf_dataset_card,
  "citation-cff": citation_cff,
  croissant,
  "dvc-yaml": dvc_yaml,
  "dvc-file": dvc_file,
  "dvc-lock": dvc_lock,
  mlproject,
  "conda-env": conda_env,
  "dataset-manifest": dataset_manifest,
  "reproscore-config": reproscore_config
};
function firstErrorValidatorFor(format) {
  return PRECOMPILED[format];
}

// src/validate/croissant.ts
var MAX_NODES = 2e5;
function escapePointer(key) {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
function danglingReferences(value, parsed) {
  const defined = /* @__PURE__ */ new Set();
  const refs = [];
  const stack = [{ node: value, pointer: "" }];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const { node, pointer } = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }));
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const obj = node;
    const keys = Object.keys(obj);
    const id = obj["@id"];
    if (typeof id === "string") {
      if (keys.length === 1) refs.push({ id, pointer });
      else defined.add(id);
    }
    for (const k of keys) {
      if (k === "@context") continue;
      stack.push({ node: obj[k], pointer: `${pointer}/${escapePointer(k)}` });
    }
  }
  const errors = [];
  const suffixes = /* @__PURE__ */ new Set();
  for (const id of defined) {
    for (let i = id.indexOf("/"); i >= 0; i = id.indexOf("/", i + 1)) suffixes.add(id.slice(i + 1));
  }
  for (const ref of refs) {
    if (defined.has(ref.id) || suffixes.has(ref.id)) continue;
    const p = parsed.locate(ref.pointer);
    errors.push({
      pointer: ref.pointer,
      line: p?.line ?? null,
      column: p?.column ?? null,
      message: `the reference to '${ref.id.length > 60 ? ref.id.slice(0, 59) + "\u2026" : ref.id}' points at nothing: no FileObject, FileSet, RecordSet or field in this file has that @id`
    });
  }
  return errors;
}

// src/validate/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DECLARATION_CHARS = 4 * 1024 * 1024;
function splitPointer(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.slice(1).split("/").map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function parseDeclaration(text, syntax) {
  if (text.length > MAX_DECLARATION_CHARS) {
    return failed(
      `the file is too large to validate (${(text.length / 1048576).toFixed(1)} MB; declarations over ${MAX_DECLARATION_CHARS / 1048576} MB are skipped)`,
      1
    );
  }
  if (syntax === "json") return parseJson(text);
  if (syntax === "markdown") {
    const fm = extractFrontMatter(text);
    if (!fm) {
      return failed(
        "the card has no YAML metadata: add a block between `---` lines at the very top of the file",
        1
      );
    }
    return parseYaml(fm.yaml, fm.startLine - 1);
  }
  return parseYaml(text, 0);
}
function failed(message, line) {
  return {
    value: void 0,
    errors: [{ pointer: "", line, column: line === null ? null : 1, message }],
    locate: () => null
  };
}
function parseYaml(text, lineOffset) {
  const r = loadYaml(text, lineOffset);
  const errors = r.errors.map((e) => ({
    pointer: "",
    line: e.line,
    column: e.column,
    message: yamlMessage(e.message)
  }));
  const locate = (pointer, key) => {
    const root = r.doc?.contents;
    if (!root) return { line: 1 + lineOffset, column: 1 };
    let node = root;
    let at = root;
    for (const part of splitPointer(pointer)) {
      if ((0, import_yaml.isMap)(node)) {
        const pair = findPair(node.items, part);
        if (!pair) break;
        const next = pair.value ?? pair.key;
        node = pair.value;
        if (next?.range) at = next;
        else if (pair.key?.range) at = pair.key;
      } else if ((0, import_yaml.isSeq)(node)) {
        const item = node.items[Number(part)];
        if (!item) break;
        node = item;
        if (item.range) at = item;
      } else break;
    }
    if (key !== void 0 && (0, import_yaml.isMap)(node)) {
      const pair = findPair(node.items, key);
      const k = pair?.key;
      if (k?.range) at = k;
    }
    const offset = at.range?.[0];
    if (offset === void 0) return null;
    const p = r.lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  return { value: errors.length ? void 0 : r.value, errors, locate };
}
function findPair(items, key) {
  return items.find((it) => {
    const k = it.key;
    if ((0, import_yaml.isScalar)(k)) return String(k.value) === key;
    return String(k) === key;
  });
}
function yamlMessage(m) {
  if (/duplicate/i.test(m) && /key/i.test(m)) return `YAML: ${m} (a key may appear only once in a mapping)`;
  if (/alias/i.test(m) && /(?:count|expan|exceed)/i.test(m))
    return `YAML: ${m} (refused: aliases expand too much)`;
  return m.startsWith("YAML") ? m : `YAML syntax error: ${m}`;
}
var JSON_ERRORS = {
  1: "invalid symbol",
  2: "invalid number",
  3: "a property name in double quotes is expected",
  4: "a value is expected",
  5: "':' is expected",
  6: "',' is expected",
  7: "'}' is expected",
  8: "']' is expected",
  9: "the document should have ended",
  10: "JSON does not allow comments",
  11: "unterminated comment",
  12: "unterminated string",
  13: "unterminated number",
  14: "invalid unicode escape",
  15: "invalid escape character",
  16: "invalid character in a string"
};
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function offsetToPosition(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function parseJson(text) {
  const src = text.charCodeAt(0) === 65279 ? " " + text.slice(1) : text;
  const starts = lineStarts(src);
  const pos = (offset) => offsetToPosition(starts, offset);
  const parseErrors = [];
  let tree;
  try {
    tree = parseTree(src, parseErrors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false
    });
  } catch (err) {
    return failed(`JSON could not be parsed: ${String(err.message ?? err)}`, 1);
  }
  const errors = [];
  const commaBefore = parseErrors.some((e) => e.error === 3 || e.error === 4) ? commaFinder(src) : null;
  const at = /* @__PURE__ */ new Set();
  for (const e of parseErrors.slice(0, 50)) {
    let offset = e.offset;
    let message = JSON_ERRORS[e.error] ?? "JSON syntax error";
    if ((e.error === 3 || e.error === 4) && commaBefore) {
      const comma = commaBefore(offset);
      if (comma !== null) {
        offset = comma;
        message = "JSON does not allow a trailing comma before a closing bracket";
      }
    }
    if (at.has(offset)) continue;
    at.add(offset);
    const p = pos(offset);
    errors.push({
      pointer: "",
      line: p.line,
      column: p.column,
      message: message.startsWith("JSON") ? message : `JSON: ${message}`
    });
  }
  if (!tree && errors.length === 0)
    errors.push({ pointer: "", line: 1, column: 1, message: "JSON: the file is empty" });
  if (tree) errors.push(...duplicateKeys(tree, pos));
  let value = void 0;
  if (errors.length === 0) {
    try {
      value = JSON.parse(src);
    } catch (err) {
      errors.push({
        pointer: "",
        line: 1,
        column: 1,
        message: `JSON: ${String(err.message ?? err)}`
      });
    }
  }
  const locate = (pointer, key) => {
    if (!tree) return null;
    let node = tree;
    for (const part of splitPointer(pointer)) {
      let next;
      if (node.type === "object")
        next = node.children?.find((c) => c.children?.[0]?.value === part)?.children?.[1];
      else if (node.type === "array" && /^[0-9]+$/.test(part)) next = node.children?.[Number(part)];
      if (!next) break;
      node = next;
    }
    if (key !== void 0 && node.type === "object") {
      const prop = node.children?.find((c) => c.children?.[0]?.value === key);
      if (prop?.children?.[0]) return pos(prop.children[0].offset);
    }
    return pos(node.offset);
  };
  return { value, errors, locate };
}
var COMMA_TOKEN = 5;
var EOF_TOKEN = 17;
function commaFinder(src) {
  const tokens = [];
  const scanner = createScanner(src, true);
  for (let kind = scanner.scan(); kind !== EOF_TOKEN && tokens.length < 5e6; kind = scanner.scan()) {
    tokens.push({ kind, offset: scanner.getTokenOffset() });
  }
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (tokens[mid].offset < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const prev = found >= 0 ? tokens[found] : void 0;
    return prev?.kind === COMMA_TOKEN ? prev.offset : null;
  };
}
function duplicateKeys(tree, pos) {
  const out = [];
  const stack = [tree];
  while (stack.length && out.length < 20) {
    const node = stack.pop();
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Set();
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        if (k && typeof k.value === "string") {
          if (seen.has(k.value)) {
            const p = pos(k.offset);
            out.push({
              pointer: "",
              line: p.line,
              column: p.column,
              message: `JSON: duplicate key '${k.value}'`
            });
          }
          seen.add(k.value);
        }
      }
    }
    for (const c of node.children ?? []) stack.push(c);
  }
  return out;
}

// src/validate/messages.ts
var MAX_ERRORS_PER_FILE = 20;
function describePath(pointer, root) {
  const parts = splitPointer(pointer);
  if (parts.length === 0) return root;
  let out = "";
  for (const p of parts) {
    if (/^[0-9]+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_@$][A-Za-z0-9_@$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}
function short(value, max = 60) {
  return value.length > max ? value.slice(0, max - 1) + "\u2026" : value;
}
function describeValue(data) {
  if (data === null || data === void 0) return "nothing (an empty value)";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "object") return "a mapping";
  if (typeof data === "string") return `'${short(data)}'`;
  if (typeof data === "number") return `the number ${data}`;
  return String(data);
}
var TYPE_NAMES = {
  object: "a mapping (key: value pairs)",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty"
};
function typeList(t) {
  const types = Array.isArray(t) ? t : [String(t)];
  const names = types.map((x) => TYPE_NAMES[x] ?? x);
  return names.length <= 1 ? names[0] ?? "another type" : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return 99;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const w = word.toLowerCase().replaceAll("_", "-");
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase().replaceAll("_", "-"));
    const limit = c.length <= 4 ? 1 : 2;
    const prefix = Math.min(w.length, c.length) >= 4 && (w.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(w));
    if ((d <= limit || prefix) && Math.min(d, 3) < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
var MISSING_HINTS = {
  "citation-cff:cff-version": "add `cff-version: 1.2.0`",
  "citation-cff:message": 'e.g. `message: "If you use this software, please cite it as below."`',
  "citation-cff:title": "the name of the software or dataset",
  "citation-cff:authors": "a list of people (family-names, given-names) or entities (name)",
  "hf-model-card:license_name": "with `license: other`, give the license a short id",
  "hf-model-card:license_link": "with `license: other`, link to the license text (a file or URL)",
  "hf-dataset-card:license_name": "with `license: other`, give the license a short id",
  "hf-dataset-card:license_link": "with `license: other`, link to the license text (a file or URL)",
  "croissant:conformsTo": 'add `"conformsTo": "http://mlcommons.org/croissant/1.0"`',
  "croissant:@context": "the JSON-LD context that Croissant files start with",
  "croissant:license": "the data license, an SPDX id or a license URL",
  "croissant:contentUrl": "where the file can be downloaded",
  "croissant:encodingFormat": "the MIME type, e.g. `text/csv`",
  "croissant:dataType": "e.g. `sc:Text`, `sc:Integer`, `sc:ImageObject`",
  "croissant:includes": "a glob of the files in the set, e.g. `*.jpg`",
  "dvc-yaml:cmd": "every stage needs the command it runs",
  "dvc-yaml:do": "`foreach` needs a `do:` stage template",
  "dvc-file:path": "the tracked file or folder",
  "dvc-lock:schema": "dvc.lock files since DVC 2 start with `schema: '2.0'`",
  "dvc-lock:stages": "a DVC 1 lock file lists its stages at the top level; `dvc commit` with DVC 2 or later rewrites it",
  "mlproject:command": "the command `mlflow run` starts",
  "mlproject:entry_points": "e.g. `entry_points: {main: {command: python train.py}}`",
  "conda-env:dependencies": "the packages to install",
  "dataset-manifest:datasets": "a list with one entry per dataset",
  "dataset-manifest:name": "the name people and code use for the dataset"
};
var UNKNOWN_KEY_HINTS = {
  "citation-cff:given-names": "an author with 'name' is an entity (an organisation); a person has family-names and given-names instead",
  "citation-cff:family-names": "an author with 'name' is an entity (an organisation); a person has family-names and given-names instead",
  "citation-cff:author": "the key is 'authors', a list",
  "conda-env:pip": "pip requirements go in a `- pip:` item inside `dependencies`",
  "dvc-yaml:cmd": "a stage is a key under `stages:`"
};
function isUnder(pointer, base) {
  return pointer === base || pointer.startsWith(base + "/");
}
function explainOne(format, e, root) {
  const where = describePath(e.instancePath, root);
  const params = e.params;
  const data = e.data;
  const parent = e.parentSchema ?? {};
  switch (e.keyword) {
    case "required": {
      const prop = String(params.missingProperty);
      const hint = MISSING_HINTS[`${format}:${prop}`];
      const message = `${where} is missing '${prop}'${hint ? ` (${hint})` : ""}`;
      if (e.instancePath === "" && (prop === "license_name" || prop === "license_link")) {
        return { pointer: "", key: "license", message };
      }
      return { pointer: e.instancePath, atKey: true, message };
    }
    case "additionalProperties": {
      const prop = String(params.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const guess = didYouMean(prop, known);
      const hint = UNKNOWN_KEY_HINTS[`${format}:${prop}`];
      const tail = hint ? ` (${hint})` : guess ? ` \u2014 did you mean '${guess}'?` : known.length > 0 && known.length <= 12 ? ` (allowed: ${known.join(", ")})` : "";
      return { pointer: e.instancePath, key: prop, message: `${where} has an unknown key '${prop}'${tail}` };
    }
    case "type": {
      let message = `${where} must be ${typeList(params.type)}, found ${describeValue(data)}`;
      const wanted = Array.isArray(params.type) ? params.type : [String(params.type)];
      if (wanted.includes("string") && (typeof data === "number" || typeof data === "boolean")) {
        message += ` \u2014 put it in quotes ("${String(data)}") so it stays text`;
      }
      return { pointer: e.instancePath, message };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const guess = typeof data === "string" ? didYouMean(data, allowed) : null;
      const list = allowed.length > 10 ? `${allowed.slice(0, 10).join(", ")}, \u2026` : allowed.join(", ");
      return {
        pointer: e.instancePath,
        message: `${where} is ${describeValue(data)}, expected one of: ${list}${guess ? ` \u2014 did you mean '${guess}'?` : ""}`
      };
    }
    case "const":
      return {
        pointer: e.instancePath,
        message: `${where} must be '${String(params.allowedValue)}', found ${describeValue(data)}`
      };
    case "pattern":
    case "format": {
      const examples = parent.examples;
      const ex = examples?.find((x) => typeof x === "string");
      const what = e.keyword === "format" ? `a valid ${params.format === "date" ? "date (YYYY-MM-DD)" : String(params.format)}` : "in the expected form";
      const subject = e.propertyName !== void 0 ? `${where} has a key '${short(e.propertyName)}' that is not` : `${where} (${describeValue(data)}) is not`;
      return { pointer: e.instancePath, message: `${subject} ${what}${ex ? `, e.g. '${ex}'` : ""}` };
    }
    case "minItems":
      return {
        pointer: e.instancePath,
        message: Number(params.limit) === 1 ? `${where} must not be an empty list` : `${where} needs at least ${params.limit} items`
      };
    case "minLength":
      return {
        pointer: e.instancePath,
        message: Number(params.limit) === 1 ? `${where} must not be empty` : `${where} must be at least ${params.limit} characters`
      };
    case "maxLength":
      return {
        pointer: e.instancePath,
        message: `${where} is too long (at most ${params.limit} characters)`
      };
    case "minProperties":
      return { pointer: e.instancePath, message: `${where} must not be empty` };
    case "maxProperties":
      return {
        pointer: e.instancePath,
        message: Number(params.limit) === 1 ? `${where} must have exactly one key (the path), with its options indented under it` : `${where} has too many keys (at most ${params.limit})`
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = {
        minimum: "at least",
        maximum: "at most",
        exclusiveMinimum: "more than",
        exclusiveMaximum: "less than"
      }[e.keyword];
      return {
        pointer: e.instancePath,
        message: `${where} must be ${op} ${params.limit}, found ${describeValue(data)}`
      };
    }
    case "uniqueItems":
      return {
        pointer: e.instancePath,
        message: `${where} lists the same item twice (items ${params.j} and ${params.i})`
      };
    default:
      return { pointer: e.instancePath, message: `${where} ${e.message ?? "is not valid"}` };
  }
}
function explainAlternatives(format, e, branches, root, data) {
  const where = describePath(e.instancePath, root);
  const missing = branches.filter((b) => b.keyword === "required").map((b) => String(b.params.missingProperty));
  const allRequired = branches.length > 0 && missing.length === branches.length;
  const obj = data && typeof data === "object" ? data : {};
  if (format === "citation-cff" && missing.includes("family-names")) {
    return {
      pointer: e.instancePath,
      message: `${where} is missing 'family-names' (a person needs family-names, or use 'name' for an entity)`
    };
  }
  if (format === "mlproject" && e.instancePath === "" && e.keyword === "oneOf") {
    const present = ["python_env", "conda_env", "docker_env"].filter((k) => k in obj);
    if (present.length > 1) {
      return {
        pointer: "",
        key: present[1],
        message: `MLproject names ${present.length} environments (${present.join(", ")}): keep exactly one`
      };
    }
    return {
      pointer: "",
      message: "MLproject names no environment: add exactly one of python_env (a python_env.yaml), conda_env (a conda file) or docker_env (an image), or `mlflow run` uses whatever environment is active"
    };
  }
  if (format === "dvc-file" && isUnder(e.instancePath, "/outs")) {
    return {
      pointer: e.instancePath,
      message: `${where} has no 'md5': DVC has not recorded the data's hash, so nothing pins which data is meant (run \`dvc add\` or \`dvc commit\`)`
    };
  }
  if (format === "croissant" && missing.includes("sha256")) {
    const id = typeof obj["@id"] === "string" ? obj["@id"] : typeof obj.name === "string" ? obj.name : null;
    return {
      pointer: e.instancePath,
      message: `${where}${id ? ` (FileObject '${short(id)}')` : ""} has no checksum: add 'sha256' (or 'md5') so users can check they downloaded the same file`
    };
  }
  if (allRequired) {
    return {
      pointer: e.instancePath,
      atKey: true,
      message: `${where} is missing one of: ${missing.map((m) => `'${m}'`).join(", ")}`
    };
  }
  const first = branches.find((b) => b.keyword !== "type") ?? branches[0];
  if (first) return explainOne(format, first, root);
  return { pointer: e.instancePath, message: `${where} does not match any of the allowed forms` };
}
function explainErrors(format, errors, parsed, root, value) {
  const consumed = /* @__PURE__ */ new Set();
  const explained = [];
  const collapsed = /* @__PURE__ */ new Map();
  errors.forEach((alt, index) => {
    if (alt.keyword !== "anyOf" && alt.keyword !== "oneOf") return;
    const branches = [];
    for (let j = index - 1; j >= 0; j--) {
      const b = errors[j];
      if (!b.schemaPath.startsWith(alt.schemaPath + "/") || !isUnder(b.instancePath, alt.instancePath)) break;
      branches.unshift(b);
      consumed.add(b);
    }
    collapsed.set(alt, explainAlternatives(format, alt, branches, root, dataAt(value, alt.instancePath)));
  });
  const formatFailed = new Set(errors.filter((e) => e.keyword === "format").map((e) => e.instancePath));
  for (const e of errors) if (e.keyword === "pattern" && formatFailed.has(e.instancePath)) consumed.add(e);
  for (const e of errors) {
    if (consumed.has(e) || e.keyword === "if" || e.keyword === "propertyNames" || e.keyword === "false schema")
      continue;
    explained.push(collapsed.get(e) ?? explainOne(format, e, root));
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const x of explained) {
    const id = `${x.pointer}\0${x.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = x.atKey ? locateAtKey(parsed, x.pointer) : parsed.locate(x.pointer, x.key);
    const pointer = x.key !== void 0 ? `${x.pointer}/${x.key.replaceAll("~", "~0").replaceAll("/", "~1")}` : x.pointer;
    out.push({ pointer, line: p?.line ?? null, column: p?.column ?? null, message: x.message });
  }
  return out;
}
function locateAtKey(parsed, pointer) {
  const parts = splitPointer(pointer);
  const last = parts.at(-1);
  if (last === void 0 || /^[0-9]+$/.test(last)) return parsed.locate(pointer);
  const parent = pointer.slice(0, pointer.lastIndexOf("/"));
  return parsed.locate(parent, last) ?? parsed.locate(pointer);
}
var MAX_RAW_ERRORS = 1e3;
function capErrors(errors, atLeast = false) {
  if (errors.length <= MAX_ERRORS_PER_FILE) return errors;
  const kept = errors.slice(0, MAX_ERRORS_PER_FILE);
  kept.push({
    pointer: "",
    line: null,
    column: null,
    message: `and ${atLeast ? "at least " : ""}${errors.length - MAX_ERRORS_PER_FILE} more problems`
  });
  return kept;
}
function dataAt(value, pointer) {
  let cur = value;
  for (const part of splitPointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (cur && typeof cur === "object") cur = cur[part];
    else return void 0;
  }
  return cur;
}

// src/validate/spdx.ts
function unknownIds(expression) {
  const ids = referenceData().idsLower;
  const out = [];
  const tokens = expression.split(/[\s()]+/).filter((t) => t !== "");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "AND" || t === "OR") continue;
    if (t === "WITH") {
      i++;
      continue;
    }
    if (/^(?:LicenseRef|DocumentRef)-/i.test(t)) continue;
    const id = t.endsWith("+") ? t.slice(0, -1) : t;
    if (!ids.has(id.toLowerCase())) out.push(t);
  }
  return out;
}
function suggestion(id) {
  return didYouMean(id, [...referenceData().names.keys()]);
}
function spdxErrors(format, value, parsed, root) {
  const fields = [];
  if (!value || typeof value !== "object") return [];
  const obj = value;
  if (format === "dataset-manifest" && Array.isArray(obj.datasets)) {
    obj.datasets.slice(0, 1e3).forEach((d, i) => {
      if (d && typeof d === "object")
        fields.push({ pointer: `/datasets/${i}/license`, value: d.license });
    });
  } else if (format === "citation-cff") {
    if (Array.isArray(obj.license))
      obj.license.forEach((l, i) => fields.push({ pointer: `/license/${i}`, value: l }));
    else fields.push({ pointer: "/license", value: obj.license });
  } else return [];
  const errors = [];
  for (const f of fields) {
    if (typeof f.value !== "string" || f.value.length > 500) continue;
    for (const id of unknownIds(f.value)) {
      const guess = suggestion(id);
      const where = describePath(f.pointer, root);
      const p = parsed.locate(f.pointer);
      const tail = format === "dataset-manifest" ? " (use LicenseRef-<name> for terms without an SPDX id)" : " (use license-url for a license without an SPDX id)";
      errors.push({
        pointer: f.pointer,
        line: p?.line ?? null,
        column: p?.column ?? null,
        message: `${where}: '${id}' is not an SPDX license id${guess ? ` \u2014 did you mean '${guess}'?` : tail}`
      });
    }
  }
  return errors;
}

// src/validate/validate.ts
var loaded = null;
async function loadFullValidation() {
  loaded ??= (await import("./ajv-ETKNRD4G.js")).fullValidation;
  return loaded;
}
var sortErrors = (errors) => errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
var MAX_LIST_ITEMS = 300;
function shortenLists(value, max) {
  let pruned = false;
  let budget = 2e5;
  const copy = (v, depth) => {
    if (budget-- <= 0 || depth > 200) return v;
    if (Array.isArray(v)) {
      if (v.length > max) pruned = true;
      return v.slice(0, max).map((x) => copy(x, depth + 1));
    }
    if (v && typeof v === "object") {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        Object.defineProperty(out, k, {
          value: copy(x, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      return out;
    }
    return v;
  };
  return { value: copy(value, 0), pruned };
}
function checkFile(path, text, kind, full = loaded) {
  const format = kind ?? detectFormat(path, text);
  if (!format) {
    return {
      format: null,
      value: void 0,
      parsed: null,
      provisional: false,
      validation: {
        path,
        schema: "unknown",
        valid: false,
        errors: [
          {
            pointer: "",
            line: null,
            column: null,
            message: "not a declaration ReproScore recognises (model or dataset card, CITATION.cff, Croissant, dvc.yaml, .dvc, dvc.lock, MLproject, conda environment, datasets.yaml, .reproscore.yml)"
          }
        ]
      }
    };
  }
  let truncated = false;
  let provisional = false;
  const result = (errors, value, parsed) => ({
    format,
    value,
    parsed,
    provisional,
    validation: {
      path,
      schema: format,
      valid: errors.length === 0,
      errors: capErrors(sortErrors(errors), truncated)
    }
  });
  try {
    const parsed = parseDeclaration(text, syntaxOf(format));
    if (parsed.errors.length > 0) return result(parsed.errors, void 0, parsed);
    const value = parsed.value;
    if (value === null || value === void 0) {
      const p = parsed.locate("");
      const what = syntaxOf(format) === "markdown" ? "the card metadata is empty" : "the file is empty";
      return result(
        [
          {
            pointer: "",
            line: p?.line ?? 1,
            column: p?.column ?? 1,
            message: `${what}: expected ${FORMAT_TITLES[format]}`
          }
        ],
        value,
        parsed
      );
    }
    const root = syntaxOf(format) === "markdown" ? "the card metadata" : "the file";
    let raw = [];
    const quick = firstErrorValidatorFor(format);
    if (!quick(value)) {
      if (!full) {
        provisional = true;
        raw = quick.errors ?? [];
      } else {
        const validate = full.validatorFor(format);
        const firstError = () => {
          const verbose = full.verboseFirstErrorFor(format);
          verbose(value);
          return verbose.errors ?? [];
        };
        const { value: shortened, pruned } = shortenLists(value, MAX_LIST_ITEMS);
        if (pruned) truncated = true;
        raw = validate(shortened) ? firstError() : validate.errors ?? firstError();
      }
    }
    if (raw.length > MAX_RAW_ERRORS) {
      raw = raw.slice(0, MAX_RAW_ERRORS);
      truncated = true;
    }
    const errors = explainErrors(format, raw, parsed, root, value);
    if (format === "croissant") errors.push(...danglingReferences(value, parsed));
    const flagged = new Set(errors.map((e) => e.pointer));
    errors.push(...spdxErrors(format, value, parsed, root).filter((e) => !flagged.has(e.pointer)));
    return result(errors, value, parsed);
  } catch (err) {
    return result(
      [
        {
          pointer: "",
          line: null,
          column: null,
          message: `could not be validated: ${String(err?.message ?? err).slice(0, 200)}`
        }
      ],
      void 0,
      null
    );
  }
}

// src/validate/command.ts
async function runValidate(files, io) {
  if (files.length === 0) {
    io.err(
      "usage: reproscore validate FILE...  (model/dataset cards, CITATION.cff, Croissant, dvc.yaml, .dvc, dvc.lock, MLproject, environment.yml, datasets.yaml, .reproscore.yml)"
    );
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let text;
    try {
      text = await io.readFile(file);
    } catch (err) {
      io.err(`${file}: cannot read: ${String(err?.message ?? err).split("\n")[0]}`);
      code = 2;
      continue;
    }
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    const format = detectFormat(file, text);
    if (!format) {
      io.err(
        `${file}: format not recognised (name it CITATION.cff, dvc.yaml, environment.yml, datasets.yaml, \u2026, or add a \`$schema\`)`
      );
      code = 2;
      continue;
    }
    let checked = checkFile(file, text, format);
    if (checked.provisional) checked = checkFile(file, text, format, await loadFullValidation());
    const v = checked.validation;
    if (v.valid) {
      io.out(`${file}: valid ${FORMAT_TITLES[format]}`);
      continue;
    }
    for (const e of v.errors) io.out(`${file}:${e.line ?? 1}:${e.column ?? 1} ${e.message}`);
    if (code === 0) code = 1;
  }
  return code;
}

export {
  firstErrorValidatorFor,
  loadFullValidation,
  checkFile,
  runValidate
};
//# sourceMappingURL=chunk-OPOJC32J.js.map
