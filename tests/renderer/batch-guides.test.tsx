import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput, Envelope } from '../../shared/contract';
import type { BatchDetail } from '../../shared/schemas/batch';
import type { InterviewGuide } from '../../shared/schemas/interview-guide';
import { ASSESSOR, COORDINATOR, GUIDE, work } from './assessor-room-fakes';
import { FRAMEWORK } from './batch-fakes';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/batches/batch-1';
});

type BatchGuide = ChannelOutput<'guides.list'>[number];
const INT: BatchGuide = {
  ...GUIDE,
  probes: {
    ...GUIDE.probes,
    action: [
      { id: 'Apa yang Anda lakukan?', en: 'What did you do?' },
      { id: 'Siapa yang Anda libatkan?', en: 'Whom did you involve?' },
    ],
  },
};
const KS: BatchGuide = {
  ...GUIDE,
  competency: 'KS',
  mainQuestion: {
    id: 'Ceritakan kerja sama lintas unit yang sulit.',
    en: 'Tell me about a hard cross-unit collaboration.',
  },
};

function detail(status: BatchDetail['status'] = 'running'): BatchDetail {
  return {
    id: 'batch-1',
    name: 'Asesmen Administrator 2026',
    purpose: 'pengisian',
    status,
    standardId: 'std-1',
    frameworkVersionId: 'fv-1',
    scoringRuleVersion: 'v1',
    startsOn: '2026-12-01',
    endsOn: '2026-12-01',
    venue: '',
    participantCount: 0,
    team: [],
    participants: [],
    exercises: [],
    assignments: [],
    competencies: [
      { code: 'INT', level: 3 },
      { code: 'KS', level: 3 },
    ],
  };
}

/** A main side that keeps what guides.save was sent, as the service does. */
function world(
  opts: {
    user?: typeof COORDINATOR | typeof ADMIN;
    status?: BatchDetail['status'];
    save?: (guide: InterviewGuide) => Envelope<BatchGuide>;
  } = {},
) {
  const stored = new Map([INT, KS].map((g) => [g.competency, g]));
  const calls = fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: opts.user ?? COORDINATOR }) }),
    'batches.get': () => ({ ok: true, value: detail(opts.status) }),
    'batches.warnings': () => ({ ok: true, value: [] }),
    'auth.logout': () => ({ ok: true, value: { loggedOut: true } }),
    'assessors.list': () => ({ ok: true, value: [] }),
    'frameworks.get': () => ({ ok: true, value: FRAMEWORK }),
    'guides.list': () => ({ ok: true, value: [...stored.values()] }),
    'guides.save': (input) => {
      const { guide, revision } = input as { guide: InterviewGuide; revision: number | null };
      if (opts.save) return opts.save(guide);
      const now = stored.get(guide.competency)!;
      if (now.revision !== revision)
        return { ok: false, error: { code: 'STALE', message: `Sudah diubah orang lain (rev. ${now.revision}).` } };
      const saved = {
        ...guide,
        updatedAt: '2026-12-01T03:00:00.000Z',
        revision: stored.get(guide.competency)!.revision + 1,
      };
      stored.set(guide.competency, saved);
      return { ok: true, value: saved };
    },
  });
  const saves = () =>
    calls
      .filter((c) => c.name === 'guides.save')
      .map((c) => c.input as { batchId: string; guide: InterviewGuide; revision: number | null });
  /** Another coordinator saves this guide meanwhile. */
  const savedElsewhere = (guide: BatchGuide) => stored.set(guide.competency, guide);
  return { calls, saves, savedElsewhere };
}

