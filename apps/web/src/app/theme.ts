import { createTheme } from '@mantine/core';

// Shade 8 of Mantine's blue keeps white button text above a 4.5:1 contrast ratio.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  respectReducedMotion: true,
});
