import type { Command } from 'commander';
import { createRulesService } from '../../../../server/src/modules/rules/rules.service';
import { fail, say } from '../../lib';

/** Pure: reads the versioned catalogue, needs no database. */
export function registerRulesCheckCommand(rules: Command): void {
  rules
    .command('check')
    .description(
      'Aturan mana yang mungkin dilanggar oleh suatu perbuatan / which rules a described conduct may break',
    )
    .argument('<text>', 'uraian perbuatan / description of the conduct, in Indonesian')
    .option('--date <yyyy-mm-dd>', 'tanggal perbuatan / date of the conduct (default today)')
    .option('--lang <id|en>', 'bahasa keluaran / output language', 'id')
    .option('--json', 'output JSON')
    .action(async (text: string, options: { date?: string; lang: string; json?: boolean }) => {
      try {
        const date = options.date ? new Date(`${options.date}T12:00:00+07:00`) : new Date();
        const result = await createRulesService().check(text, date);
        if (options.json) {
          say(JSON.stringify(result, null, 2));
          return;
        }
        const lang = options.lang === 'en' ? 'en' : 'id';
        say(result.stage.explanation[lang]);
        if (result.matches.length === 0) {
          say(lang === 'id' ? 'Tidak ada aturan yang cocok. Saran:' : 'No matching rule. Suggestions:');
          for (const s of result.suggestions) say(`  - ${s[lang]}`);
          return;
        }
        for (const [i, m] of result.matches.entries()) {
          const e = m.entry;
          say(
            `\n${i + 1}. [${e.id}] ${e.title.short[lang]}${e.status.kind === 'verified' ? '' : `  (${e.status.kind})`}`,
          );
          say(
            `   ${lang === 'id' ? 'Dasar hukum' : 'Legal basis'}: ${e.legalBasis.map((b) => [b.instrument, b.article, b.verse && `ayat ${b.verse}`, b.letter && `huruf ${b.letter}`, b.item && `angka ${b.item}`].filter(Boolean).join(' ')).join('; ')}`,
          );
          say(
            `   ${lang === 'id' ? 'Sanksi' : 'Sanction'}: ${e.sanctions.map((s) => s.summary[lang]).join(' | ')}`,
          );
          say(`   ${lang === 'id' ? 'Alasan' : 'Why'}: ${m.reason[lang]}`);
          if (!m.appliesOnDate)
            say(
              `   ${lang === 'id' ? 'Catatan: tidak berlaku pada tahap tanggal ini' : 'Note: does not apply at this date’s stage'}`,
            );
        }
      } catch (error) {
        fail(error);
      }
    });
}
