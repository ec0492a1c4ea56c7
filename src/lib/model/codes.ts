/**
 * The catalogue of error codes a dataset can raise. Codes are stable: tools and tests match on them, so a
 * code is never renamed or reused; each has a hint that tells the author what to do.
 */
export const CODES = {
  'file-unreadable': { hint: 'check the path and permissions' },
  'file-too-large': { hint: 'split the dataset or raise the limit deliberately' },
  'encoding-utf16': { hint: 'save the file as UTF-8' },
  'encoding-invalid-utf8': { hint: 'the bytes at this offset are not UTF-8; re-save the file as UTF-8' },
  'json-syntax': { hint: 'fix the JSON at this position' },
  'json-trailing-content': { hint: 'a file holds exactly one JSON document' },
  'json-too-deep': { hint: 'a dataset nests a few levels only; flatten the structure' },
  'json-duplicate-key': { hint: 'remove one of the two members with this name' },
  'json-forbidden-key': { hint: 'keys such as __proto__ and constructor are never field names' },
  'document-shape': {
    hint: 'give a dataset object {sources, actors, places, events} or a collection file named after its collection',
  },
  'wrong-type': { hint: 'give the value the type the schema declares' },
  'missing-field': { hint: 'add the field' },
  'unknown-field': { hint: 'remove the field or correct its name' },
  'invalid-value': { hint: 'use one of the values the schema lists' },
  'subtype-mismatch': { hint: 'pick a subtype from the list for this event type' },
  'id-syntax': { hint: 'ids are lowercase ASCII words joined by single hyphens' },
  'id-invisible-character': { hint: 'remove the invisible or direction-changing character from the id' },
  'id-duplicate': { hint: 'give each record its own id' },
  'id-confusable': { hint: 'two ids differ only in characters a reader cannot see; rename one' },
  'records-unsorted': { hint: 'keep records sorted by id so that diffs stay readable' },
  'text-blank': { hint: 'write visible text' },
  'text-too-long': { hint: 'shorten the text' },
  'text-control-character': { hint: 'remove the control character' },
  'text-lone-surrogate': { hint: 'the string holds half of a UTF-16 surrogate pair; retype the character' },
  'text-bidi-control': { hint: 'remove direction-changing characters from names' },
  'text-invisible-character': { hint: 'remove zero-width characters from names' },
  'wikidata-syntax': { hint: 'a Wikidata id looks like Q159' },
  'coordinate-out-of-range': { hint: 'latitude is -90..90 and longitude -180..180 (WGS84 degrees)' },
  'figure-negative': { hint: 'counts are zero or more' },
  'source-file-syntax': { hint: 'name the article as seeds/<file>.txt' },
  'source-file-missing': { hint: 'the article file named by the source cannot be read' },
  'source-body-invalid': { hint: 'body.start and body.end must lie within the file, start before end' },
  'date-syntax': { hint: 'write an EDTF date such as 2017-05-25, 2017-05, 2017-05-29/2017-05-30 or 2017-05-21~' },
  'date-impossible': { hint: 'the calendar has no such day or month' },
  'date-interval-reversed': { hint: 'an interval starts before it ends' },
  'date-unbounded': { hint: 'give both ends of the interval' },
  'date-resolution-mismatch': { hint: 'start and end must be the first and last day the EDTF value allows' },
  'date-basis-not-in-source': { hint: "dateBasis.words must be the article's exact words" },
  'reference-dangling': { hint: 'refer to an id that exists in the dataset' },
  'member-of-cycle': { hint: 'memberOf must form a hierarchy; break the cycle' },
  'member-of-self': { hint: 'an actor cannot be a member of itself' },
  'relation-self': { hint: 'an event cannot relate to itself' },
  'accusation-incomplete': { hint: 'an accusation or denial names at least one agent and one target' },
  'attribution-missing': { hint: 'name whose account the event is' },
  'evidence-missing': { hint: 'cite at least one passage of an article' },
  'offset-out-of-range': { hint: 'offsets are JavaScript string indices within the file' },
  'offset-splits-character': { hint: 'an offset falls inside a surrogate pair; move it to a character boundary' },
  'quote-untrimmed': { hint: 'start and end the quote on visible characters' },
  'quote-mismatch': { hint: 'the quote is not at its offsets; copy the exact words and recompute start and end' },
  'quote-not-found': { hint: 'the quote is not in the article; copy it from the article exactly' },
  'quote-ambiguous': {
    hint: 'the quote occurs more than once; add a prefix or suffix that tells the occurrences apart',
  },
  'quote-context-mismatch': { hint: 'the prefix or suffix is not the text next to the quote' },
  'quote-outside-body': { hint: 'quote the article, not the page furniture around it' },
  // Importing CSV: reading the table (src/lib/import/csv-reader.ts).
  'csv-empty': { hint: 'the first line of a CSV file names the columns; the file has none' },
  'csv-unterminated-quote': {
    hint: 'the quoted cell that opens here is never closed; add the closing " and double any " inside the cell',
  },
  'csv-quote-in-unquoted-cell': {
    hint: 'a " may only appear in a cell quoted as a whole: write "…" around the cell and double the inner "',
  },
  'csv-text-after-quote': { hint: 'a closing " must be followed by the delimiter or the end of the line' },
  'csv-bare-carriage-return': { hint: 'end lines with \\r\\n or \\n; a carriage return alone is not a line break' },
  'csv-row-length': { hint: 'give every row as many cells as the header has names' },
  'csv-header-empty': { hint: 'name every column in the first line' },
  'csv-header-duplicate': { hint: 'give each column its own name; the importer never renames a column' },
  'csv-header-forbidden': { hint: 'names such as __proto__ and constructor cannot name a column; rename it' },
  'csv-mixed-line-endings': {
    hint: 'the file mixes \\r\\n and \\n line endings; re-save it with one kind, or accept mixed endings explicitly',
  },
  'csv-delimiter-mismatch': { hint: 'the header is split by another character; choose that delimiter and read again' },
  // Checking files: a fault of Chronograph's own, not of the files (src/lib/data/request-failure.ts).
  'check-failed': {
    hint: 'Chronograph failed while checking the files, through no fault of theirs, and nothing was changed; try again, and report the message if it happens again',
  },
  // Importing: limits checked before parsing (src/lib/import/limits.ts).
  'import-file-type': { hint: 'choose a dataset (.json), an ACLED-style table (.csv) or an article (.txt)' },
  'import-backup-shape': { hint: 'choose a backup written by "Download backup", or import the dataset file itself' },
  'import-too-many-rows': { hint: 'split the file, or raise the row limit deliberately' },
  'import-string-too-long': {
    hint: 'a cell or string this long is not a dataset value; check the file, or raise the limit',
  },
  // Importing ACLED-style CSV through a column mapping (src/lib/import/acled-*.ts).
  'import-mapping-missing': { hint: 'map a column of the file to this field; every Chronograph event needs it' },
  'import-mapping-unknown-column': {
    hint: "the mapping names a column the file's header does not have; pick a header name",
  },
  'import-cell-empty': { hint: 'fill in the cell; the field is required' },
  'import-cell-json': {
    hint: 'write the cell as strict JSON, as the CSV export does: double-quoted strings, no trailing commas, no comments, each member name once',
  },
  'import-number-syntax': {
    hint: 'write a plain decimal number with ASCII digits, such as 35.95 or 12 (no spaces or thousands separators)',
  },
  'import-actor-unknown': {
    hint: 'write the id or English name of an actor in the dataset; add a new actor to the dataset first, since a CSV cannot give its Arabic name, kind or memberOf',
  },
  'import-actor-ambiguous': { hint: 'the name belongs to more than one actor; write the actor id instead' },
  'import-place-unknown': {
    hint: 'write the id or English name of a place in the dataset; add a new place to the dataset first, since a CSV cannot give its Arabic name or kind',
  },
  'import-place-ambiguous': { hint: 'the name belongs to more than one place; write the place id instead' },
  'import-coordinates-mismatch': {
    hint: 'latitude and longitude must be those of the named place in the dataset, or be left empty',
  },
  'story-view-syntax': { hint: "write the view as the explore screen's URL query, starting with ?" },
  'story-view-invalid': {
    hint: 'use only view settings and ids the dataset has; copy the link from the explore screen',
  },
  'story-empty': { hint: 'a story has at least one step' },
} as const satisfies Record<string, { hint: string }>;

export type Code = keyof typeof CODES;

export function isCode(value: string): value is Code {
  return Object.hasOwn(CODES, value);
}
