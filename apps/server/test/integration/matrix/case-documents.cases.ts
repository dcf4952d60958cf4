import { ReportSubmissionSchema } from '@netra/contracts';
import type { RequestContext } from '../../../src/modules/access/access.service';
import { reportBody, villageIn } from '../cases-helpers';
import type { FeatureCases, Target } from './matrix-types';
import type { TestApp } from '../../helpers/test-app';

// Case documents, export and duplicate links (helper c1).

async function caseIn(t: TestApp, regionCode: string): Promise<string> {
  const receipt = await t.services.publicIntake.submitReport(
    ReportSubmissionSchema.parse(reportBody(await villageIn(t.db, regionCode))),
    { requestId: 'matrix' },
  );
  const row = await t.db.query<{ case_id: string }>('SELECT case_id FROM reports WHERE receipt_code = $1', [
    receipt.receiptCode,
  ]);
  return row.rows[0]!.case_id;
}

/** A case in initial study (its kajian awal can be generated), moved by staff of the target's office. */
async function studiedCaseIn(t: TestApp, x: Target): Promise<string> {
  const id = await caseIn(t, x.regionCode);
  const ctx: RequestContext = {
    requestId: 'matrix',
    actor: {
      userId: x.userId,
      email: 'matriks@test.netra.example',
      name: 'Matriks',
      twoFactorEnabled: false,
      memberships: [
        {
          organizationId: x.orgId,
          organizationName: 'Matriks',
          organizationType: 'panwaslu_kecamatan',
          regionCode: x.regionCode,
          role: 'handling_staff',
        },
      ],
    },
  };
  await t.services.cases.transition(ctx, id, 'start_initial_study', { expectedVersion: 0, input: {} });
  return id;
}

export const caseDocumentsCases: FeatureCases = ({ app }) => [
  {
    method: 'GET',
    route: '/api/cases/:id/documents',
    action: 'cases.read',
    scoped: true,
    request: async (x) => ({ url: `/api/cases/${await caseIn(app(), x.regionCode)}/documents` }),
  },
  {
    method: 'GET',
    route: '/api/cases/:id/documents/:kind',
    action: 'cases.read',
    scoped: true,
    request: async (x) => ({
      url: `/api/cases/${await studiedCaseIn(app(), x)}/documents/initial_study?format=docx`,
    }),
  },
  {
    method: 'GET',
    route: '/api/cases/export',
    action: 'cases.read',
    scoped: false,
    request: async () => ({ url: '/api/cases/export?format=csv' }),
  },
  {
    method: 'GET',
    route: '/api/cases/:id/duplicates',
    action: 'cases.read',
    scoped: true,
    request: async (x) => ({ url: `/api/cases/${await caseIn(app(), x.regionCode)}/duplicates` }),
  },
  {
    method: 'POST',
    route: '/api/cases/:id/duplicates',
    action: 'cases.handle',
    scoped: true,
    request: async (x) => ({
      url: `/api/cases/${await caseIn(app(), x.regionCode)}/duplicates`,
      payload: { otherCaseId: await caseIn(app(), x.regionCode), relation: 'not_duplicate' },
    }),
  },
];
