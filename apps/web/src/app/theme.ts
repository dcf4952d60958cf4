import { createTheme } from '@mantine/core';

// Shade 9 of Mantine's blue keeps text and backgrounds (also on striped, hovered rows) above a 4.5:1 contrast ratio.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  respectReducedMotion: true,
});
