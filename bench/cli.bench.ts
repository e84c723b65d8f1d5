/**
 * Whole-process cost of the CLI on a 2M-character agreement, against the cheapest thing that could
 * be called an audit: a bare Node script that reads the file and runs one alternation of ~50
 * keywords over it. Goal: the CLI takes at most 3× that baseline (median over 7 rounds of the ratio).
 * Also times the phases of one CLI-like run (bench/cli-phases.ts, bundled the same way) in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli';
import { defaultEngine } from '../src/engine';
import { agreementText, median, table } from './engine.bench';

const CHARS = 2_000_000;
const RUNS = 7;
const GOAL_RATIO = 3;

const KEYWORDS = [
  '通讯录', '联系人', '通话记录', '短信', '紧急联系人', '亲属', '家人', '朋友', '同事', '单位', '工作单位', '催收',
  '逾期', '违约', '罚息', '滞纳金', '服务费', '手续费', '砍头', '会员', '担保费', '保险费', '年化', '日利率', '月利率',
  '不可撤销', '不承担', '概不负责', '免责', '修改', '变更', '无需通知', '另行通知', '第三方', '合作机构', '关联公司', '共享',
  '披露', '公开', '黑名单', '征信', '位置', '相册', '应用列表', 'contacts', 'call log', 'sms', 'irrevocable', 'liable', 'share',
];

/** The baseline: read, decode, one regex pass, print a count. */
const BASELINE = `import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const re = new RegExp(${JSON.stringify(KEYWORDS.join('|'))}, 'gi');
let n = 0;
for (const _ of text.matchAll(re)) n++;
console.log(JSON.stringify({ matches: n }));
`;

/**
 * Node reads the file NODE_EXTRA_CA_CERTS names at every start, before any script runs: in a sandbox
 * that sets it to the system bundle, that is about 50 ms added to both sides, which flatters the
 * ratio. The processes measured here start without it, as on a machine that does not set it.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/**
 * Wall times of each command over RUNS rounds. Rounds interleave the commands, so a burst of load
 * from elsewhere on the machine hits all of them alike, and ratios are taken within each round.
 */
function timeProcesses(commands: string[][], devNull: number): number[][] {
  const times: number[][] = commands.map(() => []);
  const env = childEnv();
  for (let round = 0; round <= RUNS; round++) {
    commands.forEach((args, c) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'], env });
      const ms = performance.now() - t0;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      // Round 0 warms the file cache and is not counted.
      if (round > 0) times[c]!.push(ms);
    });
  }
  return times;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loanlens-bench-'));
  try {
    const file = join(dir, 'agreement-2m.txt');
    writeFileSync(file, agreementText(CHARS));
    const cli = join(dir, 'loanlens.cjs');
    const { bytes } = await buildCli(cli);
    const baseline = join(dir, 'baseline.mjs');
    writeFileSync(baseline, BASELINE);
    const devNull = openSync('/dev/null', 'w');
    const phaseScript = join(dir, 'phases.cjs');
    await buildCli(phaseScript, join(import.meta.dirname, 'cli-phases.ts'));
    const timed = spawnSync(process.execPath, [phaseScript, file], { env: childEnv(), encoding: 'utf8' });
    if (timed.status !== 0) throw new Error(`phase timing failed: ${timed.stderr}`);
    const breakdown = JSON.parse(timed.stdout) as [string, number][];

    const [empty, base, full, version] = timeProcesses(
      [['-e', '0'], [baseline, file], [cli, 'audit', '--format', 'json', file], [cli, '--version']],
      devNull,
    ) as [number[], number[], number[], number[]];

    console.log(`cli: ${CHARS.toLocaleString('en')}-character agreement, median of ${RUNS} runs; bundle ${Math.round(bytes / 1024)} KB, ${defaultEngine().ruleset.rules.length} rules`);
    console.log(
      table(
        ['process', 'min ms', 'median ms'],
        [
          ['node -e 0 (Node start-up alone)', empty],
          [`baseline: read + one ${KEYWORDS.length}-keyword regex`, base],
          ['loanlens --version (bundle start-up, no audit)', version],
          ['loanlens audit --format json FILE', full],
        ].map(([name, ms]) => [name as string, Math.min(...(ms as number[])).toFixed(0), median(ms as number[]).toFixed(0)]),
      ),
    );
    if (process.env.NODE_EXTRA_CA_CERTS !== undefined) console.log('(measured without NODE_EXTRA_CA_CERTS, which this shell sets: see childEnv)');
    const ratio = median(full.map((ms, round) => ms / base[round]!));
    console.log(`goal: CLI ≤ ${GOAL_RATIO}× baseline (median of per-round ratios) → ${ratio.toFixed(2)}× ${ratio <= GOAL_RATIO ? 'MET' : 'MISSED'}`);
    console.log('\nwhere the time goes (one fresh process, bundled like the CLI, after Node start-up and bundle load):');
    console.log(table(['phase', 'ms'], breakdown.map(([name, ms]) => [name, ms.toFixed(1)])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
