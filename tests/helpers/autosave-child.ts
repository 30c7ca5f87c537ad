/**
 * Child process for the autosave crash test: opens the database like the app does and autosaves
 * notes in a tight loop through the notes service, as an assessor typing. After each save has
 * committed it prints one JSON line {id, text}; the parent kills it at an arbitrary moment.
 * Usage: node --import tsx tests/helpers/autosave-child.ts DBFILE ASSIGNMENT_ID ASSESSOR_ID
 */
import { randomUUID } from 'node:crypto';
import { openAppDatabase } from '../../electron/db/app-db';
import { saveNote } from '../../electron/services/notes';

const [file, assignmentId, assessorId] = process.argv.slice(2) as [string, string, string];
const { db } = openAppDatabase(file);
const ctx = { db, session: { user: { id: assessorId, role: 'assessor' as const }, lastActivity: Date.now() } };
const WORDS = 'Peserta menjelaskan langkah yang diambil saat menghadapi keluhan warga dan melibatkan tim '.split(' ');

for (let note = 0; ; note++) {
  const id = randomUUID();
  let text = `Catatan ${note}:`;
  // Each note grows word by word, like autosaves while typing; then the assessor starts a new one.
  for (let i = 0; i < 40; i++) {
    text += ` ${WORDS[(note + i) % WORDS.length]}`;
    saveNote(ctx, { id, assignmentId, text, competency: null, indicator: null, polarity: null });
    process.stdout.write(`${JSON.stringify({ id, text })}\n`);
  }
}
