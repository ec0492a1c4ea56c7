/**
 * Importing data into Chronograph, DOM-free: limits checked before parsing, a strict CSV reader, ACLED-style
 * CSV through a column mapping, and the atomic plan that swaps datasets only when the import is clean.
 */
export { ACLED_EXPORT_MAPPING, IMPORT_FIELDS, IMPORT_FIELD_NAMES, resolveMapping } from './acled-mapping.ts';
export type { ColumnMapping, ImportField, MappedColumn } from './acled-mapping.ts';
export { importAcledCsv } from './acled-import.ts';
export type { AcledImport, AcledImportOptions } from './acled-import.ts';
export { readCsv } from './csv-reader.ts';
export type { CsvOptions } from './csv-reader.ts';
export type { CsvCell, CsvResult, CsvRow, CsvTable, Delimiter } from './csv-table.ts';
export { datasetChanges } from './dataset-changes.ts';
export type { CollectionChanges, DatasetChanges } from './dataset-changes.ts';
export { formatImportIssue, isError } from './import-issue.ts';
export type { ImportIssue, Severity } from './import-issue.ts';
export { checkFileSize, checkLimits, DEFAULT_LIMITS } from './limits.ts';
export type { ImportFormat, ImportLimits, LimitOptions, LimitResult } from './limits.ts';
export { mappedTexts, readMappedRows } from './mapped-rows.ts';
export type { MappedCell, MappedRow } from './mapped-rows.ts';
export { datasetFile, planImport } from './plan-import.ts';
export type { ImportPlan, IncomingData } from './plan-import.ts';
export type { RejectedRow } from './rejected-rows.ts';
export { undefuseFormula } from './undefuse.ts';
