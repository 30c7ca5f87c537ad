import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/';
});

describe('Beranda: disk encryption notice', () => {
  it('warns when the main side reports disk encryption off', async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'system.diskEncryption': () => ({ ok: true, value: { status: 'off' as const } }),
    });
    renderApp();
    expect(await screen.findByTestId('disk-encryption-off')).toHaveTextContent('BitLocker');
  });

  it('stays quiet when it is on', async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'system.diskEncryption': () => ({ ok: true, value: { status: 'on' as const } }),
    });
    renderApp();
    await screen.findByTestId('home-office');
    expect(screen.queryByTestId('disk-encryption-off')).not.toBeInTheDocument();
  });
});
