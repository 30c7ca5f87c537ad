import { Center, Loader, Stack, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyScreen } from './app/lazy-screen';
import { ErrorAlert } from './components/ErrorAlert';
import { LoginScreen } from './features/login/LoginScreen';
import { SetupScreen } from './features/setup/SetupScreen';
import { useActivityHeartbeat } from './lib/activity';
import { useAppStore } from './lib/store';

const SignedIn = lazyScreen(() => import('./features/shell/SignedIn'), 'SignedIn');

type Screen = 'loading' | 'failed' | 'setup' | 'login' | 'shell';

function useScreen(): Screen {
  return useAppStore((s) => {
    if (s.phase !== 'ready' || !s.status) return s.phase === 'failed' ? 'failed' : 'loading';
    if (s.status.needsSetup) return 'setup';
    return s.status.user ? 'shell' : 'login';
  });
}

/**
 * Picks the screen from app.status: setup on first run, login when nobody is signed in, else
 * the shell. Marks <html data-ready="true" data-screen="…"> once rendered, for the e2e tests.
 */
export function App() {
  const { t, i18n } = useTranslation();
  const load = useAppStore((s) => s.load);
  const loadError = useAppStore((s) => s.loadError);
  const screen = useScreen();
  useActivityHeartbeat(screen === 'shell');

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.screen = screen;
    root.dataset.ready = screen === 'loading' ? 'false' : 'true';
  }, [screen]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  const loading = (
    <Center mih="100vh" role="status">
      <Stack align="center">
        <Loader aria-hidden />
        <Text>{t('shell.loading')}</Text>
      </Stack>
    </Center>
  );
  if (screen === 'loading') return loading;
  if (screen === 'failed') {
    return (
      <Center mih="100vh" p="lg" component="main">
        <ErrorAlert error={loadError} />
      </Center>
    );
  }
  if (screen === 'setup') return <SetupScreen />;
  if (screen === 'login') return <LoginScreen />;
  return (
    <Suspense fallback={loading}>
      <SignedIn />
    </Suspense>
  );
}
