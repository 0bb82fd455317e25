import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  readGeniusFolder,
  readIatiFile,
  readIndicatorsCsv,
  validateIatiXml
} from "./chunk-L4W4D47S.js";
import {
  REAL_STEPS,
  frameworkToIati,
  iatiToFramework,
  importGenius,
  observationToActual,
  parseCsv,
  parseGeniusDomain,
  parseGeniusProfile,
  parseIndicatorsCsv,
  parseXml,
  planAttach,
  stringifyIndicatorsCsv
} from "./chunk-ALJ4VKOA.js";
import "./chunk-TYYTMHJZ.js";
import "./chunk-U4ILYQAA.js";
import "./chunk-TO2OZYOK.js";
import "./chunk-RGWUEVWY.js";
import "./chunk-KZ6JZQI3.js";
export {
  REAL_STEPS,
  frameworkToIati,
  iatiToFramework,
  importGenius,
  observationToActual,
  parseCsv,
  parseGeniusDomain,
  parseGeniusProfile,
  parseIndicatorsCsv,
  parseXml,
  planAttach,
  readGeniusFolder,
  readIatiFile,
  readIndicatorsCsv,
  stringifyIndicatorsCsv,
  validateIatiXml
};
