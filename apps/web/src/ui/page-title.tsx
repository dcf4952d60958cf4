import { Title } from '@mantine/core';
import { useEffect } from 'react';

/** The page's single h1, mirrored into the browser tab title. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · Netra`;
  }, [children]);
  return <Title order={1}>{children}</Title>;
}
