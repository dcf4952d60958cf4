import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';

/** A lazily loaded page with a centred loader while its chunk arrives. */
export function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center p="xl">
          <Loader />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
