import type { Command } from 'commander';
import { buildApp } from '../http/app.js';
import { ensureDemoData } from '../demo/demo.loader.js';
import { seedRecognitionData } from '../recognition/recognition-seed.service.js';
import { ensureReferenceData } from '../taxonomy/reference-import.service.js';
import { loadTaxonomyIndex } from '../taxonomy/taxonomy-index.store.js';
import { credentialKeyRefusal, demoStartRefusal } from '../config/config.js';
import { disableDemoAccounts } from '../demo/demo-accounts.store.js';
import { startMailDelivery } from '../accounts/mail-delivery.service.js';
import { startPermitReminders } from '../journeys/permit-reminders.service.js';
import { serializeErrorForLog } from '../shared/loggable-error.js';
import { passportDeps, startIssuancePass } from '../passport/issuance.service.js';
import { DEVELOPMENT_KEY_WARNING } from '../passport/key-vault.service.js';
import { CliError, type CliContext } from './cli-context.js';
import { cliProgress } from './progress.js';
import { warmUpMatching } from '../matching/matching-startup.service.js';

/** `passerelle serve`: API and web UI on one port, loading reference and demo data when empty. */
export function serveCommand(program: Command, context: () => CliContext): void {
  program
    .command('serve')
    .description('serve the API and web UI (loads ESCO and demo data into an empty database)')
    .action(async () => {
      const { config, openDatabase } = context();
      const refusal = demoStartRefusal(config) ?? credentialKeyRefusal(config);
      if (refusal) throw new CliError(refusal);
      if (!config.grievanceKey) {
        process.stderr.write(
          'Warning: GRIEVANCE_KEY is not set: grievances are sealed with the published development ' +
            'key "dev-insecure" (fine for the demo, never for real cases; docs/protection.md).\n',
        );
      }
      if (!config.credentialKey) process.stderr.write(DEVELOPMENT_KEY_WARNING + '\n');
      const handle = await openDatabase();
      const report = await ensureReferenceData(handle.db, config.referenceDir, cliProgress());
      if (report) process.stdout.write(report.summary + '\n');
      // Qualification frameworks are reference data too (EQF, ACQF, DQR, NFQ); idempotent.
      await seedRecognitionData(handle.db, config.referenceDir, { demo: config.demo });
      const logins = config.demo
        ? await ensureDemoData(handle.db, {
            seed: config.demoSeed,
            scale: config.demoScale,
            now: new Date(),
          })
        : [];
      if (!config.demo)
        reportDisabledDemoAccounts(await disableDemoAccounts(handle.db, new Date()));
      const taxonomy = await loadTaxonomyIndex(handle.db);
      // Built while the server starts listening; /api/ready waits for them.
      const matching = warmUpMatching(handle.db, (error) =>
        process.stderr.write(
          `Building the matching indexes failed (the first match request tries again): ${JSON.stringify(serializeErrorForLog(error))}\n`,
        ),
      );
      const app = await buildApp({
        config,
        db: handle.db,
        engine: handle.engine,
        now: () => new Date(),
        taxonomy,
        pending: matching.pending,
      });
      void matching.done.then((built) => {
        if (built)
          process.stdout.write(
            `Matching indexes: ${built.openings} openings, ${built.candidates} candidates built in ${built.seconds.toFixed(1)} s\n`,
          );
      });
      const delivery = startMailDelivery({ config, db: handle.db, log: app.log });
      const reminders = startPermitReminders({
        db: handle.db,
        now: () => new Date(),
        onError: (error) =>
          app.log.error({ err: serializeErrorForLog(error) }, 'permit reminders failed'),
      });
      // Credentials for records that became final (decisions, assessments, completions).
      const issuance = startIssuancePass(passportDeps(config, handle.db), {
        intervalMs: 60_000,
        now: () => new Date(),
        onError: (error) =>
          app.log.error({ err: serializeErrorForLog(error) }, 'credential issuance failed'),
      });
      const shutdown = async () => {
        await reminders.stop();
        await issuance.stop();
        await delivery?.stop();
        await app.close();
        await handle.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      await app.listen({ port: config.port, host: config.host });
      const where = `http://localhost:${config.port}`;
      process.stdout.write(
        `\nPasserelle is running at ${where} (${handle.engine}, taxonomy ${taxonomy.versionId}: ${taxonomy.size} concepts)\n` +
          `API docs: ${where}/api/docs\n`,
      );
      if (logins.length > 0) {
        process.stdout.write(
          '\nDemo logins (demo-only passwords, never use them for real data):\n',
        );
        for (const l of logins)
          process.stdout.write(`  ${l.role.padEnd(22)} ${l.email.padEnd(38)} ${l.password}\n`);
      }
    });
}

function reportDisabledDemoAccounts(count: number): void {
  if (count === 0) return;
  process.stdout.write(
    `DEMO=off: disabled ${count} demo account(s) found in this database; they can no longer sign in.\n`,
  );
}
