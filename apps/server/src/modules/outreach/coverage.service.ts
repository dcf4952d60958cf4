import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { OUTREACH_TOPICS, type OutreachCoverageQuery, type OutreachCoverageSummary } from '@netra/contracts';
import type { Database } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { authorize, type RequestContext } from '../access/access.service';
import { coverageRepository, type VillageCoverageRow } from './coverage.repository';

const EXPORT_PAGE = 1000;
const VILLAGE_HEADERS = [
  'Kode desa',
  'Desa/Kelurahan',
  'Kecamatan',
  'Jumlah kegiatan',
  'Topik',
  'Kegiatan terakhir',
  'Hari sejak kegiatan terakhir',
];

/** A CSV cell: quoted when needed, and never starting with a formula character (CSV injection). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const villageValues = (r: VillageCoverageRow) => [
  r.code,
  r.name,
  r.district_name,
  r.activities,
  r.topics.join(', '),
  r.last_on,
  r.days_since,
];

/** Coverage of outreach for a region and a period, with CSV and XLSX exports. */
export function createCoverageService(deps: { db: Database }) {
  const { db } = deps;

  async function check(ctx: RequestContext, query: OutreachCoverageQuery) {
    if (query.from > query.to)
      throw new AppError('common.validation_failed', {
        fields: [{ field: 'to', message: 'Akhir periode sebelum awal / Period ends before it starts' }],
      });
    const region = await coverageRepository.region(db, query.regionCode);
    if (!region) throw new AppError('regions.not_found');
    await authorize(db, ctx, 'outreach.read', region.code);
    return region;
  }

  /** Every village of the region, page by page, so that an export never holds them all at once. */
  async function* allVillages(query: OutreachCoverageQuery) {
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const { rows } = await coverageRepository.villages(db, {
        ...query,
        onlyUncovered: false,
        limit: EXPORT_PAGE,
        offset,
      });
      yield* rows;
      if (rows.length < EXPORT_PAGE) return;
    }
  }

  return {
    async summary(ctx: RequestContext, query: OutreachCoverageQuery): Promise<OutreachCoverageSummary> {
      const region = await check(ctx, query);
      const { regionCode, from, to } = query;
      const totals = await coverageRepository.totals(db, regionCode, from, to);
      return {
        regionCode: region.code,
        regionName: region.name,
        from,
        to,
        totals: { activities: totals.activities, villages: totals.villages, villagesCovered: totals.covered },
        areas: await coverageRepository.areas(db, region, from, to),
        audiences: await coverageRepository.audiences(db, regionCode, from, to),
        agencies: await coverageRepository.agencies(db, regionCode, from, to),
      };
    },

    async villages(
      ctx: RequestContext,
      query: OutreachCoverageQuery & { page: number; pageSize: number; onlyUncovered: boolean },
    ) {
      await check(ctx, query);
      const { rows, total } = await coverageRepository.villages(db, {
        ...query,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => ({
          code: r.code,
          name: r.name,
          districtName: r.district_name,
          activities: r.activities,
          topics: r.topics,
          lastActivityOn: r.last_on,
          daysSinceLast: r.days_since,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** CSV (semicolon-free commas, UTF-8 with BOM so that Excel reads the accents), streamed. */
    async csv(ctx: RequestContext, query: OutreachCoverageQuery): Promise<Readable> {
      await check(ctx, query);
      const villages = allVillages(query);
      return Readable.from(
        (async function* () {
          yield `\uFEFF${VILLAGE_HEADERS.map(csvCell).join(',')}\r\n`;
          for await (const row of villages) yield `${villageValues(row).map(csvCell).join(',')}\r\n`;
        })(),
      );
    },

    /** XLSX with two sheets: the area × topic table and every village; written as a stream. */
    async xlsx(ctx: RequestContext, query: OutreachCoverageQuery): Promise<Readable> {
      const region = await check(ctx, query);
      const areas = await coverageRepository.areas(db, region, query.from, query.to);
      const out = new PassThrough();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      workbook.creator = 'Netra';
      const areaSheet = workbook.addWorksheet('Wilayah x Topik');
      areaSheet
        .addRow([`Cakupan kegiatan pencegahan ${region.name}, ${query.from} s.d. ${query.to}`])
        .commit();
      const header = areaSheet.addRow(['Kode', 'Wilayah', 'Jumlah kegiatan', ...OUTREACH_TOPICS]);
      header.font = { bold: true };
      header.commit();
      for (const a of areas)
        areaSheet
          .addRow([a.code, a.name, a.activities, ...OUTREACH_TOPICS.map((t) => a.topics[t] ?? 0)])
          .commit();
      areaSheet.commit();
      const villageSheet = workbook.addWorksheet('Desa');
      const villageHeader = villageSheet.addRow(VILLAGE_HEADERS);
      villageHeader.font = { bold: true };
      villageHeader.commit();
      void (async () => {
        try {
          for await (const row of allVillages(query)) villageSheet.addRow(villageValues(row)).commit();
          villageSheet.commit();
          await workbook.commit();
        } catch (error) {
          out.destroy(error as Error);
        }
      })();
      return out;
    },
  };
}
export type CoverageService = ReturnType<typeof createCoverageService>;
