import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openAppDatabase } from '../electron/db/app-db';
import { hashPassword } from '../electron/services/passwords';
import { saveNote } from '../electron/services/notes';
import { cookieNames } from '../electron/web/security';
import { startBridge } from '../electron/web/server';
import { runningBatch } from '../tests/helpers/scoring-world';
import { median, millis, percentile, type Bench, type Figure } from './types';

const SAVES = 1_000;
const WARMUP = 50;
const PASSWORD = 'bench-password-123';

/** One POST over a kept-alive loopback connection; returns the parsed envelope and any cookies. */
function post(
  agent: http.Agent,
  port: number,
  channel: string,
  body: unknown,
  cookie: string,
): Promise<{ envelope: { ok: boolean }; cookies: string[] }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Cookie: cookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            envelope: JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean },
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The text an assessor has typed after `i` autosaves: it grows by a few words each time. */
const typed = (i: number) =>
  `Catatan observasi: ${'peserta menjelaskan langkahnya dengan runtut '.repeat(Math.floor(i / 5) + 1)}${i}`;

/**
 * One note autosave through the HTTP bridge (browser mode), as the renderer does it every half
 * second while the assessor types: login once with cookies, then POST notes.save with the same
 * note id and growing text. The baseline is the same upsert called directly on the service.
 */
export const notesAutosaveBench: Bench = {
  name: 'notes',
  async run(): Promise<Figure[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-bench-notes-'));
    const { db } = openAppDatabase(path.join(dir, 'asesa.db'));
    const w = await runningBatch(db);
    db.prepare('UPDATE user SET password_hash = ? WHERE id = ?').run(
      await hashPassword(PASSWORD),
      w.A1.session.user!.id,
    );
    const bridge = await startBridge({ registry: w.registry, staticDir: dir });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const names = cookieNames(bridge.port);
      let cookie = `${names.token}=${bridge.token}`;
      const login = await post(agent, bridge.port, 'auth.login', { username: 'asesor1', password: PASSWORD }, cookie);
      if (!login.envelope.ok) throw new Error(`login failed: ${JSON.stringify(login.envelope)}`);
      const sid = login.cookies.map((c) => new RegExp(`${names.session}=([^;]+)`).exec(c)?.[1]).find(Boolean);
      cookie += `; ${names.session}=${sid}`;

      const bridgeTimes: number[] = [];
      const noteId = randomUUID();
      for (let i = 0; i < WARMUP + SAVES; i++) {
        const start = process.hrtime.bigint();
        const r = await post(
          agent,
          bridge.port,
          'notes.save',
          { id: noteId, assignmentId: w.asg.p1e1, text: typed(i) },
          cookie,
        );
        const ms = millis(start);
        if (!r.envelope.ok) throw new Error(`notes.save failed: ${JSON.stringify(r.envelope)}`);
        if (i >= WARMUP) bridgeTimes.push(ms);
      }

      const directTimes: number[] = [];
      const directId = randomUUID();
      for (let i = 0; i < WARMUP + SAVES; i++) {
        const start = process.hrtime.bigint();
        saveNote(w.A1, {
          id: directId,
          assignmentId: w.asg.p1e1,
          text: typed(i),
          competency: null,
          indicator: null,
          polarity: null,
        });
        if (i >= WARMUP) directTimes.push(millis(start));
      }

      const med = median(bridgeTimes);
      const base = median(directTimes);
      const note = `${SAVES} saves, text ${typed(WARMUP).length}–${typed(WARMUP + SAVES - 1).length} chars, synchronous=FULL`;
      return [
        {
          name: 'notes.autosave.bridge.median',
          value: med,
          unit: 'ms',
          baseline: base,
          target: { text: '< 15 ms', met: med < 15 },
          note,
        },
        {
          name: 'notes.autosave.bridge.p95',
          value: percentile(bridgeTimes, 95),
          unit: 'ms',
          baseline: percentile(directTimes, 95),
        },
        { name: 'notes.autosave.service.median', value: base, unit: 'ms', note: 'saveNote called directly (baseline)' },
      ];
    } finally {
      agent.destroy();
      await bridge.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
