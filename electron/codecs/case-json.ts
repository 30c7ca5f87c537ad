/** 1EdTech CASE 1.1 CFPackage JSON: parse (bytes → snapshot + errors) and serialize (snapshot → JSON text). */
export { parseCaseJson } from './case-json-parse';
export { buildCasePackage, serializeCaseJson, type CaseExportOptions } from './case-json-serialize';
