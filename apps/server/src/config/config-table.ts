import type { z } from 'zod';
import { CONFIG_SCHEMA } from './config.schema';

/** One Markdown row per variable: name, default, meaning (from the schema's describe texts). */
export function configTableMarkdown(): string {
  const rows = Object.entries(CONFIG_SCHEMA.shape).map(([name, schema]) => {
    const parsed = (schema as z.ZodType).safeParse(undefined);
    const fallback =
      parsed.success && parsed.data !== undefined
        ? `\`${JSON.stringify(parsed.data).replace(/^"|"$/g, '')}\``
        : '—';
    const description = (schema as z.ZodType).description ?? '';
    return `| \`${name}\` | ${fallback} | ${description} |`;
  });
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