async function openGuides() {
  const app = renderApp();
  await screen.findByTestId('batch-name');
  await app.user.click(screen.getByRole('tab', { name: 'Panduan Wawancara' }));
  await screen.findByTestId('guide-editor');
  return app;
}

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('Kegiatan Asesmen › Panduan Wawancara (coordinator)', () => {
  it('loads the batch’s guide and saves the edited question, an added line and a new order', async () => {
    const { calls, saves } = world();
    const { user } = await openGuides();
    expect(calls.filter((c) => c.name === 'guides.list').map((c) => c.input)).toEqual([{ batchId: 'batch-1' }]);
    expect(screen.getByTestId('guide-competency')).toHaveTextContent('Integritas');
    expect(screen.getByText(/kegiatan sedang berjalan/i)).toBeInTheDocument();
    const mainId = field('Pertanyaan utama — Bahasa Indonesia');
    expect(mainId).toHaveValue(GUIDE.mainQuestion.id);
    expect(screen.getByRole('button', { name: 'Simpan panduan' })).toBeDisabled();

    await user.clear(mainId);
    await user.type(mainId, '  Ceritakan saat Anda menolak gratifikasi.  ');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();
    // Keyboard only: the second "Tindakan" line moves up with its arrow button.
    screen.getByRole('button', { name: 'Naikkan butir 2 di Tindakan (A)' }).focus();
    await user.keyboard('{Enter}');
    const actions = screen.getByTestId('guide-list-action');
    expect(within(actions).getByRole('textbox', { name: 'Tindakan (A) butir 1 — Bahasa Indonesia' })).toHaveValue(
      'Siapa yang Anda libatkan?',
    );
    // Focus followed the moved line: its up arrow is now disabled, so the down arrow has it.
    expect(within(actions).getByRole('button', { name: 'Turunkan butir 1 di Tindakan (A)' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Tambah butir ke Tanda bahaya (bukti negatif)' }));
    const newLine = field('Tanda bahaya (bukti negatif) butir 2 — Bahasa Indonesia');
    expect(newLine).toHaveFocus();
    await user.type(newLine, 'Menyalahkan bawahan');
    await user.type(field('Tanda bahaya (bukti negatif) butir 2 — Bahasa Inggris'), 'Blames subordinates');
    await user.click(screen.getByRole('button', { name: 'Simpan panduan' }));

    await waitFor(() => expect(saves()).toHaveLength(1));
    const { batchId, guide, revision } = saves()[0]!;
    expect(batchId).toBe('batch-1');
    expect(revision).toBe(INT.revision);
    expect(guide.competency).toBe('INT');
    expect(guide.mainQuestion).toEqual({ id: 'Ceritakan saat Anda menolak gratifikasi.', en: GUIDE.mainQuestion.en });
    expect(guide.probes.action.map((p) => p.id)).toEqual(['Siapa yang Anda libatkan?', 'Apa yang Anda lakukan?']);
    expect(guide.redFlags).toEqual([...GUIDE.redFlags, { id: 'Menyalahkan bawahan', en: 'Blames subordinates' }]);
    expect(guide).not.toHaveProperty('revision');
    expect(await screen.findByText('Panduan Integritas tersimpan.')).toBeInTheDocument();
    expect(screen.getByText(/revisi 2/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan panduan' })).toBeDisabled();
  });

  it('shows a validation error at the field and sends nothing until it is fixed', async () => {
    const { saves } = world();
    const { user } = await openGuides();
    const probe = field('Situasi (S) butir 1 — Bahasa Inggris');
    await user.clear(probe);
    await user.click(screen.getByRole('button', { name: 'Simpan panduan' }));

    expect(await screen.findByText(/1 isian perlu diperbaiki/)).toBeInTheDocument();
    expect(probe).toHaveAccessibleDescription('Wajib diisi.');
    expect(probe).toHaveAttribute('aria-invalid', 'true');
    expect(saves()).toHaveLength(0);
    // Errors follow the typing once shown.
    await user.type(probe, 'When and where, exactly?');
    expect(probe).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/perlu diperbaiki/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan panduan' }));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]!.guide.probes.situation).toEqual([{ id: 'Kapan dan di mana?', en: 'When and where, exactly?' }]);
  });

  it('refuses to overwrite a guide someone saved meanwhile: keeps the draft, then loads theirs on request', async () => {
    const { saves, savedElsewhere } = world();
    const { user } = await openGuides();
    const theirs = { ...INT, mainQuestion: { id: 'Versi rekan.', en: 'A colleague’s version.' }, revision: INT.revision + 1 };
    savedElsewhere(theirs);
    const main = field('Pertanyaan utama — Bahasa Indonesia');
    await user.clear(main);
    await user.type(main, 'Versi saya.');
    await user.click(screen.getByRole('button', { name: 'Simpan panduan' }));

    expect(await screen.findByText(/Sudah diubah orang lain \(rev\. 2\)/)).toBeInTheDocument();
    expect(saves()).toHaveLength(1);
    expect(main).toHaveValue('Versi saya.');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Muat versi terbaru' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Buang perubahan' }));
    await waitFor(() => expect(field('Pertanyaan utama — Bahasa Indonesia')).toHaveValue('Versi rekan.'));
    expect(screen.getByText(/revisi 2/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat versi terbaru' })).not.toBeInTheDocument();
  });

  it('keeps the last line of a list: its remove button is disabled', async () => {
    world();
    await openGuides();
    expect(screen.getByRole('button', { name: 'Hapus butir 1 dari Situasi (S)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Hapus butir 2 dari Tindakan (A)' })).toBeEnabled();
  });

  it('asks before unsaved changes are left: another competency, another tab, the back link', async () => {
    world();
    const { user } = await openGuides();
    await user.type(field('Pertanyaan utama — Bahasa Inggris'), ' Really?');

    await user.click(screen.getByRole('button', { name: 'Kerja Sama' }));
    let dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    expect(dialog).toHaveTextContent('Perubahan pada panduan Integritas belum disimpan');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('guide-competency')).toHaveTextContent('Integritas');
    expect(field('Pertanyaan utama — Bahasa Inggris')).toHaveValue(`${GUIDE.mainQuestion.en} Really?`);

    await user.click(screen.getByRole('tab', { name: 'Tim' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.getByRole('tab', { name: 'Panduan Wawancara' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('link', { name: /Kembali ke daftar kegiatan/ }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(window.location.hash).toBe('#/batches/batch-1');

    await user.click(screen.getByRole('button', { name: 'Kerja Sama' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Buang perubahan' }));
    await waitFor(() => expect(screen.getByTestId('guide-competency')).toHaveTextContent('Kerja Sama'));
    expect(field('Pertanyaan utama — Bahasa Indonesia')).toHaveValue(KS.mainQuestion.id);
    // Nothing unsaved now: leaving needs no question.
    await user.click(screen.getByRole('tab', { name: 'Tim' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Tim' })).toHaveAttribute('aria-selected', 'true');
  });

  it('asks before signing out with unsaved changes, and signs out only after they are discarded', async () => {
    const { calls } = world();
    const { user } = await openGuides();
    await user.type(field('Pertanyaan utama — Bahasa Inggris'), ' Really?');
    const logouts = () => calls.filter((c) => c.name === 'auth.logout').length;

    await user.click(screen.getByRole('button', { name: 'Keluar' }));
    let dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(logouts()).toBe(0);
    expect(field('Pertanyaan utama — Bahasa Inggris')).toHaveValue(`${GUIDE.mainQuestion.en} Really?`);

    await user.click(screen.getByRole('button', { name: 'Keluar' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Buang perubahan' }));
    await waitFor(() => expect(logouts()).toBe(1));
  });

  it('discards the edits back to the saved guide after confirmation', async () => {
    const { saves } = world();
    const { user } = await openGuides();
    await user.click(screen.getByRole('button', { name: 'Hapus butir 2 dari Tindakan (A)' }));
    expect(screen.queryByRole('textbox', { name: 'Tindakan (A) butir 2 — Bahasa Indonesia' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Batalkan perubahan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buang perubahan yang belum disimpan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Buang perubahan' }));
    await waitFor(() =>
      expect(field('Tindakan (A) butir 2 — Bahasa Indonesia')).toHaveValue('Siapa yang Anda libatkan?'),
    );
    expect(screen.getByRole('button', { name: 'Simpan panduan' })).toBeDisabled();
    expect(saves()).toHaveLength(0);
  });

  it('shows the main side’s refusal and keeps the edits', async () => {
    const { saves } = world({
      save: () => ({
        ok: false,
        error: {
          code: 'BAD_INPUT',
          message:
            'Masukan tidak dapat diproses: kegiatan sudah selesai; panduan wawancaranya tetap seperti yang dipakai dalam wawancara / the batch is closed; its interview guides stay as they were used in its interviews',
        },
      }),
    });
    const { user } = await openGuides();
    await user.type(field('Pertanyaan utama — Bahasa Indonesia'), '!');
    await user.click(screen.getByRole('button', { name: 'Simpan panduan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('kegiatan sudah selesai; panduan wawancaranya tetap');
    expect(saves()).toHaveLength(1);
    expect(field('Pertanyaan utama — Bahasa Indonesia')).toHaveValue(`${GUIDE.mainQuestion.id}!`);
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();
  });

  it('shows a closed batch’s guide read-only, in both languages', async () => {
    world({ status: 'closed', user: ADMIN });
    const { user } = renderApp();
    await screen.findByTestId('batch-name');
    await user.click(screen.getByRole('tab', { name: 'Panduan Wawancara' }));
    const view = await screen.findByTestId('guide-view');
    expect(screen.getByText(/Kegiatan sudah ditutup/)).toBeInTheDocument();
    expect(view).toHaveTextContent(GUIDE.mainQuestion.id);
    expect(view).toHaveTextContent(GUIDE.mainQuestion.en);
    expect(within(screen.getByTestId('guides-tab')).queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Simpan panduan' })).not.toBeInTheDocument();
  });
});

describe('the assessor’s side of the guide', () => {
  it('reads the batch’s guide beside the notes in the interview, with nothing to edit', async () => {
    await resetApp();
    window.location.hash = '#/assessor-room/asg-1';
    const edited = {
      ...INT,
      mainQuestion: { id: 'Ceritakan saat Anda menolak gratifikasi.', en: 'Tell me about refusing a gift.' },
    };
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
      'workspace.get': () => ({ ok: true, value: work() }),
      'guides.list': () => ({ ok: true, value: [edited] }),
    });
    renderApp();
    const guide = await screen.findByTestId('interview-guide');
    expect(within(guide).getByTestId('guide-main-question')).toHaveTextContent(
      'Ceritakan saat Anda menolak gratifikasi.',
    );
    expect(within(guide).queryAllByRole('textbox')).toHaveLength(0);
    expect(within(guide).queryByRole('button', { name: /Simpan/ })).not.toBeInTheDocument();
    expect(calls.some((c) => c.name === 'guides.save')).toBe(false);
  });
});
