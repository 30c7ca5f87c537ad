import { Alert, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults put some text below WCAG AA contrast (gray-6 "dimmed" text, red-6 errors,
 * white on blue-6 buttons, an alert's coloured title on its light background — green-9 on green-1
 * is 3.8:1). The shades here keep every text at 4.5:1 or more; alerts keep their colour in the
 * background and icon, their titles take the body text colour.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  defaultRadius: 'sm',
  components: {
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
    '--mantine-color-placeholder': t.colors.gray[6] ?? '#868e96',
  },
  dark: {},
});
