import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  external_exports,
  require_dist
} from "./chunk-RGWUEVWY.js";
import {
  CgError,
  __toESM,
  problemsFromZod
} from "./chunk-KZ6JZQI3.js";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result2 = readAttributeStr(xmlData, i);
        if (result2 === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result2.value;
        i = result2.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result2.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action2 = hook(name, value);
    if (action2 === ENTITY_ACTION.BLOCK) return false;
    if (action2 === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result2 = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result2, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action2, token, cp) {
    switch (action2) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num2 = Number(trimmedStr);
    if (Number.isNaN(num2)) return str;
    return handleInfinity(str, num2, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num2 = Number(trimmedStr);
        const parsedStr = String(num2);
        if (num2 === 0) return num2;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num2;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num2;
          else if (parsedStr === numTrimmedByZeros) return num2;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num2;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num2 : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num2 : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num2, options) {
  const isPositive = num2 === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num2;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result2 = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result2;
      return result2;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result2 = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result2.entities);
        i = result2.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result2 = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result2) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result2.tagName;
        const rawTagName = result2.rawTagName;
        let tagExp = result2.tagExp;
        let attrExpPresent = result2.attrExpPresent;
        let closeIndex = result2.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result2.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result2.closeIndex;
          } else {
            const result3 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result3) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result3.i;
            tagContent = result3.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result2.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result2.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result2 = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result2 === false) {
  } else if (typeof result2 === "string") {
    childNode.tagname = result2;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result2 = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result2 += xmlData.substring(segmentStart, index);
          return { data: result2, index };
        }
      } else {
        result2 += xmlData.substring(segmentStart, index);
        return { data: result2, index };
      }
    } else if (code === 9) {
      result2 += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result2 = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result2) return;
  let tagExp = result2.data;
  const closeIndex = result2.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result2.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text2;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text2 === void 0) text2 = tagObj[property];
      else text2 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text2 === "string") {
    if (text2.length > 0) compressedObj[options.textNodeName] = text2;
  } else if (text2 !== void 0) compressedObj[options.textNodeName] = text2;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result2 = validate(xmlData, validationOption);
      if (result2 !== true) {
        throw Error(`${result2.err.msg}:${result2.err.line}:${result2.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/interop/genius/xml.ts
var parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: true
});
function startTagLines(text2) {
  const blank = (m) => m.replace(/[^\n]/g, " ");
  const cleaned = text2.replace(/<!--[\s\S]*?-->/g, blank).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank).replace(/<\?[\s\S]*?\?>/g, blank).replace(/<!DOCTYPE[^>]*>/gi, blank);
  const lines = [];
  let line = 1;
  let last = 0;
  const re = /<([A-Za-z_][\w.:-]*)/g;
  for (let m = re.exec(cleaned); m; m = re.exec(cleaned)) {
    for (let i = last; i < m.index; i++) if (cleaned.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}
function looksLikeXml(text2) {
  return /^\uFEFF?\s*</.test(text2);
}
function parseXml2(text2, file) {
  const valid = XMLValidator.validate(text2, { allowBooleanAttributes: true });
  if (valid !== true) {
    const p = {
      code: "xml_syntax_error",
      path: [],
      message: `malformed XML: ${valid.err.msg}`,
      file,
      line: valid.err.line,
      column: valid.err.col
    };
    const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(valid.err.msg);
    if (open) {
      let tags = null;
      try {
        tags = JSON.parse(open[1]);
      } catch {
      }
      if (Array.isArray(tags) && tags.length > 0) {
        const lines2 = text2.split("\n");
        p.message = `malformed XML: the file ends before ${tags.map((t) => `<${String(t)}>`).join(", ")} ${tags.length === 1 ? "is" : "are"} closed (truncated?)`;
        p.expected = tags.map((t) => `</${String(t)}>`).reverse().join("");
        p.line = lines2.length;
        p.column = lines2[lines2.length - 1].length + 1;
      }
    }
    throw new CgError(p);
  }
  const nodes = parser.parse(text2);
  const lines = startTagLines(text2);
  let next = 0;
  const convert = (list) => {
    const out = [];
    for (const node of list) {
      const name = Object.keys(node).find((k) => k !== ":@");
      if (!name || name === "#text" || name.startsWith("?") || name === "#comment") continue;
      const attrs = {};
      for (const [k, v] of Object.entries(node[":@"] ?? {})) attrs[k] = String(v);
      const el2 = { name, attrs, children: [], line: lines[next++] ?? 0 };
      el2.children = convert(node[name] ?? []);
      out.push(el2);
    }
    return out;
  };
  const roots = convert(nodes);
  if (roots.length !== 1) {
    throw new CgError({
      code: "xml_syntax_error",
      path: [],
      message: `expected one root element, found ${roots.length}`,
      file
    });
  }
  return roots[0];
}
function childrenNamed(el2, name) {
  return el2.children.filter((c) => c.name === name);
}
function findFirst(el2, name) {
  for (const c of el2.children) {
    if (c.name === name) return c;
    const d = findFirst(c, name);
    if (d) return d;
  }
  return void 0;
}
function describeElement(el2) {
  const keys = ["index", "name", "value"].filter((k) => el2.attrs[k] !== void 0);
  return `<${el2.name}${keys.map((k) => ` ${k}="${el2.attrs[k]}"`).join("")}>`;
}
function xmlError(code, file, el2, message, expected) {
  const p = { code, path: [], message: el2 ? `${describeElement(el2)}: ${message}` : message, file };
  if (el2 && el2.line) p.line = el2.line;
  if (expected) p.expected = expected;
  return new CgError(p);
}

// src/interop/genius/domain-file.ts
var REAL_STEPS = 21;
function issueTypeOf(el2, file) {
  const t = (el2.attrs.type ?? "discrete").toLowerCase();
  if (t === "discrete" || t === "integer" || t === "real") return t;
  throw xmlError(
    "genius_unsupported",
    file,
    el2,
    `issue type "${el2.attrs.type}" is not supported`,
    "discrete, integer or real"
  );
}
function numberAttr(el2, attr, file, opts = {}) {
  const raw = el2.attrs[attr];
  if (raw === void 0) {
    if (opts.optional) return void 0;
    throw xmlError("genius_invalid", file, el2, `missing attribute ${attr}`, opts.integer ? "an integer" : "a number");
  }
  const x = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(x) || opts.integer && !Number.isInteger(x)) {
    throw xmlError(
      "genius_invalid",
      file,
      el2,
      `attribute ${attr}="${raw}" is not ${opts.integer ? "an integer" : "a number"}`
    );
  }
  return x;
}
function bound(el2, attr, file, integer) {
  const own = numberAttr(el2, attr, file, { integer, optional: true });
  if (own !== void 0) return own;
  const range = childrenNamed(el2, "range")[0];
  if (range) return numberAttr(range, attr, file, { integer });
  throw xmlError("genius_invalid", file, el2, `missing ${attr} (attribute or <range>)`);
}
function realLabel(x) {
  return String(Number(x.toPrecision(12)));
}
function parseIssueElement(el2, file) {
  const number = numberAttr(el2, "index", file, { integer: true });
  const name = el2.attrs.name;
  if (name === void 0 || name === "") throw xmlError("genius_invalid", file, el2, "issue without a name");
  const type = issueTypeOf(el2, file);
  const base = { number, name, type, line: el2.line };
  if (type === "discrete") {
    const items = childrenNamed(el2, "item");
    if (items.length === 0)
      throw xmlError(
        "genius_invalid",
        file,
        el2,
        "discrete issue without <item> values",
        "at least one <item value=...>"
      );
    const seen = /* @__PURE__ */ new Map();
    const options = [];
    const values2 = [];
    for (const item of items) {
      const v = item.attrs.value;
      if (v === void 0) throw xmlError("genius_invalid", file, item, "item without a value attribute");
      const n = (seen.get(v) ?? 0) + 1;
      seen.set(v, n);
      options.push(n === 1 ? v : `${v}#${n}`);
      values2.push(v);
    }
    return { ...base, options, labels: options.slice(), values: values2 };
  }
  if (type === "integer") {
    const lower2 = bound(el2, "lowerbound", file, true);
    const upper2 = bound(el2, "upperbound", file, true);
    if (upper2 < lower2) throw xmlError("genius_invalid", file, el2, `upperbound ${upper2} is below lowerbound ${lower2}`);
    if (upper2 - lower2 + 1 > 1e6)
      throw xmlError(
        "genius_unsupported",
        file,
        el2,
        `integer range of ${upper2 - lower2 + 1} values is too large`,
        "at most 1,000,000 values"
      );
    const values2 = [];
    for (let x = lower2; x <= upper2; x++) values2.push(x);
    const options = values2.map(String);
    return { ...base, options, labels: options.slice(), values: values2, lower: lower2, upper: upper2 };
  }
  const lower = bound(el2, "lowerbound", file, false);
  const upper = bound(el2, "upperbound", file, false);
  if (upper < lower) throw xmlError("genius_invalid", file, el2, `upperbound ${upper} is below lowerbound ${lower}`);
  const step = (upper - lower) / (REAL_STEPS - 1);
  const values = [];
  for (let k = 0; k < REAL_STEPS; k++) values.push(lower + step * k);
  return { ...base, options: values.map(String), labels: values.map(realLabel), values, lower, upper };
}
function objectiveIssues(objective2, file) {
  const nested = childrenNamed(objective2, "objective")[0];
  if (nested) {
    throw xmlError(
      "genius_unsupported",
      file,
      nested,
      "objective hierarchies (nested <objective>) are not supported yet",
      "issues directly under the root objective"
    );
  }
  return childrenNamed(objective2, "issue");
}
function parseGeniusDomain(root, file) {
  if (root.name !== "negotiation_template") {
    throw xmlError("genius_invalid", file, root, "not a Genius domain file", "<negotiation_template>");
  }
  const space = childrenNamed(root, "utility_space")[0];
  if (!space) throw xmlError("genius_invalid", file, root, "no <utility_space> in the domain file");
  const objective2 = childrenNamed(space, "objective")[0];
  if (!objective2) throw xmlError("genius_invalid", file, space, "no <objective> in the domain file");
  const issueEls = objectiveIssues(objective2, file);
  if (issueEls.length === 0) throw xmlError("genius_invalid", file, objective2, "the domain has no issues");
  const issues = issueEls.map((el2) => parseIssueElement(el2, file));
  const byNumber = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  issues.forEach((issue, i) => {
    if (byNumber.has(issue.number))
      throw xmlError("genius_invalid", file, issueEls[i], `duplicate issue index ${issue.number}`);
    if (byName.has(issue.name))
      throw xmlError("genius_invalid", file, issueEls[i], `duplicate issue name "${issue.name}"`);
    byNumber.set(issue.number, issue);
    byName.set(issue.name, issue);
  });
  const agents = /* @__PURE__ */ new Map();
  for (const agent of childrenNamed(root, "agent")) {
    if (agent.attrs.utility_space && agent.attrs.name) agents.set(agent.attrs.utility_space, agent.attrs.name);
  }
  return { file, name: objective2.attrs.name ?? file, issues, agents };
}

