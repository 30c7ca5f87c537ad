import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  call,
  electronTransport,
  httpTransport,
  pickTransport,
  setTransport,
  errorLines,
} from '../../renderer/lib/api';
import { i18n } from '../../renderer/lib/i18n';

beforeEach(async () => {
  await i18n.changeLanguage('id');
  setTransport(null);
});
afterEach(() => {
  delete window.asesa;
  vi.unstubAllGlobals();
  setTransport(null);
});

const STATUS = { version: '0.1.0', needsSetup: true, language: 'id', user: null, office: null };

describe('renderer/lib/api transport choice', () => {
  it('uses window.asesa in Electron and never touches fetch', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const status = vi.fn().mockResolvedValue({ ok: true, value: STATUS });
    window.asesa = { 'app.status': status };
    const reply = await call('app.status', {});
    expect(reply).toEqual({ ok: true, value: STATUS });
    expect(status).toHaveBeenCalledWith({});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('uses POST api/<channel> with JSON and same-origin credentials in browser mode', async () => {
    const fetchSpy = vi
      .fn()
      .mockResolvedValue(new Response(JSON.stringify({ ok: true, value: { language: 'en' } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchSpy);
    const reply = await call('app.setLanguage', { language: 'en' });
    expect(reply).toEqual({ ok: true, value: { language: 'en' } });
    const [url, init] = fetchSpy.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('api/app.setLanguage');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(String(init.body))).toEqual({ language: 'en' });
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('picks by the presence of window.asesa', async () => {
    const electron = vi.fn().mockResolvedValue({ ok: true, value: 1 });
    await pickTransport({ asesa: { 'app.status': electron } })('app.status', {});
    expect(electron).toHaveBeenCalledOnce();
    const fetchSpy = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetchSpy);
    await pickTransport({})('app.status', {});
    expect(fetchSpy).toHaveBeenCalledOnce();
  });
});

describe('renderer/lib/api failures become error envelopes', () => {
  it('a channel the preload does not expose is UNKNOWN_CHANNEL', async () => {
    const reply = await electronTransport({})('users.list', {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('UNKNOWN_CHANNEL');
      expect(reply.error.message).toContain('users.list');
    }
  });

  it('a name outside the contract is UNKNOWN_CHANNEL without calling any transport', async () => {
    const transport = vi.fn();
    setTransport(transport);
    const reply = await call('no.such' as 'app.status', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(transport).not.toHaveBeenCalled();
  });

  it('a network failure is a TRANSPORT error with a readable message, in the current language', async () => {
    const failing = httpTransport(vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const id = await failing('app.status', {});
    expect(id).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
    if (!id.ok) expect(id.error.message).toContain('Tidak dapat menghubungi layanan Asesa');
    await i18n.changeLanguage('en');
    const en = await failing('app.status', {});
    if (!en.ok) expect(en.error.message).toContain('Cannot reach the Asesa service');
    expect(en.ok).toBe(false);
  });

  it.each([
    [401, '401'],
    [403, '403'],
    [413, '413'],
    [500, '500'],
  ])('HTTP %i is a TRANSPORT error naming the status', async (statusCode, text) => {
    const reply = await httpTransport(
      vi.fn().mockResolvedValue(new Response('token required', { status: statusCode })),
    )('app.status', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
    if (!reply.ok) expect(reply.error.message).toContain(text);
  });

  it('a reply that is not JSON, or not an envelope, is a TRANSPORT error', async () => {
    const html = await httpTransport(vi.fn().mockResolvedValue(new Response('<html>', { status: 200 })))(
      'app.status',
      {},
    );
    expect(html).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
    const odd = await httpTransport(vi.fn().mockResolvedValue(new Response('{"hello":1}', { status: 200 })))(
      'app.status',
      {},
    );
    expect(odd).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
  });

  it('a preload function that throws, or a transport that throws, still resolves to an envelope', async () => {
    const thrown = await electronTransport({ 'app.status': () => Promise.reject(new Error('ipc gone')) })(
      'app.status',
      {},
    );
    expect(thrown).toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
    setTransport(() => {
      throw new Error('boom');
    });
    await expect(call('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'TRANSPORT' } });
  });

  it('error lines show the message and each detail as "path: message"', () => {
    expect(
      errorLines({
        code: 'VALIDATION',
        message: 'Data tidak valid.',
        details: [{ path: 'office.code', message: 'code-format' }],
      }),
    ).toEqual(['Data tidak valid.', 'office.code: code-format']);
  });
});
