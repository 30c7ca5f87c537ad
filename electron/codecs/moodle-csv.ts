/** Moodle competency-framework CSV: parse (bytes → snapshot + errors) and serialize (snapshot → text). */
export { parseMoodleCsv } from './moodle-csv-parse';
export { serializeMoodleCsv } from './moodle-csv-serialize';
export { MOODLE_COLUMNS } from './moodle-csv-format';
