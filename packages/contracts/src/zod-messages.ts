import { z } from 'zod';

// Zod's built-in messages in both languages ("id / en"), for every schema that has no message of
// its own. The web app shows the half of the current language.
const indonesian = z.locales.id().localeError;
const english = z.locales.en().localeError;

type Issue = Parameters<NonNullable<typeof indonesian>>[0];

function messageOf(map: typeof indonesian, issue: Issue): string | undefined {
  const result = map?.(issue);
  return typeof result === 'string' ? result : result?.message;
}

z.config({
  localeError: (issue) => {
    const id = messageOf(indonesian, issue);
    const en = messageOf(english, issue);
    return id && en && id !== en ? `${id} / ${en}` : (en ?? id);
  },
});
