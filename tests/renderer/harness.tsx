import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ChannelName, ChannelOutput, Envelope } from '../../shared/contract';
import { App } from '../../renderer/App';
import { setTransport } from '../../renderer/lib/api';
import { i18n } from '../../renderer/lib/i18n';
import { useAppStore } from '../../renderer/lib/store';
import { cssVariablesResolver, theme } from '../../renderer/lib/theme';

export type Calls = Array<{ name: ChannelName; input: unknown }>;
type Replies = { [K in ChannelName]?: (input: unknown) => Envelope<ChannelOutput<K>> };

export const OFFICE = {
  id: 'office-1',
  name: 'BPSDM Provinsi Kalimantan Timur',
  code: 'BPSDM-KALTIM',
  province: 'Kalimantan Timur',
  agency: 'Pemerintah Provinsi Kalimantan Timur',
  createdAt: '2026-11-23T00:00:00.000Z',
};
export const ADMIN = { id: 'user-1', username: 'admin.kaltim', displayName: 'Siti Rahmawati', role: 'admin' as const };

export function status(over: Partial<ChannelOutput<'app.status'>> = {}): ChannelOutput<'app.status'> {
  return { version: '0.1.0', needsSetup: false, language: 'id', user: ADMIN, locked: false, office: OFFICE, ...over };
}

/**
 * A stand-in main side: records every call and answers from `replies` (unknown ones get an
 * UNKNOWN_CHANNEL envelope, as the real registry would).
 */
export function fakeMain(replies: Replies): Calls {
  const calls: Calls = [];
  setTransport(async (name, input) => {
    calls.push({ name, input });
    const reply = replies[name] as ((i: unknown) => Envelope<unknown>) | undefined;
    return reply ? reply(input) : { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `no fake for ${name}` } };
  });
  return calls;
}

export async function resetApp(): Promise<void> {
  await i18n.changeLanguage('id');
  useAppStore.setState({ phase: 'loading', status: null, loadError: null, language: 'id', pendingJobs: {} });
  window.location.hash = '';
}

export function renderApp() {
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <App />
      </MantineProvider>
    </I18nextProvider>,
  );
  return { user, ...view };
}
