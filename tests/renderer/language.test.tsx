import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(resetApp);

describe('language switch', () => {
  it('changes the visible text at once and asks the main side to remember it', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'app.setLanguage': (input) => ({ ok: true, value: input as { language: 'en' } }),
    });
    const { user } = renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Kamus Kompetensi' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');

    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Competency Dictionary' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.queryByText('Beranda')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.name === 'app.setLanguage').map((c) => c.input)).toEqual([{ language: 'en' }]);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('starts in the language app.status reports', async () => {
    fakeMain({ 'app.status': () => ({ ok: true, value: status({ language: 'en', user: null }) }) });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });

  it('shows an error when the main side could not save the choice', async () => {
    fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: null }) }),
      'app.setLanguage': () => ({ ok: false, error: { code: 'INTERNAL', message: 'An internal error happened.' } }),
    });
    const { user } = renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Bahasa' }), 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('An internal error happened.');
  });
});