// src/interop/genius/profile-file.ts
var clamp01 = (x) => x < 0 ? 0 : x > 1 ? 1 : x;
function findIssue(domain, el2, file) {
  const number = numberAttr(el2, "index", file, { integer: true, optional: true });
  let j = number === void 0 ? -1 : domain.issues.findIndex((i) => i.number === number);
  if (j < 0 && el2.attrs.name !== void 0) j = domain.issues.findIndex((i) => i.name === el2.attrs.name);
  if (j < 0) {
    throw xmlError(
      "genius_mismatch",
      file,
      el2,
      `issue is not in the domain ${domain.file}`,
      `an index or name of ${domain.issues.map((i) => `${i.number} "${i.name}"`).join(", ")}`
    );
  }
  return { issue: domain.issues[j], j };
}
function otherDomainHint(el2, issue) {
  const name = el2.attrs.name;
  return name !== void 0 && name !== issue.name ? `; this profile calls the issue "${name}" (matched by index ${el2.attrs.index ?? "?"}): is it a profile for another domain?` : "";
}
function discreteEvals(el2, issue, file, notes) {
  const evals = /* @__PURE__ */ new Map();
  for (const item of childrenNamed(el2, "item")) {
    const value = item.attrs.value;
    const raw = item.attrs.evaluation;
    if (value === void 0 || raw === void 0 || raw === "null") continue;
    const x = numberAttr(item, "evaluation", file);
    if (evals.has(value))
      notes.push(
        `${file.replace(/^.*[\\/]/, "")}: issue "${issue.name}" values item "${value}" twice; the later evaluation (${x}) wins, as in Genius`
      );
    evals.set(value, x);
  }
  if (evals.size === 0)
    throw xmlError(
      "genius_invalid",
      file,
      el2,
      "discrete issue without item evaluations",
      "<item value=... evaluation=...>"
    );
  const max = Math.max(...evals.values());
  return issue.values.map((v) => {
    const e = evals.get(String(v));
    if (e === void 0)
      throw xmlError(
        "genius_invalid",
        file,
        el2,
        `no evaluation for item "${v}" of the domain's issue "${issue.name}"${otherDomainHint(el2, issue)}`,
        "an evaluation for every item of the domain"
      );
    return max < 1e-5 ? 0 : e / max;
  });
}
function integerEvals(el2, issue, file) {
  const ev = childrenNamed(el2, "evaluator")[0];
  if (ev && ev.attrs.ftype !== void 0 && ev.attrs.ftype.toLowerCase() !== "linear") {
    throw xmlError(
      "genius_unsupported",
      file,
      ev,
      `evaluator ftype "${ev.attrs.ftype}" is not supported for integer issues`,
      'ftype="linear"'
    );
  }
  const slope = ev ? numberAttr(ev, "slope", file) : 0;
  const offset = ev ? numberAttr(ev, "offset", file) : 0;
  const lower = numberAttr(el2, "lowerbound", file, { integer: true, optional: true }) ?? issue.lower;
  return issue.values.map((x) => clamp01(slope * (x - lower) + offset));
}
function realEvals(el2, issue, file) {
  const ev = childrenNamed(el2, "evaluator")[0];
  if (!ev) throw xmlError("genius_invalid", file, el2, "real issue without an <evaluator>");
  const ftype = (ev.attrs.ftype ?? "").toLowerCase();
  const p = (k) => numberAttr(ev, `parameter${k}`, file);
  const xs = issue.values;
  if (ftype === "linear") {
    const p0 = p(0);
    const p1 = p(1);
    return xs.map((x) => clamp01(p1 * x + p0));
  }
  if (ftype === "constant") {
    const p0 = p(0);
    return xs.map(() => p0);
  }
  if (ftype === "triangular") {
    const [lo, hi, top] = [p(0), p(1), p(2)];
    return xs.map((x) => x < lo ? 0 : x < top ? (x - lo) / (top - lo) : x < hi ? 1 - (x - top) / (hi - top) : 0);
  }
  throw xmlError(
    "genius_unsupported",
    file,
    ev,
    `evaluator ftype "${ev.attrs.ftype ?? ""}" is not supported for real issues`,
    "linear, constant or triangular"
  );
}
function additive(root, domain, file, notes) {
  const objective2 = childrenNamed(root, "objective")[0];
  if (!objective2) throw xmlError("genius_invalid", file, root, "no <objective> in the profile");
  const weights = /* @__PURE__ */ new Map();
  for (const w of childrenNamed(objective2, "weight")) {
    weights.set(numberAttr(w, "index", file, { integer: true }), numberAttr(w, "value", file));
  }
  const table = domain.issues.map(() => void 0);
  for (const el2 of objectiveIssues(objective2, file)) {
    const { issue, j } = findIssue(domain, el2, file);
    if (table[j]) throw xmlError("genius_invalid", file, el2, `issue "${issue.name}" is valued twice`);
    const type = issueTypeOf(el2, file);
    if (type !== issue.type) {
      throw xmlError(
        "genius_mismatch",
        file,
        el2,
        `issue "${issue.name}" is ${type} here but ${issue.type} in the domain ${domain.file}${otherDomainHint(el2, issue)}`
      );
    }
    const index = numberAttr(el2, "index", file, { integer: true, optional: true }) ?? issue.number;
    const weight = weights.get(index);
    if (weight === void 0)
      throw xmlError("genius_invalid", file, el2, `no <weight index="${index}"> for issue "${issue.name}"`);
    const evals = type === "discrete" ? discreteEvals(el2, issue, file, notes) : type === "integer" ? integerEvals(el2, issue, file) : realEvals(el2, issue, file);
    table[j] = evals.map((e) => weight * e);
  }
  const missing = domain.issues.filter((_, j) => !table[j]);
  if (missing.length) {
    throw xmlError(
      "genius_mismatch",
      file,
      objective2,
      `no evaluator for issue${missing.length > 1 ? "s" : ""} ${missing.map((i) => `"${i.name}"`).join(", ")}`,
      "every issue of the domain valued"
    );
  }
  const used = domain.issues.map((issue) => weights.get(issue.number) ?? 0);
  const sum = used.reduce((a, b) => a + b, 0);
  const short = file.replace(/^.*[\\/]/, "");
  if (Math.abs(sum - 1) > 1e-3) {
    notes.push(
      `${short}: the issue weights sum to ${Number(sum.toPrecision(6))}, not 1; they are used as written (utility = min(1, weighted sum), as in Genius)`
    );
  }
  if (used.some((w) => w < 0) || table.some((row) => row.some((x) => x < 0))) {
    notes.push(`${short}: negative weights or evaluations give negative utilities; they are used as written`);
  }
  return { table, constant: 0, interactions: [], redLines: [], max: 1 };
}
function collectRectangles(ufun, weight, domain, file, out, notes) {
  const agg = (ufun.attrs.aggregation ?? "").toLowerCase();
  if (agg !== "sum")
    throw xmlError(
      "genius_unsupported",
      file,
      ufun,
      `aggregation "${ufun.attrs.aggregation ?? ""}" is not supported`,
      'aggregation="sum"'
    );
  for (const child of ufun.children) {
    if (child.name === "ufun") {
      const w = numberAttr(child, "weight", file, { optional: true }) ?? 1;
      collectRectangles(child, weight * w, domain, file, out, notes);
    } else if (child.name === "hyperRectangle") {
      if (childrenNamed(child, "EXCLUDES").length) {
        throw xmlError(
          "genius_unsupported",
          file,
          child,
          "EXCLUDES hyper-rectangles are not supported yet",
          "INCLUDES bounds only"
        );
      }
      const w = numberAttr(child, "weight", file, { optional: true }) ?? 1;
      const utility = numberAttr(child, "utility", file) * w * weight;
      const ranges = [];
      let empty = false;
      for (const b of childrenNamed(child, "INCLUDES")) {
        const { issue, j } = findIssue(domain, b, file);
        if (issue.type !== "integer") {
          throw xmlError(
            "genius_unsupported",
            file,
            b,
            `hyper-rectangle bound on ${issue.type} issue "${issue.name}"`,
            "bounds on integer issues (as Genius)"
          );
        }
        const lo = Math.max(0, Math.ceil(numberAttr(b, "min", file)) - issue.lower);
        const hi = Math.min(issue.options.length - 1, Math.floor(numberAttr(b, "max", file)) - issue.lower);
        if (lo > hi) empty = true;
        const prev = ranges.find((r) => r.issue === j);
        if (prev) {
          prev.min = Math.max(prev.min, lo);
          prev.max = Math.min(prev.max, hi);
          if (prev.min > prev.max) empty = true;
        } else ranges.push({ issue: j, min: lo, max: hi });
      }
      if (empty)
        notes.push(
          `${file.replace(/^.*[\\/]/, "")}:${child.line}: a hyper-rectangle no outcome can satisfy was dropped`
        );
      else if (utility !== 0) out.push({ utility, ranges });
    } else {
      throw xmlError(
        "genius_unsupported",
        file,
        child,
        `<${child.name}> inside <ufun> is not supported`,
        "<hyperRectangle> or <ufun>"
      );
    }
  }
}
function nonlinear(root, domain, file, notes) {
  const objective2 = childrenNamed(root, "objective")[0] ?? root.children[0];
  const utilityEl = objective2 ? childrenNamed(objective2, "utility")[0] : void 0;
  if (!utilityEl)
    throw xmlError("genius_invalid", file, objective2 ?? root, "nonlinear profile without <utility maxutility=...>");
  const scale = numberAttr(utilityEl, "maxutility", file);
  if (!(scale > 0)) throw xmlError("genius_invalid", file, utilityEl, `maxutility must be positive, found ${scale}`);
  const ufun = childrenNamed(utilityEl, "ufun")[0];
  if (!ufun) throw xmlError("genius_invalid", file, utilityEl, "no <ufun> in <utility>");
  const items = [];
  collectRectangles(ufun, 1, domain, file, items, notes);
  return {
    table: domain.issues.map((i) => i.options.map(() => 0)),
    constant: 0,
    interactions: [],
    redLines: [],
    rectangles: { items, scale },
    max: 1
  };
}
function parseGeniusProfile(root, domain, file) {
  if (root.name !== "utility_space")
    throw xmlError("genius_invalid", file, root, "not a Genius profile", "<utility_space>");
  const type = (root.attrs.type ?? "additive").toLowerCase();
  const notes = [];
  let utility;
  let kind;
  if (type === "nonlinear") {
    utility = nonlinear(root, domain, file, notes);
    kind = "nonlinear";
  } else if (type === "additive" || type === "linear") {
    utility = additive(root, domain, file, notes);
    kind = "additive";
  } else {
    throw xmlError(
      "genius_unsupported",
      file,
      root,
      `utility space type "${root.attrs.type}" is not supported`,
      "additive (default) or nonlinear"
    );
  }
  const res = findFirst(root, "reservation");
  const disc = findFirst(root, "discount_factor");
  const out = { utility, kind, notes, reservation: res ? numberAttr(res, "value", file) : 0 };
  if (disc) out.discount = numberAttr(disc, "value", file);
  return out;
}

// src/interop/genius/import.ts
var baseName = (name) => name.replace(/^.*[\\/]/, "");
var stem = (name) => baseName(name).replace(/\.xml$/i, "");
function importGenius(files, opts = {}) {
  const where = opts.folder ?? "the Genius folder";
  const skipped = [];
  const domains = [];
  const profiles = [];
  for (const f of [...files].sort(
    (a, b) => baseName(a.name) < baseName(b.name) ? -1 : baseName(a.name) > baseName(b.name) ? 1 : 0
  )) {
    if (!/\.xml$/i.test(f.name)) continue;
    if (!looksLikeXml(f.text)) {
      skipped.push(`${baseName(f.name)} (not XML)`);
      continue;
    }
    const root = parseXml2(f.text, f.name);
    if (root.name === "negotiation_template") domains.push({ file: f.name, root });
    else if (root.name === "utility_space") profiles.push({ file: f.name, root });
    else skipped.push(`${baseName(f.name)} (root <${root.name}>)`);
  }
  if (domains.length === 0) {
    throw new CgError({
      code: "genius_no_domain",
      path: [],
      message: `no Genius domain file (root <negotiation_template>) in ${where}`,
      file: opts.folder
    });
  }
  if (domains.length > 1) {
    throw new CgError({
      code: "genius_many_domains",
      path: [],
      message: `${where} holds ${domains.length} domain files (${domains.map((d) => baseName(d.file)).join(", ")}); keep exactly one`,
      file: opts.folder
    });
  }
  if (profiles.length < 2) {
    throw new CgError({
      code: "genius_few_profiles",
      path: [],
      message: `${where} holds ${profiles.length} profile${profiles.length === 1 ? "" : "s"} (root <utility_space>); a negotiation needs at least 2`,
      file: opts.folder
    });
  }
  const domainFile = parseGeniusDomain(domains[0].root, domains[0].file);
  const notes = [];
  const parties = [];
  const utilities = [];
  const kinds = [];
  for (const p of profiles) {
    const profile = parseGeniusProfile(p.root, domainFile, p.file);
    const id3 = stem(p.file);
    const party = {
      id: id3,
      name: domainFile.agents.get(baseName(p.file)) ?? id3,
      reservation: profile.reservation
    };
    if (profile.discount !== void 0) party.discount = profile.discount;
    parties.push(party);
    utilities.push(profile.utility);
    kinds.push(profile.kind);
    notes.push(...profile.notes);
  }
  const issues = domainFile.issues.map((i) => {
    const issue = { id: i.name, name: i.name, options: i.options };
    if (i.labels.some((l, k) => l !== i.options[k])) issue.optionLabels = i.labels;
    return issue;
  });
  const id2 = opts.id ?? stem(domains[0].file);
  return {
    id: id2,
    name: opts.name ?? id2,
    parties,
    issues,
    utilities,
    meta: {
      format: "genius",
      ...opts.folder ? { folder: opts.folder } : {},
      domainFile: baseName(domains[0].file),
      profiles: profiles.map((p) => baseName(p.file)),
      profileKinds: kinds,
      issueTypes: Object.fromEntries(domainFile.issues.map((i) => [i.name, i.type])),
      issueIndexes: Object.fromEntries(domainFile.issues.map((i) => [i.name, i.number])),
      discount: Object.fromEntries(parties.filter((p) => p.discount !== void 0).map((p) => [p.id, p.discount])),
      clampedAt: 1,
      ...skipped.length ? { skipped } : {},
      ...notes.length ? { notes } : {}
    }
  };
}

// src/framework/model.ts
var RESULT_TYPES = ["output", "outcome", "impact"];
var MEASURES = ["unit", "percentage", "nominal", "ordinal", "qualitative"];
var ROLES = ["funding", "accountable", "extending", "implementing"];
var ACTION_STATUSES = [
  "pipeline",
  "implementation",
  "finalisation",
  "closed",
  "cancelled",
  "suspended"
];
var BUDGET_STATUSES = ["indicative", "committed"];
var BUDGET_BASES = ["appropriation", "allocation", "request", "pledge", "proposal"];
var SOURCE_QUALITIES = ["official", "secondary", "low", "unknown"];
var QUALIFIERS = ["exact", "rounded", "lower_bound", "upper_bound", "approximate", "estimate"];
var FRAMEWORK_STATUSES = ["published", "proposed", "draft", "superseded"];
function* walkIndicators(fw) {
  for (const area2 of fw.areas)
    for (const objective2 of area2.objectives)
      for (const result2 of objective2.results)
        for (const indicator2 of result2.indicators) yield { area: area2, objective: objective2, result: result2, indicator: indicator2 };
}
function* walkObjectives(fw) {
  for (const area2 of fw.areas) for (const objective2 of area2.objectives) yield { area: area2, objective: objective2 };
}
function actionStart(a) {
  return a.dates.actualStart ?? a.dates.plannedStart;
}
function countFramework(fw) {
  let objectives = 0, results = 0, indicators = 0, targets = 0, actuals = 0;
  for (const a of fw.areas) {
    objectives += a.objectives.length;
    for (const o of a.objectives) {
      results += o.results.length;
      for (const r of o.results) {
        indicators += r.indicators.length;
        for (const i of r.indicators) {
          targets += i.targets.length;
          actuals += i.actuals.length;
        }
      }
    }
  }
  let budgets = 0, disbursements = 0, actors = 0;
  for (const a of fw.actions) {
    budgets += a.budgets.length;
    disbursements += a.disbursements.length;
    actors += a.actors.length;
  }
  return {
    areas: fw.areas.length,
    objectives,
    results,
    indicators,
    targets,
    actuals,
    actions: fw.actions.length,
    actors,
    budgets,
    disbursements,
    linkages: fw.linkages.length
  };
}

