import type { Migration } from '../migration';

/** Columns every exchangeable row carries (DESIGN.md §3). */
const EXCHANGE = `
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by_office TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT`;

/**
 * Competency dictionary and position standards (issue 3).
 *
 * A framework has numbered versions; each version owns a full copy of its node tree, so a
 * version a batch used (recorded in framework_version_usage, which locks it) never changes.
 * Nodes, standards and requirements refer to competencies by their id number, which is stable
 * across versions. Value lists are written out here (not imported) so this step never changes.
 */
export const m0002Dictionary: Migration = {
  version: 2,
  name: 'dictionary',
  up(db) {
    db.exec(`
      CREATE TABLE framework (
        id TEXT PRIMARY KEY,
        id_number TEXT NOT NULL CHECK (length(id_number) > 0),${EXCHANGE}
      ) STRICT;
      CREATE UNIQUE INDEX framework_id_number_live ON framework (id_number) WHERE deleted_at IS NULL;

      CREATE TABLE framework_version (
        id TEXT PRIMARY KEY,
        framework_id TEXT NOT NULL REFERENCES framework (id),
        number INTEGER NOT NULL CHECK (number >= 1),
        name_id TEXT NOT NULL,
        name_en TEXT NOT NULL,
        description_id TEXT NOT NULL,
        description_en TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        verify_note TEXT,
        scale_values TEXT NOT NULL,
        scale_configuration TEXT NOT NULL,
        taxonomies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(taxonomies)),
        -- Set when a batch first uses the version; a locked version is never edited again.
        locked_at TEXT,
        created_by TEXT REFERENCES user (id),
        -- Why the version exists: 'seed', 'edit', 'import: <file>'.
        origin TEXT NOT NULL DEFAULT '',${EXCHANGE},
        UNIQUE (framework_id, number)
      ) STRICT;

      CREATE TABLE framework_version_usage (
        id TEXT PRIMARY KEY,
        version_id TEXT NOT NULL REFERENCES framework_version (id),
        -- What uses it, e.g. 'batch:<uuid>'.
        used_by TEXT NOT NULL CHECK (length(used_by) > 0),${EXCHANGE}
      ) STRICT;
      CREATE UNIQUE INDEX framework_version_usage_live ON framework_version_usage (version_id, used_by) WHERE deleted_at IS NULL;

      CREATE TABLE framework_node (
        id TEXT PRIMARY KEY,
        version_id TEXT NOT NULL REFERENCES framework_version (id),
        id_number TEXT NOT NULL CHECK (length(id_number) > 0),
        parent_id_number TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('group', 'competency', 'level', 'indicator')),
        competency_type TEXT CHECK (competency_type IS NULL OR competency_type IN ('manajerial', 'sosial-kultural', 'teknis')),
        level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 5),
        name_id TEXT NOT NULL,
        name_en TEXT NOT NULL,
        description_id TEXT NOT NULL,
        description_en TEXT NOT NULL,
        sort_order INTEGER NOT NULL CHECK (sort_order >= 0),
        related TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(related)),
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        moodle_rule TEXT CHECK (moodle_rule IS NULL OR json_valid(moodle_rule)),${EXCHANGE}
      ) STRICT;
      CREATE UNIQUE INDEX framework_node_live ON framework_node (version_id, id_number) WHERE deleted_at IS NULL;
      CREATE INDEX framework_node_parent ON framework_node (version_id, parent_id_number);

      CREATE TABLE position_standard (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        jabatan_group TEXT NOT NULL
          CHECK (jabatan_group IN ('jpt', 'administrasi', 'fungsional-keahlian', 'fungsional-keterampilan')),
        jenjang TEXT NOT NULL CHECK (jenjang IN (
          'jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'pelaksana',
          'ahli-utama', 'ahli-madya', 'ahli-muda', 'ahli-pertama', 'penyelia', 'mahir', 'terampil', 'pemula')),
        unit TEXT NOT NULL DEFAULT '',
        agency TEXT NOT NULL DEFAULT '',
        framework_id TEXT NOT NULL REFERENCES framework (id),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        -- Values still to be checked against the official text (seeded defaults).
        verify INTEGER NOT NULL DEFAULT 0 CHECK (verify IN (0, 1)),
        copied_from TEXT REFERENCES position_standard (id),${EXCHANGE}
      ) STRICT;
      CREATE INDEX position_standard_jenjang ON position_standard (jenjang) WHERE deleted_at IS NULL;

      CREATE TABLE position_standard_requirement (
        id TEXT PRIMARY KEY,
        standard_id TEXT NOT NULL REFERENCES position_standard (id),
        competency_id_number TEXT NOT NULL CHECK (length(competency_id_number) > 0),
        required_level INTEGER NOT NULL CHECK (required_level BETWEEN 1 AND 5),
        weight REAL CHECK (weight IS NULL OR weight >= 0),${EXCHANGE}
      ) STRICT;
      CREATE UNIQUE INDEX position_standard_requirement_live
        ON position_standard_requirement (standard_id, competency_id_number) WHERE deleted_at IS NULL;
    `);
  },
};
