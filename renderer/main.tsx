import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './renderer.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n } from './lib/i18n';
import { cssVariablesResolver, theme } from './lib/theme';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        {/* No fade: a half-faded toast is unreadable (and fails contrast checks) for its first moments. */}
        <Notifications position="bottom-right" transitionDuration={0} />
        <App />
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