// src/framework/period.ts
var YEAR = /^(\d{4})$/;
var FY = /^FY(\d{4})$/;
var MONTH = /^(\d{4})-(\d{2})$/;
var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
var YEAR_RANGE = /^(\d{4})-(\d{4})$/;
var FY_RANGE = /^FY(\d{4})-FY(\d{4})$/;
var INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
function pad(n, w = 2) {
  return String(n).padStart(w, "0");
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isIsoDate(s) {
  const m = DAY.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 864e5;
}
function parsePeriod(raw) {
  const label = raw.trim();
  if (label.toLowerCase() === "unspecified") return { label: "unspecified", kind: "unspecified", placeable: false };
  let m;
  if (m = YEAR.exec(label)) {
    const y = +m[1];
    if (y < 1) return null;
    return { label, kind: "year", start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, placeable: true };
  }
  if (m = FY.exec(label)) {
    const y = +m[1];
    if (y < 2) return null;
    return { label, kind: "fiscal_year", start: `${pad(y - 1, 4)}-10-01`, end: `${m[1]}-09-30`, placeable: true };
  }
  if (m = MONTH.exec(label)) {
    const y = +m[1], mo = +m[2];
    if (y < 1 || mo < 1 || mo > 12) return null;
    return {
      label,
      kind: "month",
      start: `${m[1]}-${m[2]}-01`,
      end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}`,
      placeable: true
    };
  }
  if (m = DAY.exec(label)) {
    if (!isIsoDate(label)) return null;
    return { label, kind: "day", start: label, end: label, placeable: true };
  }
  if (m = YEAR_RANGE.exec(label)) {
    const a = +m[1], b = +m[2];
    if (a < 1 || b <= a) return null;
    return { label, kind: "range", start: `${m[1]}-01-01`, end: `${m[2]}-12-31`, placeable: false };
  }
  if (m = FY_RANGE.exec(label)) {
    const a = +m[1], b = +m[2];
    if (a < 2 || b <= a) return null;
    return { label, kind: "range", start: `${pad(a - 1, 4)}-10-01`, end: `${m[2]}-09-30`, placeable: false };
  }
  if (m = INTERVAL.exec(label)) {
    if (!isIsoDate(m[1]) || !isIsoDate(m[2]) || m[2] < m[1]) return null;
    return { label, kind: "interval", start: m[1], end: m[2], placeable: true };
  }
  return null;
}
var PERIOD_FORMS = 'a year (2022), fiscal year (FY2022), month (2024-03), day (2024-03-15), range (2014-2018, FY2008-FY2021), interval (2020-06-01/2020-12-31) or "unspecified"';
function periodFromDates(start, end) {
  const [sy, sm, sd] = start.split("-").map(Number);
  const [ey, em, ed] = end.split("-").map(Number);
  const candidates = [];
  if (start === end) candidates.push(start);
  if (sm === 1 && sd === 1 && em === 12 && ed === 31) candidates.push(sy === ey ? String(sy) : `${sy}-${ey}`);
  if (sm === 10 && sd === 1 && em === 9 && ed === 30)
    candidates.push(ey === sy + 1 ? `FY${pad(ey, 4)}` : `FY${pad(sy + 1, 4)}-FY${pad(ey, 4)}`);
  if (sy === ey && sm === em && sd === 1 && ed === daysInMonth(ey, em)) candidates.push(`${pad(sy, 4)}-${pad(sm)}`);
  for (const c of candidates) {
    const p2 = parsePeriod(c);
    if (p2 && p2.start === start && p2.end === end) return p2;
  }
  const p = parsePeriod(`${start}/${end}`);
  if (!p) throw new Error(`invalid period dates ${start}..${end}`);
  return p;
}
function endYear(p) {
  return p.end ? Number(p.end.slice(0, 4)) : void 0;
}

// src/framework/audit.ts
var CRITERION_TEXT = {
  clear_objectives: "Clear objectives: every area has objectives, every objective an owner party",
  measurable_results: "Measurable results: every objective has an indicator with a baseline and a dated target",
  effective_actions: "Effective actions: every area has actions serving its objectives",
  responsible_actors: "Responsible actors: every action names an accountable actor",
  committed_resources: "Committed resources: every action has a committed budget",
  joint_action: "Joint action preferred: share of actions that are joint (passes at >= 50%)"
};
function measurabilityGap(o) {
  const indicators = o.results.flatMap((r) => r.indicators);
  if (o.results.length === 0) return "has no results and no indicators";
  if (indicators.length === 0) return "has results but no indicators";
  for (const i of indicators) {
    if (!i.baseline) continue;
    const b = parsePeriod(i.baseline.period);
    if (!b?.placeable) continue;
    const dated = i.targets.some((t) => {
      const p = parsePeriod(t.period);
      return p?.placeable && dayNumber(p.end) > dayNumber(b.end);
    });
    if (dated) return void 0;
  }
  const withBaseline = indicators.filter((i) => i.baseline).length;
  const withTarget = indicators.filter((i) => i.targets.length > 0).length;
  if (withBaseline === 0 && withTarget === 0)
    return `has ${indicators.length} indicator(s) but none with a baseline or a target`;
  if (withBaseline === 0) return `has ${indicators.length} indicator(s) but none with a baseline`;
  if (withTarget === 0) return `has ${indicators.length} indicator(s) but none with a dated target`;
  return "has no single indicator with both a baseline and a target dated after that baseline";
}
function auditFramework(fw) {
  const gaps = [];
  const criteria = [];
  const tally = (name, checked, passRule, emptyMessage, severity = "error") => {
    const passing = checked.filter((c) => c.gap === void 0).length;
    const score = checked.length === 0 ? 0 : passing / checked.length;
    if (checked.length === 0)
      gaps.push({ criterion: name, item: `framework ${fw.id}`, message: emptyMessage, severity: "error" });
    for (const c of checked)
      if (c.gap !== void 0) gaps.push({ criterion: name, item: c.item, message: c.gap, severity });
    criteria.push({
      name,
      description: CRITERION_TEXT[name],
      score,
      passed: checked.length > 0 && passRule(score),
      items: checked.length,
      passing
    });
  };
  const full = (s) => s === 1;
  const objectiveArea = /* @__PURE__ */ new Map();
  for (const { area: area2, objective: objective2 } of walkObjectives(fw)) objectiveArea.set(objective2.id, area2.id);
  const areasWithActions = new Set(
    fw.actions.filter((a) => a.status !== "cancelled").map((a) => objectiveArea.get(a.objective))
  );
  const areasWithCancelled = new Set(
    fw.actions.filter((a) => a.status === "cancelled").map((a) => objectiveArea.get(a.objective))
  );
  tally(
    "clear_objectives",
    fw.areas.flatMap((area2) => [
      { item: `area ${area2.id}`, gap: area2.objectives.length ? void 0 : `area "${area2.name}" has no objectives` },
      ...area2.objectives.map((o) => ({
        item: `objective ${o.id}`,
        gap: o.ownerParties.length ? void 0 : `objective "${o.title}" names no owner party`
      }))
    ]),
    full,
    "the framework has no areas or objectives"
  );
  tally(
    "measurable_results",
    [...walkObjectives(fw)].map(({ objective: o }) => {
      const why = measurabilityGap(o);
      return { item: `objective ${o.id}`, gap: why && `objective "${o.title}" ${why}` };
    }),
    full,
    "the framework has no objectives to measure"
  );
  tally(
    "effective_actions",
    fw.areas.map((area2) => ({
      item: `area ${area2.id}`,
      gap: areasWithActions.has(area2.id) ? void 0 : areasWithCancelled.has(area2.id) ? `area "${area2.name}" has only cancelled actions serving its objectives` : `area "${area2.name}" has no actions serving its objectives`
    })),
    full,
    "the framework has no areas"
  );
  const noActions = "the framework has no actions, so no actor or resource can be held to account";
  tally(
    "responsible_actors",
    fw.actions.map((a) => {
      if (a.actors.some((x) => x.role === "accountable")) return { item: `action ${a.id}` };
      const roles = [...new Set(a.actors.map((x) => x.role))];
      return {
        item: `action ${a.id}`,
        gap: a.actors.length === 0 ? `action "${a.title}" names no actor` : `action "${a.title}" names no accountable actor (only ${roles.join(", ")})`
      };
    }),
    full,
    noActions
  );
  tally(
    "committed_resources",
    fw.actions.map((a) => {
      if (a.budgets.some((b) => b.status === "committed" && b.amount > 0)) return { item: `action ${a.id}` };
      const indicative = a.budgets.some((b) => b.status === "indicative");
      return {
        item: `action ${a.id}`,
        gap: indicative ? `action "${a.title}" has only indicative budgets, no committed resources` : `action "${a.title}" has no committed resources`
      };
    }),
    full,
    noActions
  );
  tally(
    "joint_action",
    fw.actions.map((a) => {
      if (a.joint) return { item: `action ${a.id}` };
      const parties = [...new Set(a.actors.map((x) => x.party))];
      const start = actionStart(a);
      return {
        item: `action ${a.id}`,
        gap: `action "${a.title}" is unilateral${parties.length ? ` (${parties.join(", ")} only)` : ""}${start ? `, starting ${start}` : ""}`
      };
    }),
    (s) => s >= 0.5,
    "the framework has no actions, joint or unilateral",
    "warning"
  );
  const unilateral = fw.actions.filter((a) => !a.joint).length;
  return {
    framework: { id: fw.id, name: fw.name, status: fw.status },
    passed: criteria.every((c) => c.passed),
    criteria,
    gaps,
    unilateralShare: fw.actions.length ? unilateral / fw.actions.length : null
  };
}

// src/framework/checks.ts
function crossCheck(f) {
  const issues = [];
  const parties = new Set(f.parties.map((p) => p.id));
  const seen = (kind) => {
    const ids = /* @__PURE__ */ new Map();
    return (value, path) => {
      if (ids.has(value))
        issues.push({ path, message: `duplicate ${kind} id "${value}" (first used at ${ids.get(value).join(".")})` });
      else ids.set(value, path);
    };
  };
  const party = (value, path) => {
    if (!parties.has(value))
      issues.push({ path, message: `unknown party "${value}" (parties: ${[...parties].join(", ")})` });
  };
  const source = (s, path) => {
    if (typeof s === "string" && !(s in f.sources))
      issues.push({ path, message: `unknown source "${s}" (not in the sources catalogue)` });
  };
  const partyIds = seen("party");
  f.parties.forEach((p, i) => partyIds(p.id, ["parties", i, "id"]));
  source(f.source, ["source"]);
  const pairs = /* @__PURE__ */ new Map();
  f.exchangeRates.forEach((r, i) => {
    source(r.source, ["exchangeRates", i, "source"]);
    if (r.from === r.to) issues.push({ path: ["exchangeRates", i, "to"], message: `a rate from ${r.from} to itself` });
    const pair = [r.from, r.to].sort().join("/");
    if (pairs.has(pair))
      issues.push({
        path: ["exchangeRates", i],
        message: `a second rate between ${r.from} and ${r.to} (the first is exchangeRates.${pairs.get(pair)}); state one rate per currency pair`
      });
    else pairs.set(pair, i);
  });
  const areaIds = seen("area"), objectiveIds = seen("objective"), resultIds = seen("result"), indicatorIds = seen("indicator");
  const objectives = /* @__PURE__ */ new Set();
  const datasets = /* @__PURE__ */ new Map();
  f.areas.forEach((a, ai) => {
    const ap = ["areas", ai];
    areaIds(a.id, [...ap, "id"]);
    source(a.source, [...ap, "source"]);
    a.objectives.forEach((o, oi) => {
      const op = [...ap, "objectives", oi];
      objectiveIds(o.id, [...op, "id"]);
      objectives.add(o.id);
      source(o.source, [...op, "source"]);
      o.ownerParties.forEach((p, pi) => party(p, [...op, "ownerParties", pi]));
      o.results.forEach((r, ri) => {
        const rp = [...op, "results", ri];
        resultIds(r.id, [...rp, "id"]);
        r.indicators.forEach((ind, ii) => {
          const ip = [...rp, "indicators", ii];
          indicatorIds(ind.id, [...ip, "id"]);
          if (ind.dataset) {
            const key = `${ind.dataset.indicatorId}|${ind.dataset.country}`;
            if (datasets.has(key))
              issues.push({
                path: [...ip, "dataset"],
                message: `dataset ${ind.dataset.indicatorId} (${ind.dataset.country}) is already mapped to indicator "${datasets.get(key)}"`
              });
            else datasets.set(key, ind.id);
          }
          if (ind.baseline) source(ind.baseline.source, [...ip, "baseline", "source"]);
          ind.targets.forEach((t, ti) => source(t.source, [...ip, "targets", ti, "source"]));
          const periods = /* @__PURE__ */ new Set();
          ind.actuals.forEach((x, xi) => {
            source(x.source, [...ip, "actuals", xi, "source"]);
            if (periods.has(x.period))
              issues.push({ path: [...ip, "actuals", xi, "period"], message: `two actuals for period ${x.period}` });
            periods.add(x.period);
          });
          const tperiods = /* @__PURE__ */ new Set();
          ind.targets.forEach((t, ti) => {
            if (tperiods.has(t.period))
              issues.push({ path: [...ip, "targets", ti, "period"], message: `two targets for period ${t.period}` });
            tperiods.add(t.period);
          });
        });
      });
    });
  });
  const actionIds = seen("action");
  f.actions.forEach((a, i) => {
    const p = ["actions", i];
    actionIds(a.id, [...p, "id"]);
    if (!objectives.has(a.objective))
      issues.push({ path: [...p, "objective"], message: `unknown objective "${a.objective}"` });
    source(a.source, [...p, "source"]);
    a.actors.forEach((x, j) => party(x.party, [...p, "actors", j, "party"]));
    a.budgets.forEach((b, j) => {
      party(b.party, [...p, "budgets", j, "party"]);
      source(b.source, [...p, "budgets", j, "source"]);
    });
    a.disbursements.forEach((d, j) => {
      party(d.party, [...p, "disbursements", j, "party"]);
      source(d.source, [...p, "disbursements", j, "source"]);
    });
  });
  const linkageIds = seen("linkage");
  f.linkages.forEach((l, i) => {
    const p = ["linkages", i];
    linkageIds(l.id, [...p, "id"]);
    party(l.party, [...p, "party"]);
    party(l.counterparty, [...p, "counterparty"]);
    if (l.party === l.counterparty)
      issues.push({
        path: [...p, "counterparty"],
        message: "a linkage exchanges commitments between two different parties"
      });
    if (!l.package.scenario && !f.scenario)
      issues.push({
        path: [...p, "package", "scenario"],
        message: "name the analysis scenario (here or as the framework's scenario)"
      });
    for (const k of Object.keys(l.package.options))
      if (!l.package.issues.includes(k))
        issues.push({
          path: [...p, "package", "options", k],
          message: `option given for issue "${k}" which is not in package.issues`
        });
    l.objectives.forEach((o, j) => {
      if (!objectives.has(o)) issues.push({ path: [...p, "objectives", j], message: `unknown objective "${o}"` });
    });
    source(l.source, [...p, "source"]);
  });
  return issues;
}

// src/framework/normalize.ts
var clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
function normalizeFramework(f) {
  const src = (s) => {
    if (s === void 0) return void 0;
    if (typeof s === "string") return { ...f.sources[s] };
    return { ...s };
  };
  const must = (s) => src(s);
  return clean({
    id: f.id,
    name: f.name,
    description: f.description,
    status: f.status,
    startDate: f.startDate,
    startDateIsPlanned: f.startDateIsPlanned,
    scenario: f.scenario,
    source: src(f.source),
    reportingOrg: f.reportingOrg,
    parties: f.parties.map((p) => ({ ...p })),
    notes: [...f.notes],
    exchangeRates: f.exchangeRates.map((r) => ({ ...r, source: must(r.source) })),
    areas: f.areas.map(
      (a) => clean({
        id: a.id,
        name: a.name,
        description: a.description,
        source: src(a.source),
        objectives: a.objectives.map(
          (o) => clean({
            id: o.id,
            title: o.title,
            description: o.description,
            ownerParties: [...o.ownerParties],
            linkedIssues: [...o.linkedIssues],
            source: src(o.source),
            results: o.results.map(
              (r) => clean({
                id: r.id,
                type: r.type,
                title: r.title,
                description: r.description,
                indicators: r.indicators.map(
                  (i) => clean({
                    id: i.id,
                    name: i.name,
                    description: i.description,
                    unit: i.unit,
                    measure: i.measure,
                    higherIsBetter: i.higherIsBetter,
                    dataset: i.dataset ? { ...i.dataset } : void 0,
                    baseline: i.baseline ? clean({ ...i.baseline, source: must(i.baseline.source) }) : void 0,
                    targets: i.targets.map(
                      (t) => clean({
                        period: t.period,
                        value: t.value,
                        proposed: t.proposed,
                        rationale: t.rationale,
                        source: src(t.source)
                      })
                    ),
                    actuals: i.actuals.map((x) => clean({ ...x, source: must(x.source) }))
                  })
                )
              })
            )
          })
        )
      })
    ),
    actions: f.actions.map(
      (a) => clean({
        id: a.id,
        objective: a.objective,
        title: a.title,
        description: a.description,
        joint: a.joint,
        status: a.status,
        dates: clean({ ...a.dates }),
        actors: a.actors.map((x) => ({ ...x })),
        budgets: a.budgets.map((b) => {
          const p = b.period ? parsePeriod(b.period) : void 0;
          const periodStart = b.periodStart ?? p.start;
          return clean({
            status: b.status,
            amount: b.amount,
            currency: b.currency,
            party: b.party,
            period: b.period,
            periodStart,
            periodEnd: b.periodEnd ?? p.end,
            valueDate: b.valueDate ?? periodStart,
            basis: b.basis,
            source: src(b.source),
            rationale: b.rationale,
            note: b.note
          });
        }),
        disbursements: a.disbursements.map(
          (d) => clean({
            amount: d.amount,
            currency: d.currency,
            party: d.party,
            date: d.date,
            valueDate: d.valueDate ?? d.date,
            source: must(d.source),
            note: d.note
          })
        ),
        source: src(a.source)
      })
    ),
    linkages: f.linkages.map(
      (l) => clean({
        id: l.id,
        party: l.party,
        commits: l.commits,
        counterparty: l.counterparty,
        inExchangeFor: l.inExchangeFor,
        package: {
          scenario: l.package.scenario ?? f.scenario,
          issues: [...l.package.issues],
          options: { ...l.package.options }
        },
        objectives: [...l.objectives],
        rationale: l.rationale,
        source: src(l.source)
      })
    )
  });
}

// src/framework/schema.ts
var ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var id = external_exports.string().regex(ID_PATTERN, 'must start with a letter or digit and use only letters, digits, "_", "." and "-"');
var text = external_exports.string().trim().min(1, "must not be empty");
var isoDate = external_exports.string().refine(isIsoDate, "must be a date written YYYY-MM-DD");
var currency = external_exports.string().regex(/^[A-Z]{3}$/, "must be a three-letter currency code such as USD or MXN");
var finite = external_exports.number().refine(Number.isFinite, "must be a finite number");
var periodLabel = external_exports.union([external_exports.string(), external_exports.number().int()]).transform((v) => String(v).trim()).refine((s) => parsePeriod(s) !== null, `must be ${PERIOD_FORMS}`);
var placeablePeriod = periodLabel.refine(
  (s) => parsePeriod(s)?.placeable === true,
  'must be a single dated period (a year, fiscal year, month, day or interval), not an aggregate or "unspecified"'
);
var sourceObject = external_exports.strictObject({ title: text, url: external_exports.url().optional(), note: external_exports.string().optional() });
var sourceField = external_exports.union([sourceObject, id], {
  error: (iss) => iss.input === void 0 ? "required: name the source, as {title, url?, note?} or the id of an entry in sources" : "must be a source {title, url?, note?} or the id of an entry in sources"
});
var baseline = external_exports.strictObject({
  period: placeablePeriod,
  value: finite,
  source: sourceField,
  quality: external_exports.enum(SOURCE_QUALITIES).default("unknown"),
  qualifier: external_exports.enum(QUALIFIERS).default("exact"),
  note: external_exports.string().optional()
});
var target = external_exports.strictObject({
  period: placeablePeriod,
  value: finite,
  proposed: external_exports.boolean().default(false),
  rationale: external_exports.string().optional(),
  source: sourceField.optional()
}).superRefine((t, ctx) => {
  if (t.proposed && !t.rationale?.trim())
    ctx.addIssue({
      code: "custom",
      path: ["rationale"],
      message: "a proposed target needs a rationale (why this value)"
    });
  if (!t.proposed && !t.source)
    ctx.addIssue({
      code: "custom",
      path: ["source"],
      message: "a target that is not marked proposed must name its source"
    });
});
var actual = external_exports.strictObject({
  period: periodLabel,
  value: finite,
  source: sourceField,
  quality: external_exports.enum(SOURCE_QUALITIES).default("unknown"),
  qualifier: external_exports.enum(QUALIFIERS).default("exact"),
  note: external_exports.string().optional()
});
var indicator = external_exports.strictObject({
  id,
  name: text,
  description: external_exports.string().optional(),
  unit: text,
  measure: external_exports.enum(MEASURES).default("unit"),
  higherIsBetter: external_exports.boolean(),
  dataset: external_exports.strictObject({ indicatorId: text, country: text }).optional(),
  baseline: baseline.optional(),
  targets: external_exports.array(target).default([]),
  actuals: external_exports.array(actual).default([])
});
var result = external_exports.strictObject({
  id,
  type: external_exports.enum(RESULT_TYPES),
  title: text,
  description: external_exports.string().optional(),
  indicators: external_exports.array(indicator).default([])
});
var objective = external_exports.strictObject({
  id,
  title: text,
  description: external_exports.string().optional(),
  ownerParties: external_exports.array(id).default([]),
  linkedIssues: external_exports.array(id).default([]),
  source: sourceField.optional(),
  results: external_exports.array(result).default([])
});
var area = external_exports.strictObject({
  id,
  name: text,
  description: external_exports.string().optional(),
  source: sourceField.optional(),
  objectives: external_exports.array(objective).default([])
});
var actor = external_exports.strictObject({ agency: text, party: id, role: external_exports.enum(ROLES) });
var budget = external_exports.strictObject({
  status: external_exports.enum(BUDGET_STATUSES),
  amount: finite.refine((v) => v >= 0, "must be >= 0"),
  currency,
  party: id,
  period: placeablePeriod.optional(),
  periodStart: isoDate.optional(),
  periodEnd: isoDate.optional(),
  valueDate: isoDate.optional(),
  basis: external_exports.enum(BUDGET_BASES),
  source: sourceField.optional(),
  rationale: external_exports.string().optional(),
  note: external_exports.string().optional()
}).superRefine((b, ctx) => {
  if (!b.period && !(b.periodStart && b.periodEnd))
    ctx.addIssue({
      code: "custom",
      path: ["period"],
      message: "give either period (e.g. FY2026) or periodStart and periodEnd"
    });
  if (b.periodStart && b.periodEnd && b.periodEnd < b.periodStart)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "must not be before periodStart" });
  if (b.basis === "proposal" && !b.rationale?.trim())
    ctx.addIssue({
      code: "custom",
      path: ["rationale"],
      message: "a proposed budget needs a rationale (how the amount was chosen)"
    });
  if (b.basis !== "proposal" && !b.source)
    ctx.addIssue({
      code: "custom",
      path: ["source"],
      message: `a budget with basis "${b.basis}" must name its source`
    });
});
var disbursement = external_exports.strictObject({
  amount: finite.refine((v) => v >= 0, "must be >= 0"),
  currency,
  party: id,
  date: isoDate,
  valueDate: isoDate.optional(),
  source: sourceField,
  note: external_exports.string().optional()
});
var action = external_exports.strictObject({
  id,
  objective: id,
  title: text,
  description: external_exports.string().optional(),
  joint: external_exports.boolean(),
  status: external_exports.enum(ACTION_STATUSES),
  dates: external_exports.strictObject({
    plannedStart: isoDate.optional(),
    actualStart: isoDate.optional(),
    plannedEnd: isoDate.optional(),
    actualEnd: isoDate.optional()
  }),
  actors: external_exports.array(actor).default([]),
  budgets: external_exports.array(budget).default([]),
  disbursements: external_exports.array(disbursement).default([]),
  source: sourceField.optional()
}).superRefine((a, ctx) => {
  if (!a.dates.plannedStart && !a.dates.actualStart)
    ctx.addIssue({
      code: "custom",
      path: ["dates"],
      message: "an action needs a plannedStart or an actualStart date"
    });
  for (const [start, end] of [
    ["plannedStart", "plannedEnd"],
    ["actualStart", "actualEnd"]
  ]) {
    const s = a.dates[start], e = a.dates[end];
    if (s && e && e < s)
      ctx.addIssue({ code: "custom", path: ["dates", end], message: `${end} ${e} is before ${start} ${s}` });
  }
  const parties = new Set(a.actors.map((x) => x.party));
  if (a.actors.length > 0 && a.joint && parties.size < 2)
    ctx.addIssue({
      code: "custom",
      path: ["joint"],
      message: `a joint action needs actors of at least two parties (found ${[...parties].join(", ")})`
    });
  if (!a.joint && parties.size > 1)
    ctx.addIssue({
      code: "custom",
      path: ["joint"],
      message: `a unilateral action has actors of one party only (found ${[...parties].join(", ")}); set joint: true`
    });
});
var linkage = external_exports.strictObject({
  id,
  party: id,
  commits: text,
  counterparty: id,
  inExchangeFor: text,
  package: external_exports.strictObject({
    scenario: id.optional(),
    issues: external_exports.array(id).min(1),
    options: external_exports.record(external_exports.string(), id).default({})
  }),
  objectives: external_exports.array(id).default([]),
  rationale: external_exports.string().optional(),
  source: sourceField.optional()
});
var exchangeRate = external_exports.strictObject({
  from: currency,
  to: currency,
  rate: finite.refine((v) => v > 0, "must be > 0"),
  date: isoDate,
  source: sourceField
});
var frameworkFileSchema = external_exports.strictObject({
  id,
  name: text,
  description: external_exports.string().optional(),
  status: external_exports.enum(FRAMEWORK_STATUSES),
  startDate: isoDate.optional(),
  startDateIsPlanned: external_exports.boolean().default(false),
  scenario: id.optional(),
  source: sourceField.optional(),
  reportingOrg: external_exports.strictObject({
    ref: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
    name: text,
    type: external_exports.string().regex(/^\d+$/)
  }).optional(),
  parties: external_exports.array(external_exports.strictObject({ id, name: text })).min(1),
  sources: external_exports.record(external_exports.string(), sourceObject).default({}),
  notes: external_exports.array(external_exports.string()).default([]),
  exchangeRates: external_exports.array(exchangeRate).default([]),
  areas: external_exports.array(area).default([]),
  actions: external_exports.array(action).default([]),
  linkages: external_exports.array(linkage).default([])
});

// src/framework/file.ts
var import_yaml = __toESM(require_dist(), 1);
function locate(doc, lc, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && Array.isArray(node.range)) {
      const pos = lc.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return void 0;
}
function parseYamlText(text2, file) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new CgError(
      doc.errors.map((e) => {
        const p = {
          code: "syntax_error",
          path: [],
          message: e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")
        };
        if (file) p.file = file;
        if (e.linePos?.[0]) {
          p.line = e.linePos[0].line;
          p.column = e.linePos[0].col;
        }
        return p;
      })
    );
  }
  return { data: doc.toJS({ maxAliasCount: 100 }), doc, lc };
}
function frameworkFromData(data, file, locateFn) {
  const withLines = (problems) => problems.map((p) => {
    const at = locateFn?.(p.path);
    return at ? { ...p, line: at.line, column: at.column } : p;
  });
  const r = frameworkFileSchema.safeParse(data);
  if (!r.success) throw new CgError(withLines(problemsFromZod(r.error, file)));
  const issues = crossCheck(r.data);
  if (issues.length) {
    throw new CgError(
      withLines(
        issues.map((i) => ({ code: "invalid_reference", path: i.path, message: i.message, ...file ? { file } : {} }))
      )
    );
  }
  return normalizeFramework(r.data);
}
function parseFrameworkText(text2, file) {
  const { data, doc, lc } = parseYamlText(text2, file);
  return frameworkFromData(data, file, (path) => locate(doc, lc, path));
}
function validateFramework(fw, origin) {
  return frameworkFromData(fw, origin);
}

// src/framework/budget.ts
function rateFor(rates, from, to) {
  const direct = rates.find((r) => r.from === from && r.to === to);
  if (direct) return { factor: direct.rate, rate: direct };
  const inverse = rates.find((r) => r.from === to && r.to === from);
  if (inverse) return { factor: 1 / inverse.rate, rate: inverse };
  return void 0;
}
function budgetReport(totals, opts = {}) {
  const byCurrency = [...totals].sort((a, b) => a.currency.localeCompare(b.currency)).map((t) => ({
    currency: t.currency,
    committed: t.committed,
    committedProposed: t.committedProposed,
    indicative: t.indicative,
    disbursed: t.disbursementCount > 0 ? t.disbursed : null,
    disbursements: t.disbursementCount,
    execution: t.disbursementCount > 0 && t.committed > 0 ? t.disbursed / t.committed : null
  }));
  const report = { byCurrency };
  if (opts.currency !== void 0) {
    const to = opts.currency;
    if (!/^[A-Z]{3}$/.test(to)) {
      throw new CgError({
        code: "invalid_currency",
        path: ["currency"],
        message: `"${to}" is not a currency code: give three capital letters such as USD or MXN`,
        received: to
      });
    }
    const used = [];
    const missing = [];
    let committed = 0, disbursed = 0, anyDisbursed = false, unknownDisbursed = false;
    for (const line of byCurrency) {
      let factor = 1;
      if (line.currency !== to) {
        const r = rateFor(opts.rates ?? [], line.currency, to);
        if (!r) {
          missing.push(line.currency);
          continue;
        }
        factor = r.factor;
        if (!used.includes(r.rate)) used.push(r.rate);
      }
      committed += line.committed * factor;
      if (line.disbursed !== null) {
        disbursed += line.disbursed * factor;
        anyDisbursed = true;
      } else if (line.committed > 0) unknownDisbursed = true;
    }
    if (missing.length) {
      throw new CgError({
        code: "missing_exchange_rate",
        path: ["exchangeRates"],
        message: `no stated exchange rate from ${missing.join(", ")} to ${to}; add one under exchangeRates (amounts are never converted silently)`
      });
    }
    const known = anyDisbursed && !unknownDisbursed;
    report.converted = {
      currency: to,
      committed,
      disbursed: known ? disbursed : null,
      execution: known && committed > 0 ? disbursed / committed : null,
      rates: used
    };
  }
  return report;
}

// src/framework/joint.ts
function jointShare(counts) {
  const sorted = [...counts].filter((c) => c.joint + c.unilateral > 0).sort((a, b) => a.year - b.year);
  let j = 0, u = 0;
  const byYear = sorted.map((c) => {
    j += c.joint;
    u += c.unilateral;
    return {
      year: c.year,
      joint: c.joint,
      unilateral: c.unilateral,
      share: c.joint / (c.joint + c.unilateral),
      cumulativeShare: j / (j + u)
    };
  });
  return { joint: j, unilateral: u, share: j + u > 0 ? j / (j + u) : null, byYear };
}

// src/framework/progress.ts
function endDay(label) {
  const p = parsePeriod(label);
  return p?.placeable ? dayNumber(p.end) : void 0;
}
var fmt = (v) => Number.isInteger(v) ? String(v) : String(Math.round(v * 1e3) / 1e3);
function indicatorProgress(input) {
  const base = {
    id: input.id,
    name: input.name,
    unit: input.unit,
    higherIsBetter: input.higherIsBetter,
    baseline: input.baseline ? { period: input.baseline.period, value: input.baseline.value } : null,
    latest: input.latest ? { ...input.latest } : null,
    actuals: input.actualCount,
    unplaceable: input.unplaceableCount
  };
  const out = (status, reason, target3, expected2 = null, position2 = null) => ({
    ...base,
    target: target3,
    expected: expected2,
    position: position2,
    status,
    reason
  });
  const bDay = input.baseline ? endDay(input.baseline.period) : void 0;
  const points = [];
  if (input.baseline && bDay !== void 0) {
    points.push({ x: bDay, y: input.baseline.value, period: input.baseline.period });
    const later = input.targets.map((t) => ({ x: endDay(t.period), y: t.value, period: t.period })).filter((t) => t.x !== void 0 && t.x > bDay).sort((a, b) => a.x - b.x);
    points.push(...later);
  }
  const finalPoint = points.length > 1 ? points[points.length - 1] : void 0;
  const target2 = finalPoint ? { period: finalPoint.period, value: finalPoint.y } : input.targets.length ? lastTarget(input.targets) : null;
  if (!input.baseline || bDay === void 0) {
    const extra = input.actualCount === 0 ? "no actuals recorded" : input.latest ? `latest actual ${input.latest.period}` : `only aggregate or unspecified-period actuals (${input.unplaceableCount})`;
    return out("no_data", `no baseline; ${extra}`, target2);
  }
  if (!finalPoint) return out("no_data", "no dated target after the baseline period", target2);
  if (!input.latest) {
    if (input.actualCount === 0) return out("no_data", "no actuals recorded", target2);
    return out(
      "no_data",
      `no actual can be placed on the trajectory (${input.unplaceableCount} aggregate or unspecified-period values)`,
      target2
    );
  }
  const lDay = endDay(input.latest.period);
  if (lDay <= bDay)
    return out(
      "not_started",
      `no actual after the baseline period ${input.baseline.period} (latest: ${input.latest.period})`,
      target2
    );
  const expected = trajectoryAt(points, lDay);
  const span = finalPoint.y - input.baseline.value;
  const position = span === 0 ? null : (input.latest.value - input.baseline.value) / span;
  const better = (a, b) => input.higherIsBetter ? a >= b : a <= b;
  if (better(input.latest.value, finalPoint.y))
    return out(
      "achieved",
      `${fmt(input.latest.value)} (${input.latest.period}) meets the target ${fmt(finalPoint.y)} (${finalPoint.period})`,
      target2,
      expected,
      position
    );
  if (better(input.latest.value, expected))
    return out(
      "on_track",
      `${fmt(input.latest.value)} (${input.latest.period}) is at or better than the trajectory value ${fmt(expected)}`,
      target2,
      expected,
      position
    );
  return out(
    "off_track",
    `${fmt(input.latest.value)} (${input.latest.period}) is worse than the trajectory value ${fmt(expected)}`,
    target2,
    expected,
    position
  );
}
function lastTarget(targets) {
  return [...targets].sort((a, b) => (endDay(a.period) ?? 0) - (endDay(b.period) ?? 0))[targets.length - 1];
}
function trajectoryAt(points, x) {
  if (x <= points[0].x) return points[0].y;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1], b = points[i];
    if (x <= b.x) return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x);
  }
  return points[points.length - 1].y;
}
function summarize(indicators) {
  const s = { achieved: 0, on_track: 0, off_track: 0, not_started: 0, no_data: 0 };
  for (const i of indicators) s[i.status]++;
  return s;
}

// src/framework/scenario-links.ts
function listing(candidates) {
  const shown = candidates.slice(0, 12).join(", ") + (candidates.length > 12 ? ", ..." : "");
  return shown ? ` (it has: ${shown})` : "";
}
function checkScenarioLinks(f, lookup) {
  const problems = [];
  const unresolved = /* @__PURE__ */ new Set();
  const resolve = (id2) => {
    if (!id2) return void 0;
    const s = lookup(id2);
    if (!s) unresolved.add(id2);
    return s;
  };
  const main = resolve(f.scenario);
  const issueIn = (s, id2) => s.issues.find((i) => i.id === id2);
  const unknownIssue = (s, id2) => `unknown issue "${id2}" in analysis scenario "${s.id}"${listing(s.issues.map((i) => i.id))}`;
  if (main) {
    f.areas.forEach(
      (a, ai) => a.objectives.forEach(
        (o, oi) => o.linkedIssues.forEach((id2, k) => {
          if (!issueIn(main, id2))
            problems.push({
              path: ["areas", ai, "objectives", oi, "linkedIssues", k],
              message: unknownIssue(main, id2)
            });
        })
      )
    );
  }
  f.linkages.forEach((l, i) => {
    const s = resolve(l.package.scenario);
    if (!s) return;
    const p = ["linkages", i, "package"];
    l.package.issues.forEach((id2, k) => {
      if (!issueIn(s, id2)) problems.push({ path: [...p, "issues", k], message: unknownIssue(s, id2) });
    });
    for (const [id2, option] of Object.entries(l.package.options)) {
      const issue = issueIn(s, id2);
      if (!issue) continue;
      if (!issue.options.some((o) => o.id === option)) {
        problems.push({
          path: [...p, "options", id2],
          message: `unknown option "${option}" for issue ${id2} of analysis scenario "${s.id}"${listing(issue.options.map((o) => o.id))}`
        });
      }
    }
  });
  return { problems, unresolved: [...unresolved] };
}

// src/interop/csv/rfc4180.ts
function parseCsv(text2, file) {
  const records = [];
  const problems = [];
  let i = text2.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1, lineStart = i;
  const n = text2.length;
  const err = (message, l, c) => problems.push({ code: "csv_syntax", path: [], message, line: l, column: c, ...file ? { file } : {} });
  while (i < n) {
    if (text2[i] === "\n" || text2[i] === "\r" && text2[i + 1] === "\n") {
      i += text2[i] === "\r" ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    const rec = { fields: [], line, starts: [] };
    for (; ; ) {
      const start = { line, column: i - lineStart + 1 };
      rec.starts.push(start);
      let value = "";
      if (text2[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const ch = text2[i];
          if (ch === '"') {
            if (text2[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === "\n") {
            line++;
            lineStart = i + 1;
          }
          value += ch;
          i++;
        }
        if (!closed) {
          err("quoted field is not closed before the end of the file", start.line, start.column);
          break;
        }
        if (i < n && text2[i] !== "," && text2[i] !== "\n" && !(text2[i] === "\r" && text2[i + 1] === "\n")) {
          err(
            "unexpected text after a closing quote (a quote inside a quoted field must be doubled)",
            line,
            i - lineStart + 1
          );
          while (i < n && text2[i] !== "," && text2[i] !== "\n") i++;
        }
      } else {
        const from = i;
        while (i < n && text2[i] !== "," && text2[i] !== "\n" && !(text2[i] === "\r" && text2[i + 1] === "\n")) {
          if (text2[i] === '"')
            err(
              "a quote inside an unquoted field (quote the whole field and double the quote)",
              line,
              i - lineStart + 1
            );
          i++;
        }
        value = text2.slice(from, i);
      }
      rec.fields.push(value);
      if (i < n && text2[i] === ",") {
        i++;
        continue;
      }
      if (i < n) {
        i += text2[i] === "\r" ? 2 : 1;
        line++;
        lineStart = i;
      }
      break;
    }
    records.push(rec);
    if (problems.length > 50) break;
  }
  if (problems.length) throw new CgError(problems);
  return records;
}
function quote(field) {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}
function stringifyCsv(rows) {
  return rows.map((r) => r.map(quote).join(",")).join("\n") + "\n";
}

// src/interop/csv/indicators.ts
var INDICATOR_COLUMNS = [
  "indicator_id",
  "indicator_name",
  "unit",
  "country",
  "year",
  "value",
  "source_title",
  "source_url",
  "note"
];
var NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
var COUNTRY = /^[A-Z]{2}(?:-[A-Z]{2})?$/;
var ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var URL_RE = /^https?:\/\/[^\s]+$/;
function parseIndicatorsCsv(text2, file) {
  const records = parseCsv(text2, file);
  const problems = [];
  const at = (line, column, col, message, received) => ({
    code: "invalid_csv_row",
    path: [col],
    message: `column ${col}: ${message}`,
    line,
    ...column ? { column } : {},
    ...received !== void 0 ? { received: JSON.stringify(received.length > 60 ? received.slice(0, 60) + "\u2026" : received) } : {},
    ...file ? { file } : {}
  });
  if (records.length === 0)
    throw new CgError({
      code: "empty_csv",
      path: [],
      message: "the file has no header row",
      ...file ? { file } : {}
    });
  const header = records[0].fields.map((h) => h.trim());
  const index = /* @__PURE__ */ new Map();
  header.forEach((h, i) => index.set(h, i));
  const missing = INDICATOR_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) {
    throw new CgError({
      code: "missing_columns",
      path: [],
      line: records[0].line,
      message: `header lacks column(s) ${missing.join(", ")} (expected ${INDICATOR_COLUMNS.join(", ")})`,
      ...file ? { file } : {}
    });
  }
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup)
    throw new CgError({
      code: "duplicate_column",
      path: [dup],
      line: records[0].line,
      message: `column ${dup} appears twice in the header`,
      ...file ? { file } : {}
    });
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const rec of records.slice(1)) {
    const before = problems.length;
    if (rec.fields.length !== header.length) {
      problems.push({
        code: "invalid_csv_row",
        path: [],
        line: rec.line,
        message: `expected ${header.length} fields, found ${rec.fields.length} (a field with a comma must be quoted)`,
        ...file ? { file } : {}
      });
      continue;
    }
    const get = (c) => rec.fields[index.get(c)];
    const colOf = (c) => rec.starts[index.get(c)]?.column;
    const lineOf = (c) => rec.starts[index.get(c)]?.line ?? rec.line;
    const check = (c, ok, message) => {
      if (!ok) problems.push(at(lineOf(c), colOf(c), c, message, get(c)));
    };
    const id2 = get("indicator_id").trim();
    check("indicator_id", ID.test(id2), 'must be an id of letters, digits, "_", "." or "-"');
    check("unit", get("unit").trim() !== "", "must not be empty");
    const country = get("country").trim();
    check("country", COUNTRY.test(country), "must be a country code (US, MX, CA) or a pair (US-MX)");
    const year = get("year").trim();
    check("year", parsePeriod(year) !== null, `must be ${PERIOD_FORMS}`);
    const rawValue = get("value").trim();
    check("value", NUMBER.test(rawValue), "must be a plain number (no thousands separators, no units)");
    check("source_title", get("source_title").trim() !== "", "must name the source");
    const url = get("source_url").trim();
    check("source_url", url === "" || URL_RE.test(url), "must be an http(s) URL or empty");
    if (problems.length > before) continue;
    const key = `${id2}|${country}|${year}`;
    if (seen.has(key)) {
      problems.push(
        at(
          lineOf("year"),
          colOf("year"),
          "year",
          `a second value for ${id2} (${country}) ${year}; the first is on line ${seen.get(key)}`,
          year
        )
      );
      continue;
    }
    seen.set(key, rec.line);
    out.push({
      indicatorId: id2,
      indicatorName: get("indicator_name").trim(),
      unit: get("unit").trim(),
      country,
      year,
      value: Number(rawValue),
      sourceTitle: get("source_title").trim(),
      sourceUrl: url,
      note: get("note").trim(),
      line: rec.line
    });
  }
  if (problems.length) throw new CgError(problems);
  return out;
}
function inferQuality(o) {
  const text2 = `${o.note} ${o.sourceTitle}`;
  if (/LOW-RELIABILITY|LOW-QUALITY|partisan/i.test(text2)) return "low";
  let host = "";
  try {
    host = o.sourceUrl ? new URL(o.sourceUrl).hostname : "";
  } catch {
    host = "";
  }
  if (/\.gov$|\.gob\.mx$/.test(host) && !/secondary/i.test(o.note)) return "official";
  return o.sourceUrl || o.sourceTitle ? "secondary" : "unknown";
}
function inferQualifier(note) {
  if (/lower bound/i.test(note)) return "lower_bound";
  if (/upper bound/i.test(note)) return "upper_bound";
  if (/\bapproximate\b/i.test(note)) return "approximate";
  if (/^estimate\b/i.test(note)) return "estimate";
  if (/\brounded\b/i.test(note)) return "rounded";
  return "exact";
}
function observationToActual(o) {
  const a = {
    period: o.year,
    value: o.value,
    source: o.sourceUrl ? { title: o.sourceTitle, url: o.sourceUrl } : { title: o.sourceTitle },
    quality: inferQuality(o),
    qualifier: inferQualifier(o.note)
  };
  if (o.note) a.note = o.note;
  return a;
}
function stringifyIndicatorsCsv(rows) {
  return stringifyCsv([
    [...INDICATOR_COLUMNS],
    ...rows.map((o) => [
      o.indicatorId,
      o.indicatorName,
      o.unit,
      o.country,
      o.year,
      String(o.value),
      o.sourceTitle,
      o.sourceUrl,
      o.note
    ])
  ]);
}

// src/interop/csv/attach.ts
function planAttach(indicators, observations, opts = {}) {
  const byKey = /* @__PURE__ */ new Map();
  for (const ind of indicators) {
    if (!ind.dataset) continue;
    const key = `${ind.dataset.indicatorId}|${ind.dataset.country}`;
    const list = byKey.get(key) ?? [];
    list.push(ind);
    byKey.set(key, list);
  }
  const problems = [];
  const matches = [];
  const unmatched = [];
  const where = (o, col) => ({
    line: o.line,
    path: [col],
    ...opts.file ? { file: opts.file } : {}
  });
  for (const o of observations) {
    const targets = byKey.get(`${o.indicatorId}|${o.country}`);
    if (!targets) {
      unmatched.push(o);
      if (opts.strict)
        problems.push({
          code: "unmapped_row",
          message: `column indicator_id: no framework indicator maps ${o.indicatorId} (${o.country})`,
          ...where(o, "indicator_id")
        });
      continue;
    }
    for (const t of targets) {
      if (t.unit !== o.unit) {
        problems.push({
          code: "unit_mismatch",
          message: `column unit: "${o.unit}" differs from the unit of indicator ${t.indicatorId} in framework ${t.frameworkId} ("${t.unit}")`,
          ...where(o, "unit")
        });
        continue;
      }
      matches.push({
        frameworkId: t.frameworkId,
        indicatorId: t.indicatorId,
        actual: observationToActual(o),
        line: o.line
      });
    }
  }
  if (problems.length) throw new CgError(problems);
  return { matches, unmatched };
}

// src/interop/iati/codes.ts
var NS = "urn:commonground:iati-extension:1";
var RESULT_TYPE_CODE = { output: "1", outcome: "2", impact: "3" };
var MEASURE_CODE = {
  unit: "1",
  percentage: "2",
  nominal: "3",
  ordinal: "4",
  qualitative: "5"
};
var ROLE_CODE = { funding: "1", accountable: "2", extending: "3", implementing: "4" };
var STATUS_CODE = {
  pipeline: "1",
  implementation: "2",
  finalisation: "3",
  closed: "4",
  cancelled: "5",
  suspended: "6"
};
var FRAMEWORK_STATUS_CODE = {
  draft: "1",
  proposed: "1",
  published: "2",
  superseded: "4"
};
function invert(m) {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
}
var UNIT_FOR_MEASURE = {
  unit: "units",
  percentage: "percent",
  nominal: "nominal value",
  ordinal: "ordinal value",
  qualitative: "qualitative value"
};
var DEFAULT_REPORTING_ORG = {
  ref: "XX-COMMONGROUND",
  name: "Common Ground framework tracker (unregistered identifier)",
  type: "90"
};

// src/interop/iati/xml.ts
function el(name, attrs = [], children = [], text2) {
  const list = Array.isArray(attrs) ? attrs : Object.entries(attrs);
  return {
    name,
    attrs: list.filter((a) => a[1] !== void 0 && a[1] !== null).map(([k, v]) => [k, typeof v === "number" ? decimal(v) : String(v)]),
    children: children.filter((c) => !!c),
    text: text2
  };
}
function textEl(name, text2, attrs = {}) {
  return el(name, attrs, [], text2);
}
function decimal(n) {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mant, expS] = s.toLowerCase().split("e");
  const exp = Number(expS);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const point = mant.replace("-", "").indexOf(".");
  const intLen = (point < 0 ? mant.replace("-", "").length : point) + exp;
  let out;
  if (intLen <= 0) out = "0." + "0".repeat(-intLen) + digits;
  else if (intLen >= digits.length) out = digits + "0".repeat(intLen - digits.length);
  else out = digits.slice(0, intLen) + "." + digits.slice(intLen);
  return (neg ? "-" : "") + out;
}
var INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeText(s) {
  return s.replace(INVALID, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function escapeAttr(s) {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function serialize(root, opts = {}) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  if (opts.comment) out.push(`<!-- ${opts.comment.replace(/--/g, "- -")} -->
`);
  const write = (e, depth) => {
    const pad2 = "  ".repeat(depth);
    const attrs = e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
    if (e.text !== void 0) {
      out.push(`${pad2}<${e.name}${attrs}>${escapeText(e.text)}</${e.name}>
`);
    } else if (e.children.length === 0) {
      out.push(`${pad2}<${e.name}${attrs}/>
`);
    } else {
      out.push(`${pad2}<${e.name}${attrs}>
`);
      for (const c of e.children) write(c, depth + 1);
      out.push(`${pad2}</${e.name}>
`);
    }
  };
  write(root, 0);
  return out.join("");
}

// src/interop/iati/export.ts
var narrative = (text2) => textEl("narrative", text2);
var textBlock = (name, text2, attrs = {}) => el(name, attrs, [narrative(text2)]);
function sourceAttrs(s, prefix = "cg:source-") {
  return s ? { [`${prefix}title`]: s.title, [`${prefix}url`]: s.url, [`${prefix}note`]: s.note } : {};
}
function sourceLink(s) {
  if (!s?.url) return void 0;
  return el("document-link", { format: "text/html", url: s.url }, [
    textBlock("title", s.title),
    el("category", { code: "A08" })
  ]);
}
function partyOrg(p, role = "2") {
  return el("participating-org", { role, type: "10", "cg:party": p.id }, [narrative(p.name)]);
}
var placeholderOrg = () => el("participating-org", { role: "2", "cg:placeholder": "true" }, [narrative("Not specified")]);
function descriptionOf(description, title) {
  return description !== void 0 ? textBlock("description", description, { type: "1" }) : el("description", { type: "1", "cg:generated": "true" }, [narrative(title)]);
}
function indicatorEl(ind) {
  const kids = [textBlock("title", ind.name)];
  if (ind.description !== void 0) kids.push(textBlock("description", ind.description));
  if (ind.dataset)
    kids.push(el("reference", { vocabulary: "99", code: ind.dataset.indicatorId, "cg:country": ind.dataset.country }));
  if (ind.baseline) {
    const b = ind.baseline;
    const p = parsePeriod(b.period);
    kids.push(
      el(
        "baseline",
        {
          year: endYear(p),
          "iso-date": p.end,
          value: b.value,
          "cg:period": b.period,
          "cg:quality": b.quality,
          "cg:qualifier": b.qualifier,
          ...sourceAttrs(b.source)
        },
        [sourceLink(b.source), b.note !== void 0 ? textBlock("comment", b.note) : void 0]
      )
    );
  }
  const labels = /* @__PURE__ */ new Map();
  for (const x of [...ind.targets, ...ind.actuals]) {
    const p = parsePeriod(x.period);
    if (p.start && p.end) labels.set(x.period, { start: p.start, end: p.end });
  }
  const order = [...labels].sort(
    (a, b) => a[1].end < b[1].end ? -1 : a[1].end > b[1].end ? 1 : a[1].start < b[1].start ? -1 : a[1].start > b[1].start ? 1 : a[0] < b[0] ? -1 : 1
  );
  for (const [label, d] of order) {
    const targets = ind.targets.filter((t) => t.period === label);
    const actuals = ind.actuals.filter((a) => a.period === label);
    kids.push(
      el("period", { "cg:period": label }, [
        el("period-start", { "iso-date": d.start }),
        el("period-end", { "iso-date": d.end }),
        ...targets.map(
          (t) => el("target", { value: t.value }, [
            t.rationale !== void 0 ? textBlock("comment", t.rationale) : void 0,
            sourceLink(t.source),
            el("cg:target", { proposed: t.proposed, ...sourceAttrs(t.source, "source-") })
          ])
        ),
        ...actuals.map(
          (a) => el("actual", { value: a.value }, [
            a.note !== void 0 ? textBlock("comment", a.note) : void 0,
            sourceLink(a.source),
            el("cg:actual", { quality: a.quality, qualifier: a.qualifier, ...sourceAttrs(a.source, "source-") })
          ])
        )
      ])
    );
  }
  for (const a of ind.actuals.filter((x) => !labels.has(x.period))) {
    kids.push(
      el("cg:actual", {
        period: a.period,
        value: a.value,
        quality: a.quality,
        qualifier: a.qualifier,
        note: a.note,
        ...sourceAttrs(a.source, "source-")
      })
    );
  }
  return el(
    "indicator",
    {
      measure: MEASURE_CODE[ind.measure],
      ascending: ind.higherIsBetter ? "1" : "0",
      "cg:id": ind.id,
      "cg:unit": ind.unit
    },
    kids
  );
}
function frameworkToIati(fw) {
  if (!fw.startDate) {
    throw new CgError({
      code: "missing_start_date",
      path: ["startDate"],
      message: `framework "${fw.id}" needs a startDate (IATI activities need a date)`
    });
  }
  const org = fw.reportingOrg ?? DEFAULT_REPORTING_ORG;
  const fid = `${org.ref}-${fw.id}`;
  const oid = (o) => `${fid}-O-${o.id}`;
  const aid = (a) => `${fid}-A-${a.id}`;
  const reporting = el("reporting-org", { ref: org.ref, type: org.type }, [narrative(org.name)]);
  const statusCode = FRAMEWORK_STATUS_CODE[fw.status];
  const startDate = el("activity-date", { "iso-date": fw.startDate, type: fw.startDateIsPlanned ? "1" : "2" });
  const party = new Map(fw.parties.map((p) => [p.id, p]));
  const areaOf = /* @__PURE__ */ new Map();
  for (const a of fw.areas) for (const o of a.objectives) areaOf.set(o.id, a);
  const areaTag = (a) => el(
    "tag",
    { vocabulary: "99", code: a.id, "cg:kind": "area", "cg:description": a.description, ...sourceAttrs(a.source) },
    [narrative(a.name)]
  );
  const objectives = fw.areas.flatMap((a) => a.objectives);
  const activities = [];
  activities.push(
    el(
      "iati-activity",
      {
        "xml:lang": "en",
        hierarchy: "1",
        "cg:framework": fw.id,
        "cg:status": fw.status,
        "cg:scenario": fw.scenario,
        "cg:reporting-org": fw.reportingOrg ? "explicit" : void 0,
        ...sourceAttrs(fw.source)
      },
      [
        textEl("iati-identifier", fid),
        reporting,
        textBlock("title", fw.name),
        descriptionOf(fw.description, fw.name),
        ...fw.parties.map((p) => partyOrg(p)),
        el("activity-status", { code: statusCode }),
        startDate,
        ...fw.areas.map(areaTag),
        ...objectives.map((o) => el("related-activity", { ref: oid(o), type: "2" })),
        ...fw.notes.map((n) => textEl("cg:note", n)),
        ...fw.exchangeRates.map(
          (r) => el("cg:exchange-rate", {
            from: r.from,
            to: r.to,
            rate: r.rate,
            date: r.date,
            ...sourceAttrs(r.source, "source-")
          })
        ),
        ...fw.linkages.map(
          (l) => el(
            "cg:linkage",
            {
              id: l.id,
              party: l.party,
              counterparty: l.counterparty,
              scenario: l.package.scenario,
              rationale: l.rationale,
              ...sourceAttrs(l.source, "source-")
            },
            [
              textEl("cg:commits", l.commits),
              textEl("cg:in-exchange-for", l.inExchangeFor),
              ...l.package.issues.map((i) => el("cg:issue", { id: i, option: l.package.options[i] })),
              ...l.objectives.map((o) => el("cg:objective", { ref: o }))
            ]
          )
        )
      ]
    )
  );
  for (const o of objectives) {
    const area2 = areaOf.get(o.id);
    const owners = o.ownerParties.map((p) => party.get(p));
    activities.push(
      el(
        "iati-activity",
        { "xml:lang": "en", hierarchy: "2", "cg:objective": o.id, "cg:area": area2.id, ...sourceAttrs(o.source) },
        [
          textEl("iati-identifier", oid(o)),
          reporting,
          textBlock("title", o.title),
          descriptionOf(o.description, o.title),
          ...owners.length ? owners.map((p) => partyOrg(p)) : [placeholderOrg()],
          el("activity-status", { code: statusCode }),
          startDate,
          areaTag(area2),
          ...o.linkedIssues.map((i) => el("tag", { vocabulary: "99", code: i, "cg:kind": "issue" })),
          el("related-activity", { ref: fid, type: "1" }),
          ...fw.actions.filter((a) => a.objective === o.id).map((a) => el("related-activity", { ref: aid(a), type: "2" })),
          ...o.results.map(
            (r) => el("result", { type: RESULT_TYPE_CODE[r.type], "cg:id": r.id }, [
              textBlock("title", r.title),
              r.description !== void 0 ? textBlock("description", r.description) : void 0,
              ...r.indicators.length ? r.indicators.map(indicatorEl) : [
                el("indicator", { measure: "5", "cg:placeholder": "true" }, [
                  textBlock("title", "No indicator defined")
                ])
              ]
            ])
          )
        ]
      )
    );
  }
  const dateTypes = [
    ["plannedStart", "1"],
    ["actualStart", "2"],
    ["plannedEnd", "3"],
    ["actualEnd", "4"]
  ];
  for (const a of fw.actions) {
    const objective2 = objectives.find((o) => o.id === a.objective);
    activities.push(
      el(
        "iati-activity",
        { "xml:lang": "en", hierarchy: "3", "cg:action": a.id, "cg:joint": a.joint, ...sourceAttrs(a.source) },
        [
          textEl("iati-identifier", aid(a)),
          reporting,
          textBlock("title", a.title),
          descriptionOf(a.description, a.title),
          ...a.actors.length ? a.actors.map(
            (x) => el("participating-org", { role: ROLE_CODE[x.role], type: "10", "cg:party": x.party }, [
              narrative(x.agency)
            ])
          ) : [placeholderOrg()],
          el("activity-status", { code: STATUS_CODE[a.status] }),
          ...dateTypes.filter(([k]) => a.dates[k]).map(([k, type]) => el("activity-date", { "iso-date": a.dates[k], type })),
          ...a.budgets.map(
            (b) => el(
              "budget",
              {
                type: "1",
                status: b.status === "committed" ? "2" : "1",
                "cg:party": b.party,
                "cg:basis": b.basis,
                "cg:period": b.period,
                "cg:rationale": b.rationale,
                "cg:note": b.note,
                ...sourceAttrs(b.source)
              },
              [
                el("period-start", { "iso-date": b.periodStart }),
                el("period-end", { "iso-date": b.periodEnd }),
                textEl("value", decimal(b.amount), { currency: b.currency, "value-date": b.valueDate })
              ]
            )
          ),
          ...a.disbursements.map(
            (d) => el("transaction", { ...sourceAttrs(d.source) }, [
              el("transaction-type", { code: "3" }),
              el("transaction-date", { "iso-date": d.date }),
              textEl("value", decimal(d.amount), { currency: d.currency, "value-date": d.valueDate }),
              d.note !== void 0 ? textBlock("description", d.note) : void 0,
              el("provider-org", { type: "10", "cg:party": d.party }, [narrative(party.get(d.party)?.name ?? d.party)])
            ])
          ),
          el("related-activity", { ref: oid(objective2), type: "1" })
        ]
      )
    );
  }
  const root = el("iati-activities", { version: "2.03", "xmlns:cg": NS }, activities);
  return {
    xml: serialize(root, {
      comment: `Framework "${fw.id}" exported by Common Ground. Extension namespace ${NS} carries what IATI 2.03 has no element for.`
    }),
    activities: activities.length
  };
}

// src/interop/xml-unclosed.ts
function describeUnclosed(text2, validatorMessage) {
  const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(validatorMessage);
  if (!open) return void 0;
  let tags;
  try {
    tags = JSON.parse(open[1]);
  } catch {
    return void 0;
  }
  if (!Array.isArray(tags) || tags.length === 0) return void 0;
  const lines = text2.split("\n");
  return {
    message: `the file ends before ${tags.map((t) => `<${String(t)}>`).join(", ")} ${tags.length === 1 ? "is" : "are"} closed (truncated?)`,
    expected: tags.map((t) => `</${String(t)}>`).reverse().join(""),
    line: lines.length,
    column: lines[lines.length - 1].length + 1
  };
}

// src/interop/iati/read.ts
function narr(node, lang) {
  const list = node?.narrative ?? [];
  if (!list.length) return void 0;
  const pick = list.find((n) => (n["@_xml:lang"] ?? lang ?? "").toLowerCase() === "en") ?? list.find((n) => !n["@_xml:lang"]) ?? list[0];
  const t = typeof pick === "string" ? pick : pick["#text"] ?? "";
  return String(t);
}
var slug = (s) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9_.-]+/g, "-").replace(/^[^a-z0-9]+/, "").replace(/-+$/, "").slice(0, 80) || "x";
var num = (v) => {
  if (v === void 0 || v === null) return void 0;
  const s = String(v).trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return void 0;
  return Number(s);
};
function textOf(v) {
  if (v === void 0 || v === null) return "";
  if (typeof v === "object") return String(v["#text"] ?? "");
  return String(v);
}

// src/interop/iati/import-foreign.ts
var MEASURE_OF = invert(MEASURE_CODE);
var RESULT_OF = invert(RESULT_TYPE_CODE);
var ROLE_OF = invert(ROLE_CODE);
var STATUS_OF = invert(STATUS_CODE);
var FRAMEWORK_STATUS_OF = {
  "1": "proposed",
  "2": "published",
  "3": "published",
  "4": "published",
  "5": "superseded",
  "6": "published"
};
var HANDLED = /* @__PURE__ */ new Set([
  "iati-identifier",
  "reporting-org",
  "title",
  "description",
  "participating-org",
  "activity-status",
  "activity-date",
  "budget",
  "transaction",
  "result"
]);
function readForeign(activities, opts) {
  const ignored = /* @__PURE__ */ new Map();
  const warnings = [];
  const ignore = (what, n = 1) => ignored.set(what, (ignored.get(what) ?? 0) + n);
  const parties = /* @__PURE__ */ new Map();
  const partyOf = (o, lang) => {
    if (!o) return void 0;
    const name = narr(o, lang)?.trim();
    const ref = o["@_ref"];
    if (!ref && !name) return void 0;
    const id2 = slug(ref || name);
    if (!parties.has(id2)) parties.set(id2, { id: id2, name: name || ref });
    return id2;
  };
  const area2 = { id: "iati", name: "Imported IATI activities", objectives: [] };
  const actions = [];
  const usedIds = /* @__PURE__ */ new Set();
  const uniq = (base) => {
    let id2 = base, k = 2;
    while (usedIds.has(id2)) id2 = `${base}-${k++}`;
    usedIds.add(id2);
    return id2;
  };
  for (const act of activities) {
    const lang = act["@_xml:lang"];
    const iatiId = textOf(act["iati-identifier"]).trim();
    const reportingName = narr(act["reporting-org"], lang) ?? act["reporting-org"]?.["@_ref"] ?? "unknown publisher";
    const source = { title: `IATI activity ${iatiId} (published by ${reportingName})` };
    const title = narr(act.title?.[0], lang) ?? iatiId;
    const oid = uniq(slug(iatiId));
    for (const k of Object.keys(act)) {
      if (k.startsWith("@_") || k === "#text" || HANDLED.has(k)) continue;
      ignore(k, Array.isArray(act[k]) ? act[k].length : 1);
    }
    const orgs = act["participating-org"] ?? [];
    const actors = [];
    for (const o of orgs) {
      const party = partyOf(o, lang);
      const role = ROLE_OF[o["@_role"]];
      if (!party || !role) {
        ignore(`participating-org (role ${o["@_role"]})`);
        continue;
      }
      if (!actors.some((x) => x.party === party && x.role === role))
        actors.push({ agency: narr(o, lang) ?? o["@_ref"], party, role });
    }
    const reportingParty = () => partyOf(act["reporting-org"], lang);
    const owners = [...new Set(actors.filter((x) => x.role === "accountable").map((x) => x.party))];
    const currency2 = act["@_default-currency"];
    const results = (act.result ?? []).map((r, ri) => {
      const rid = `${oid}-r${ri + 1}`;
      const type = RESULT_OF[r["@_type"]];
      if (!type)
        warnings.push(
          `${iatiId}: result ${ri + 1} has type ${r["@_type"]} (not output/outcome/impact); read as outcome`
        );
      return clean({
        id: rid,
        type: type ?? "outcome",
        title: narr(r.title?.[0], lang) ?? `Result ${ri + 1}`,
        description: r.description ? narr(r.description[0], lang) : void 0,
        indicators: (r.indicator ?? []).map(
          (i, ii) => readForeignIndicator(i, `${rid}-i${ii + 1}`, lang, source, ignore, warnings, iatiId)
        )
      });
    });
    const unplaced = results.flatMap((r) => r.indicators).filter(baselineCoversTargets);
    if (unplaced.length) {
      const years = [...new Set(unplaced.map((x) => x.baseline.period))].join(", ");
      warnings.push(
        `${iatiId}: ${unplaced.length} indicator(s) have a baseline given only as a year (${years}), read as that whole calendar year, and no target period ending after it, so progress cannot place them (no_data); a baseline/@iso-date in the file would date it`
      );
    }
    for (const r of act.result ?? []) {
      if (r.reference) ignore("result/reference", r.reference.length);
      if (r["document-link"]) ignore("result/document-link", r["document-link"].length);
    }
    area2.objectives.push(
      clean({
        id: oid,
        title,
        description: act.description ? narr(act.description[0], lang) : void 0,
        ownerParties: owners,
        linkedIssues: [],
        source,
        results
      })
    );
    const dates = {};
    const keyOf = {
      "1": "plannedStart",
      "2": "actualStart",
      "3": "plannedEnd",
      "4": "actualEnd"
    };
    for (const d of act["activity-date"] ?? [])
      if (keyOf[d["@_type"]] && isIsoDate(d["@_iso-date"])) dates[keyOf[d["@_type"]]] = d["@_iso-date"];
    const budgetParty = actors.find((x) => x.role === "funding")?.party ?? actors[0]?.party ?? reportingParty();
    const budgets = [];
    for (const b of act.budget ?? []) {
      const amount = num(textOf(b.value));
      const cur = b.value?.["@_currency"] ?? currency2;
      const start = b["period-start"]?.["@_iso-date"], end = b["period-end"]?.["@_iso-date"];
      if (amount === void 0 || !cur || !budgetParty || !isIsoDate(start) || !isIsoDate(end)) {
        warnings.push(`${iatiId}: a budget without amount, currency, dates or party was skipped`);
        continue;
      }
      budgets.push({
        status: b["@_status"] === "2" ? "committed" : "indicative",
        amount,
        currency: cur,
        party: budgetParty,
        periodStart: start,
        periodEnd: end,
        valueDate: b.value["@_value-date"] ?? start,
        basis: "allocation",
        source
      });
    }
    const disbursements = [];
    for (const t of act.transaction ?? []) {
      const code = t["transaction-type"]?.["@_code"];
      if (code !== "3" && code !== "4") {
        ignore(`transaction (type ${code})`);
        continue;
      }
      const amount = num(textOf(t.value));
      const cur = t.value?.["@_currency"] ?? currency2;
      const date = t["transaction-date"]?.["@_iso-date"];
      const party = partyOf(t["provider-org"], lang) ?? reportingParty();
      if (amount === void 0 || !cur || !isIsoDate(date) || !party) {
        warnings.push(`${iatiId}: a transaction without amount, currency, date or provider was skipped`);
        continue;
      }
      disbursements.push(
        clean({
          amount,
          currency: cur,
          party,
          date,
          valueDate: t.value["@_value-date"] ?? date,
          source,
          note: [
            code === "4" ? "IATI transaction type 4 (Expenditure)" : void 0,
            t.description ? narr(t.description[0], lang) : void 0
          ].filter(Boolean).join(": ") || void 0
        })
      );
    }
    if (!dates.plannedStart && !dates.actualStart) {
      const first2 = [...act["activity-date"] ?? []].map((d) => d["@_iso-date"]).filter(isIsoDate).sort()[0];
      if (first2) dates.plannedStart = first2;
    }
    if (!dates.plannedStart && !dates.actualStart) {
      warnings.push(`${iatiId}: no start date, so no action was created for it`);
      continue;
    }
    const status = STATUS_OF[act["activity-status"]?.["@_code"]] ?? "implementation";
    const distinct = new Set(actors.map((x) => x.party));
    actions.push({
      id: `${oid}-action`,
      objective: oid,
      title,
      joint: distinct.size >= 2,
      status,
      dates,
      actors,
      budgets,
      disbursements,
      source
    });
  }
  const first = activities[0];
  const firstId = textOf(first["iati-identifier"]).trim();
  const starts = actions.map((a) => a.dates.actualStart ?? a.dates.plannedStart).sort();
  const fw = clean({
    id: opts.id ?? slug(firstId),
    name: activities.length === 1 ? narr(first.title?.[0], first["@_xml:lang"]) ?? firstId : `Imported IATI activities (${activities.length})`,
    description: `Imported from IATI activity XML${opts.file ? ` (${opts.file})` : ""}: ${activities.map((a) => textOf(a["iati-identifier"]).trim()).join(", ")}.`,
    status: FRAMEWORK_STATUS_OF[first["activity-status"]?.["@_code"]] ?? "published",
    startDate: starts[0],
    startDateIsPlanned: false,
    parties: [...parties.values()],
    notes: [
      `Reporting organisation(s): ${[...new Set(activities.map((a) => `${narr(a["reporting-org"], a["@_xml:lang"]) ?? ""} (${a["reporting-org"]?.["@_ref"] ?? "no ref"})`))].join("; ")}`
    ],
    exchangeRates: [],
    areas: [area2],
    actions,
    linkages: []
  });
  if (!fw.parties.length) fw.parties.push({ id: "unknown", name: "Unknown organisation" });
  return {
    framework: fw,
    ignored: [...ignored].map(([element, count]) => ({ element, count })).sort((a, b) => a.element.localeCompare(b.element)),
    warnings
  };
}
function baselineCoversTargets(ind) {
  if (!ind.baseline || !/^\d{4}$/.test(ind.baseline.period) || ind.targets.length === 0) return false;
  const end = parsePeriod(ind.baseline.period).end;
  return ind.targets.every((t) => (parsePeriod(t.period)?.end ?? "") <= end);
}
function readForeignIndicator(i, id2, lang, source, ignore, warnings, iatiId) {
  const measure = MEASURE_OF[i["@_measure"]] ?? "unit";
  if (i.reference) ignore("indicator/reference", i.reference.length);
  if (i["document-link"]) ignore("indicator/document-link", i["document-link"].length);
  let baseline2;
  for (const b of i.baseline ?? []) {
    const value = num(b["@_value"]);
    const year = String(b["@_year"] ?? "").trim();
    if (value === void 0 || !/^\d{4}$/.test(year)) {
      warnings.push(`${iatiId}: ${id2} has a baseline without a numeric value or year; skipped`);
      continue;
    }
    if (baseline2) {
      ignore("indicator/baseline (additional, disaggregated)");
      continue;
    }
    const comment = b.comment ? narr(b.comment[0], lang) : void 0;
    const iso = b["@_iso-date"];
    const period = isIsoDate(iso) && iso.slice(0, 4) === year ? iso : year;
    baseline2 = clean({
      period,
      value,
      source,
      quality: "unknown",
      qualifier: "exact",
      note: comment
    });
    if (b.location || b.dimension) ignore("indicator/baseline/location or dimension");
  }
  const targets = [];
  const actuals = [];
  for (const p of i.period ?? []) {
    const start = p["period-start"]?.["@_iso-date"], end = p["period-end"]?.["@_iso-date"];
    if (!isIsoDate(start) || !isIsoDate(end) || end < start) {
      warnings.push(`${iatiId}: ${id2} has a period without valid dates; skipped`);
      continue;
    }
    const derived = periodFromDates(start, end);
    const label = derived.placeable ? derived.label : `${start}/${end}`;
    const firstNumeric = (list, what) => {
      const numeric = (list ?? []).filter((x) => num(x["@_value"]) !== void 0);
      if (numeric.length > 1) ignore(`indicator/period/${what} (additional, disaggregated)`, numeric.length - 1);
      if ((list ?? []).length > numeric.length)
        ignore(`indicator/period/${what} (no numeric value)`, (list ?? []).length - numeric.length);
      return numeric[0];
    };
    for (const x of [...p.target ?? [], ...p.actual ?? []])
      if (x.location || x.dimension) ignore("indicator/period/target or actual location or dimension");
    const t = firstNumeric(p.target, "target");
    if (t && !targets.some((x) => x.period === label))
      targets.push(
        clean({
          period: label,
          value: num(t["@_value"]),
          proposed: false,
          rationale: t.comment ? narr(t.comment[0], lang) : void 0,
          source
        })
      );
    const a = firstNumeric(p.actual, "actual");
    if (a && !actuals.some((x) => x.period === label))
      actuals.push(
        clean({
          period: label,
          value: num(a["@_value"]),
          source,
          quality: "unknown",
          qualifier: "exact",
          note: a.comment ? narr(a.comment[0], lang) : void 0
        })
      );
  }
  return clean({
    id: id2,
    name: narr(i.title?.[0], lang) ?? id2,
    description: i.description ? narr(i.description[0], lang) : void 0,
    unit: UNIT_FOR_MEASURE[measure],
    measure,
    higherIsBetter: i["@_ascending"] !== "0" && i["@_ascending"] !== "false",
    baseline: baseline2,
    targets,
    actuals
  });
}

// src/interop/iati/import-ours.ts
var MEASURE_OF2 = invert(MEASURE_CODE);
var RESULT_OF2 = invert(RESULT_TYPE_CODE);
var ROLE_OF2 = invert(ROLE_CODE);
var STATUS_OF2 = invert(STATUS_CODE);
function readOurs(activities, P) {
  const A = (n, name) => n?.[`@_${P}:${name}`];
  const kids = (n, name) => n[`${P}:${name}`] ?? [];
  const src = (n, pre = "source-") => A(n, `${pre}title`) !== void 0 ? clean({ title: A(n, `${pre}title`), url: A(n, `${pre}url`), note: A(n, `${pre}note`) }) : void 0;
  const srcPlain = (n) => n?.["@_source-title"] !== void 0 ? clean({ title: n["@_source-title"], url: n["@_source-url"], note: n["@_source-note"] }) : void 0;
  const desc = (a) => {
    const d = (a.description ?? []).find((x) => x["@_type"] === "1") ?? a.description?.[0];
    return A(d, "generated") === "true" ? void 0 : narr(d);
  };
  const fwA = activities.find((a) => A(a, "framework") !== void 0);
  const parties = (fwA["participating-org"] ?? []).map((o) => ({ id: A(o, "party"), name: narr(o) }));
  const areas = (fwA.tag ?? []).filter((t) => A(t, "kind") === "area").map(
    (t) => clean({
      id: t["@_code"],
      name: narr(t),
      description: A(t, "description"),
      source: src(t),
      objectives: []
    })
  );
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const date = (fwA["activity-date"] ?? [])[0];
  const reportingOrg = fwA["reporting-org"];
  const fw = clean({
    id: A(fwA, "framework"),
    name: narr(fwA.title?.[0]),
    description: desc(fwA),
    status: A(fwA, "status"),
    startDate: date?.["@_iso-date"],
    startDateIsPlanned: date?.["@_type"] === "1",
    scenario: A(fwA, "scenario"),
    source: src(fwA),
    reportingOrg: A(fwA, "reporting-org") === "explicit" ? { ref: reportingOrg["@_ref"], name: narr(reportingOrg), type: reportingOrg["@_type"] } : void 0,
    parties,
    notes: kids(fwA, "note").map(textOf),
    exchangeRates: kids(fwA, "exchange-rate").map((e) => ({
      from: e["@_from"],
      to: e["@_to"],
      rate: Number(e["@_rate"]),
      date: e["@_date"],
      source: srcPlain(e)
    })),
    areas,
    actions: [],
    linkages: kids(fwA, "linkage").map((l) => {
      const issues = kids(l, "issue");
      const text2 = (name) => textOf(kids(l, name)[0]);
      return clean({
        id: l["@_id"],
        party: l["@_party"],
        commits: text2("commits"),
        counterparty: l["@_counterparty"],
        inExchangeFor: text2("in-exchange-for"),
        package: {
          scenario: l["@_scenario"],
          issues: issues.map((i) => i["@_id"]),
          options: Object.fromEntries(
            issues.filter((i) => i["@_option"] !== void 0).map((i) => [i["@_id"], i["@_option"]])
          )
        },
        objectives: kids(l, "objective").map((o) => o["@_ref"]),
        rationale: l["@_rationale"],
        source: srcPlain(l)
      });
    })
  });
  for (const oa of activities.filter((a) => A(a, "objective") !== void 0)) {
    const owners = (oa["participating-org"] ?? []).filter((o) => A(o, "placeholder") !== "true").map((o) => A(o, "party"));
    const objective2 = clean({
      id: A(oa, "objective"),
      title: narr(oa.title?.[0]),
      description: desc(oa),
      ownerParties: owners,
      linkedIssues: (oa.tag ?? []).filter((t) => A(t, "kind") === "issue").map((t) => t["@_code"]),
      source: src(oa),
      results: (oa.result ?? []).map(
        (r) => clean({
          id: A(r, "id"),
          type: RESULT_OF2[r["@_type"]],
          title: narr(r.title?.[0]),
          description: r.description ? narr(r.description[0]) : void 0,
          indicators: (r.indicator ?? []).filter((i) => A(i, "placeholder") !== "true").map((i) => readOurIndicator(i, A, kids, src, srcPlain))
        })
      )
    });
    areaById.get(A(oa, "area")).objectives.push(objective2);
  }
  for (const aa of activities.filter((a) => A(a, "action") !== void 0)) {
    const parent = (aa["related-activity"] ?? []).find((x) => x["@_type"] === "1");
    const objectiveId = activities.find((a) => textOf(a["iati-identifier"]) === parent?.["@_ref"]);
    const dates = {};
    const keyOf = {
      "1": "plannedStart",
      "2": "actualStart",
      "3": "plannedEnd",
      "4": "actualEnd"
    };
    for (const d of aa["activity-date"] ?? []) dates[keyOf[d["@_type"]]] = d["@_iso-date"];
    fw.actions.push(
      clean({
        id: A(aa, "action"),
        objective: A(objectiveId, "objective"),
        title: narr(aa.title?.[0]),
        description: desc(aa),
        joint: A(aa, "joint") === "true",
        status: STATUS_OF2[aa["activity-status"]?.["@_code"]],
        dates,
        actors: (aa["participating-org"] ?? []).filter((o) => A(o, "placeholder") !== "true").map((o) => ({ agency: narr(o), party: A(o, "party"), role: ROLE_OF2[o["@_role"]] })),
        budgets: (aa.budget ?? []).map(
          (b) => clean({
            status: b["@_status"] === "2" ? "committed" : "indicative",
            amount: Number(textOf(b.value)),
            currency: b.value["@_currency"],
            party: A(b, "party"),
            period: A(b, "period"),
            periodStart: b["period-start"]["@_iso-date"],
            periodEnd: b["period-end"]["@_iso-date"],
            valueDate: b.value["@_value-date"],
            basis: A(b, "basis"),
            source: src(b),
            rationale: A(b, "rationale"),
            note: A(b, "note")
          })
        ),
        disbursements: (aa.transaction ?? []).map(
          (t) => clean({
            amount: Number(textOf(t.value)),
            currency: t.value["@_currency"],
            party: A(t["provider-org"], "party"),
            date: t["transaction-date"]["@_iso-date"],
            valueDate: t.value["@_value-date"],
            source: src(t),
            note: t.description ? narr(t.description[0]) : void 0
          })
        ),
        source: src(aa)
      })
    );
  }
  return { framework: fw, ignored: [], warnings: [] };
}
function readOurIndicator(i, A, kids, src, srcPlain) {
  const ref = (i.reference ?? []).find((x) => A(x, "country") !== void 0);
  const b = i.baseline?.[0];
  const targets = [];
  const actuals = [];
  for (const p of i.period ?? []) {
    const label = A(p, "period");
    for (const t of p.target ?? []) {
      const meta = kids(t, "target")[0];
      targets.push(
        clean({
          period: label,
          value: Number(t["@_value"]),
          proposed: meta?.["@_proposed"] === "true",
          rationale: t.comment ? narr(t.comment[0]) : void 0,
          source: srcPlain(meta)
        })
      );
    }
    for (const a of p.actual ?? []) {
      const meta = kids(a, "actual")[0];
      actuals.push(
        clean({
          period: label,
          value: Number(a["@_value"]),
          source: srcPlain(meta),
          quality: meta["@_quality"],
          qualifier: meta["@_qualifier"],
          note: a.comment ? narr(a.comment[0]) : void 0
        })
      );
    }
  }
  for (const a of kids(i, "actual")) {
    actuals.push(
      clean({
        period: a["@_period"],
        value: Number(a["@_value"]),
        source: srcPlain(a),
        quality: a["@_quality"],
        qualifier: a["@_qualifier"],
        note: a["@_note"]
      })
    );
  }
  return clean({
    id: A(i, "id"),
    name: narr(i.title?.[0]),
    description: i.description ? narr(i.description[0]) : void 0,
    unit: A(i, "unit"),
    measure: MEASURE_OF2[i["@_measure"]],
    higherIsBetter: i["@_ascending"] !== "0" && i["@_ascending"] !== "false",
    dataset: ref ? { indicatorId: ref["@_code"], country: A(ref, "country") } : void 0,
    baseline: b ? clean({
      period: A(b, "period"),
      value: Number(b["@_value"]),
      source: src(b),
      quality: A(b, "quality"),
      qualifier: A(b, "qualifier"),
      note: b.comment ? narr(b.comment[0]) : void 0
    }) : void 0,
    targets,
    actuals
  });
}

// src/interop/iati/import.ts
var ARRAYS = /* @__PURE__ */ new Set([
  "iati-activity",
  "narrative",
  "participating-org",
  "activity-date",
  "description",
  "budget",
  "transaction",
  "related-activity",
  "result",
  "indicator",
  "baseline",
  "period",
  "target",
  "actual",
  "tag",
  "reference",
  "document-link",
  "comment",
  "title"
]);
function parseIatiXml(xml, file) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const unclosed = describeUnclosed(xml, valid.err.msg);
    throw new CgError({
      code: "xml_syntax",
      path: [],
      message: valid.err.msg,
      line: valid.err.line,
      column: valid.err.col,
      ...unclosed,
      ...file ? { file } : {}
    });
  }
  const parser2 = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && (ARRAYS.has(name) || name.includes(":"))
  });
  return parser2.parse(xml);
}
function iatiToFramework(xml, opts = {}) {
  const doc = parseIatiXml(xml, opts.file);
  const root = doc["iati-activities"];
  if (!root)
    throw new CgError({
      code: "not_iati",
      path: [],
      message: "the root element is not <iati-activities>",
      ...opts.file ? { file: opts.file } : {}
    });
  const activities = root["iati-activity"] ?? [];
  if (!activities.length)
    throw new CgError({
      code: "not_iati",
      path: ["iati-activities"],
      message: "no <iati-activity> in the file",
      ...opts.file ? { file: opts.file } : {}
    });
  const prefix = Object.entries(root).find(([k, v]) => k.startsWith("@_xmlns:") && v === NS)?.[0].slice("@_xmlns:".length);
  const ours = prefix ? activities.find((a) => a[`@_${prefix}:framework`] !== void 0) : void 0;
  const missing = activities.flatMap((a, k) => textOf(a["iati-identifier"]).trim() ? [] : [k]);
  if (missing.length) {
    throw new CgError(
      missing.map((k) => ({
        code: "missing_identifier",
        path: ["iati-activities", "iati-activity", k, "iati-identifier"],
        message: `activity ${k + 1} has no <iati-identifier> (required by IATI 2.03)`,
        ...opts.file ? { file: opts.file } : {}
      }))
    );
  }
  const r = ours ? readOurs(activities, prefix) : readForeign(activities, opts);
  if (opts.id) r.framework.id = opts.id;
  r.framework = validateFramework(r.framework, opts.file ?? "IATI import");
  return r;
}

export {
  parseXml2 as parseXml,
  REAL_STEPS,
  parseGeniusDomain,
  parseGeniusProfile,
  importGenius,
  walkIndicators,
  actionStart,
  countFramework,
  parsePeriod,
  clean,
  locate,
  parseYamlText,
  parseFrameworkText,
  validateFramework,
  auditFramework,
  budgetReport,
  jointShare,
  indicatorProgress,
  summarize,
  checkScenarioLinks,
  parseCsv,
  parseIndicatorsCsv,
  observationToActual,
  stringifyIndicatorsCsv,
  planAttach,
  frameworkToIati,
  iatiToFramework
};
