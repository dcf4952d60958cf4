import { useEffect, useState } from 'react';

/**
 * Form values kept in localStorage while the visitor types, so a reload or a failed submission
 * loses nothing. Only plain values: files never go into storage.
 */
export function useLocalDraft<T extends object>(key: string, initial: () => T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(key);
      if (stored) return { ...initial(), ...(JSON.parse(stored) as Partial<T>) };
    } catch {
      // A broken or unavailable storage is the same as no draft.
    }
    return initial();
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Private mode or a full storage: the form still works, only without a draft.
    }
  }, [key, value]);
  const clear = () => {
    window.localStorage.removeItem(key);
  };
  return [value, setValue, clear] as const;
}

/** A random key that makes a retried submission return the same receipt. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replaceAll('-', '');
}
