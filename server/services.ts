/** Everything the HTTP layer works with, built once from the configuration. */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SESSION_TTL_MS } from '../shared/limits.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { RoomRegistry } from './collab/registry.ts';
import { InProcessRelay } from './collab/relay.ts';
import { PlanService } from './plan-service.ts';
import { AccountStore } from './storage/accounts.ts';
import { AssessmentStore } from './storage/assessments.ts';
import { AuditStore } from './storage/audit.ts';
import { SqliteClientIdOwners } from './storage/client-ids.ts';
import { Checkpointer } from './storage/checkpointer.ts';
import { openDatabase, type Db } from './storage/database.ts';
import { GroupCommitter } from './storage/group-commit.ts';
import { InputRoundStore } from './storage/input-rounds.ts';
import { PlanStore } from './storage/plans.ts';
import { PublicationStore } from './storage/publications.ts';
import { SessionStore } from './storage/sessions.ts';
import { SharingStore } from './storage/sharing.ts';
import { SqliteUpdateLog } from './storage/update-log.ts';
import { VersionStore } from './storage/versions.ts';
import { WorkspaceTemplateStore } from './storage/workspace-templates.ts';
import { loadTemplates, TEMPLATES_DIR, type TemplateCatalog } from './templates.ts';

export interface Services {
  config: Config;
  db: Db;
  accounts: AccountStore;
  sessions: SessionStore;
  plans: PlanStore;
  planService: PlanService;
  registry: RoomRegistry;
  committer: GroupCommitter;
  catalog: TemplateCatalog;
  checkpointer: Checkpointer;
  sharing: SharingStore;
  audit: AuditStore;
  versions: VersionStore;
  publications: PublicationStore;
  assessments: AssessmentStore;
  inputRounds: InputRoundStore;
  workspaceTemplates: WorkspaceTemplateStore;
}

const CHECKPOINT_EVERY_MS = 1000;

export function createServices(config: Config, logger: Logger, templatesDir = TEMPLATES_DIR): Services {
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'planwright.sqlite');
  const db = openDatabase({ file, sync: config.sqliteSync });
  const checkpointer = new Checkpointer(db, file, CHECKPOINT_EVERY_MS, logger);
  const plans = new PlanStore(db);
  const log = new SqliteUpdateLog(db);
  const planService = new PlanService(plans, log);
  const committer = new GroupCommitter(log, {
    holdMs: config.commitHoldMs,
    onError: (error, attempt, batchSize) => logger.error({ err: error, attempt, batchSize }, 'storing updates failed'),
  });
  const registry = new RoomRegistry({
    log,
    clientIds: new SqliteClientIdOwners(db),
    committer,
    relay: new InProcessRelay(),
    logger,
    instanceId: randomUUID(),
    compactAfterUpdates: config.compactAfterUpdates,
    unloadGraceMs: config.unloadGraceMs,
    onStored: (planId) => planService.touched(planId),
  });
  const sessions = new SessionStore(db, SESSION_TTL_MS);
  sessions.purgeExpired();
  return {
    config,
    db,
    accounts: new AccountStore(db),
    sessions,
    plans,
    planService,
    registry,
    committer,
    catalog: loadTemplates(templatesDir, logger),
    checkpointer,
    sharing: new SharingStore(db),
    audit: new AuditStore(db),
    versions: new VersionStore(db),
    publications: new PublicationStore(db),
    assessments: new AssessmentStore(db),
    inputRounds: new InputRoundStore(db),
    workspaceTemplates: new WorkspaceTemplateStore(db),
  };
}
