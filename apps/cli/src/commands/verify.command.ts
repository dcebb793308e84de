import {
  allStreamPages,
  ChainVerifier,
  checkCaseExportAgainstAnchors,
  readWholeStream,
  verifyAnchorsExport,
  verifyCaseExport,
  verifyPages,
  type CaseExport,
} from '@casus/audit';
import type { ChainBreak } from '@casus/event-store';
import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { checkAccessLog, checkAllAgainstAnchors, checkCaseAgainstAnchors, trustedNotaryKey } from './verify.anchors';
import { caseIdArgument, cliUser, exitWith, logCliRead, withCaseLog } from './verify.support';

type VerifyOptions = {
  case?: string;
  all?: boolean;
  accessLog?: boolean;
  file?: string;
  anchors?: string;
  publicKey?: string;
  format: 'text' | 'json';
  user?: string;
};

const describeBreak = (b: ChainBreak) =>
  `BROKEN ${b.streamId} at revision ${b.revision}: expected hash ${b.expectedHash}, found ${b.foundHash}`;

/** Prints the result (JSON, or the lines followed by the verdict) and ends with exit code 1 unless intact. */
async function finish(
  format: VerifyOptions['format'],
  intact: boolean,
  result: object,
  lines: readonly string[],
  verdict: string,
): Promise<void> {
  if (format === 'json') process.stdout.write(`${JSON.stringify({ intact, ...result }, null, 2)}\n`);
  else process.stdout.write([...lines, verdict].map((line) => `${line}\n`).join(''));
  await exitWith(intact ? 0 : 1);
}

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

/** `casus verify --file` and/or `--anchors`: files checked offline, without a database. */
async function verifyFiles(options: VerifyOptions): Promise<void> {
  const anchors = options.anchors
    ? verifyAnchorsExport(await readJson(options.anchors), options.publicKey ? trustedNotaryKey(options.publicKey) : undefined)
    : undefined;
  const lines = anchors
    ? [
        `anchors: ${anchors.anchors} checked with key ${anchors.keyId}${options.publicKey ? '' : " (the key named in the file: compare it with the notary's)"}`,
      ]
    : [];
  if (anchors?.problem) lines.push(`ANCHORS ${anchors.problem}`);
  if (!options.file)
    return finish(
      options.format,
      !anchors?.problem,
      { anchors },
      lines,
      anchors?.problem ? 'the anchors do NOT verify' : `anchors intact up to anchor ${anchors?.last?.body.seq ?? 0}`,
    );
  const parsed = await readJson(options.file);
  const result = verifyCaseExport(parsed);
  const finding = result.ok && anchors ? checkCaseExportAgainstAnchors(parsed as CaseExport, anchors) : null;
  if (finding) lines.push(`ANCHOR ${finding.problem}`);
  const intact = result.ok && !finding && !anchors?.problem;
  const verdict = result.ok
    ? `export of case ${result.caseId}: ${result.events} event(s), chain intact up to revision ${result.head.revision} (${result.head.hash})${finding ? ', but NOT as anchored' : ''}`
    : `export${result.caseId ? ` of case ${result.caseId}` : ''} does NOT verify: ${result.problem}${result.break ? `\n${describeBreak(result.break)}` : ''}`;
  return finish(options.format, intact, { ...result, anchorFinding: finding }, lines, verdict);
}

/** `casus verify`: walks hash chains and checks them against the notary's anchors, or checks files offline; exit 1 on a break. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description('walk the hash chains, check them against the signed anchors and report what was changed (exit code 1 when anything was)')
    .option('--case <id>', 'one case', caseIdArgument)
    .option('--all', 'every stream in the events table, and every anchored stream head')
    .option('--access-log', 'the access log: its chain, and its head as the newest anchor saw it')
    .option('--file <export>', 'a file written by `casus export`, checked offline without a database')
    .option('--anchors <file>', 'a file written by `casus anchors export`, checked offline (with --file: the export against it)')
    .option('--public-key <pem>', "the notary's public key (default: the key in NOTARY_KEY_FILE; offline: the key the anchors file names)")
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .option('--user <id>', 'who reads, for the access log (default: CASUS_USER or the OS user)')
    .action(async (options: VerifyOptions) => {
      const offline = Boolean(options.file || options.anchors);
      const chosen = [options.case, options.all, options.accessLog, offline].filter(Boolean).length;
      if (chosen !== 1) throw new Error('give exactly one of --case <id>, --all, --access-log, or --file <export> and/or --anchors <file>');
      if (offline) return verifyFiles(options);
      const key = trustedNotaryKey(options.publicKey);
      if (options.accessLog) {
        const report = await withCaseLog(({ pool }) => checkAccessLog(pool, key));
        const lines = [
          report.firstBreak && `BROKEN access log at line ${report.firstBreak.seq}: ${report.firstBreak.problem}`,
          report.anchorProblem && `ANCHOR ${report.anchorProblem}`,
        ];
        const intact = report.intact && !report.anchorProblem;
        return finish(
          options.format,
          intact,
          report,
          lines.filter((line): line is string => Boolean(line)),
          `verified ${report.lines} access-log line(s): ${intact ? 'chain intact' : 'NOT intact'}`,
        );
      }
      const { chains, anchors } = await withCaseLog(async ({ stored, pool }) => {
        if (!options.case) return { chains: await verifyPages(allStreamPages(pool)), anchors: await checkAllAgainstAnchors(pool, key) };
        await logCliRead(pool, { user: cliUser(options.user), caseId: options.case, command: 'verify', data: 'integrity' });
        const streamId = `case-${options.case}`;
        const events = await readWholeStream(stored, streamId);
        const verifier = new ChainVerifier();
        verifier.add(events);
        return { chains: verifier.report(), anchors: await checkCaseAgainstAnchors(pool, streamId, events, key) };
      });
      if (options.case && chains.events === 0) throw new Error(`no case ${options.case}`);
      const lines = [
        ...chains.breaks.map(describeBreak),
        ...(anchors.problem ? [`ANCHOR ${anchors.problem}`] : []),
        ...anchors.findings.map((finding) => `ANCHOR ${finding.problem}`),
      ];
      const intact = chains.breaks.length === 0 && !anchors.problem && anchors.findings.length === 0;
      const verdict =
        `verified ${chains.events} event(s) in ${chains.streams} stream(s): ${chains.breaks.length === 0 ? 'every chain intact' : `${chains.breaks.length} broken stream(s)`}` +
        `; ${anchors.lastAnchor === null ? 'no anchor yet' : `against anchor ${anchors.lastAnchor}: ${anchors.problem || anchors.findings.length ? 'NOT as anchored' : 'as anchored'}`}`;
      return finish(options.format, intact, { ...chains, anchors }, lines, verdict);
    });
}
