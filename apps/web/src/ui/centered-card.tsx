import { Box, Paper, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** The narrow card used by the signed-out screens (sign-in, reset, invitation). */
export function CenteredCard({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Netra`;
  }, [title]);
  return (
    <Box component="main" id="main" px="md" py="xl" maw={440} mx="auto">
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <Title order={1} size="h2" mb="md">
          {title}
        </Title>
        {children}
      </Paper>
    </Box>
  );
}
