/** IATI 2.03 activity XML: export of a framework and import back (browser-safe parts). */
export { frameworkToIati, type IatiExport } from './export.ts';
export { iatiToFramework, parseIatiXml, type IatiImport } from './import.ts';
export { NS as IATI_EXTENSION_NS, DEFAULT_REPORTING_ORG } from './codes.ts';
export { decimal, serialize, el, textEl, type XmlElement } from './xml.ts';
