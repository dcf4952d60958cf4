import type { NetraApp } from '../../http/netra-app';
import { registerCandidateRoutes } from '../candidates/candidates.routes';
import { registerRegistryRoutes } from '../registry/registry.routes';
import type { createMonitoringIngestServices } from './monitoring-services';
import { registerIngestionRoutes } from './ingestion.routes';

/** Routes of the registry, candidates and ingestion (one registration line in create-app.ts). */
export function registerMonitoringIngestRoutes(
  app: NetraApp,
  services: ReturnType<typeof createMonitoringIngestServices>,
): void {
  registerRegistryRoutes(app, services.registry);
  registerCandidateRoutes(app, services.candidates);
  registerIngestionRoutes(app, services);
}
