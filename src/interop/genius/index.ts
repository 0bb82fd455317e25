/**
 * Genius XML import (browser-safe part; `folder.node.ts` reads a folder from disk), and the
 * conversion of an imported domain into a scenario document.
 */
export { importGenius, type GeniusFile, type GeniusImportOptions } from './import.ts';
export { geniusDomainToScenario } from './scenario.ts';
export { parseGeniusDomain, REAL_STEPS, type GeniusDomainFile, type GeniusIssue } from './domain-file.ts';
export { parseGeniusProfile, type GeniusProfile } from './profile-file.ts';
export { parseXml, type XmlElement } from './xml.ts';
export { anac2014Files, type Anac2014Spec } from './generate.ts';
