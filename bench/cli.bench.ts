/**
 * Whole-process cost of the CLI on a 2M-character agreement, against the cheapest thing that could
 * be called an audit: a bare Node script that reads the file and runs one alternation of ~50
 * keywords over it. Goal: the CLI takes at most 3× that baseline (median of 7 runs each).
 * Also breaks one in-process run into its phases to show where the CLI's time goes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli';
import { formatJson } from '../src/cli/format/json';
import { toolInfo } from '../src/cli/run';
import { decodeBytes } from '../src/extract/decode';
import { audit, defaultEngine } from '../src/engine';
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
 * Median wall time of each command over RUNS rounds. Rounds interleave the commands, so a burst of
 * load from elsewhere on the machine hits all of them alike and the ratios stay meaningful.
 */
function timeProcesses(commands: string[][], devNull: number): number[] {
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round <= RUNS; round++) {
    commands.forEach((args, c) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'] });
      const ms = performance.now() - t0;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      // Round 0 warms the file cache and is not counted.
      if (round > 0) times[c]!.push(ms);
    });
  }
  return times.map(median);
}

function phases(file: string): [string, number][] {
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const t1 = performance.now();
  const { text } = decodeBytes(bytes);
  const t2 = performance.now();
  defaultEngine();
  const t3 = performance.now();
  const report = audit(text);
  const t4 = performance.now();
  const out = formatJson([{ source: file, title: undefined, encoding: 'utf-8', report, lines: report.findings.map(() => 1) }], { tool: toolInfo(), lang: undefined, color: false });
  const t5 = performance.now();
  return [
    ['read file', t1 - t0],
    ['decode (strict UTF-8)', t2 - t1],
    ['build engine (rule automaton)', t3 - t2],
    ['audit', t4 - t3],
    [`format json as UTF-8 (${(out.length / 1e6).toFixed(1)} MB)`, t5 - t4],
  ];
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
    // Measured first, while this process has not built the engine yet.
    const breakdown = phases(file);

    const [empty, base, full, version] = timeProcesses(
      [['-e', '0'], [baseline, file], [cli, 'audit', '--format', 'json', file], [cli, '--version']],
      devNull,
    ) as [number, number, number, number];

    console.log(`cli: ${CHARS.toLocaleString('en')}-character agreement, median of ${RUNS} runs; bundle ${Math.round(bytes / 1024)} KB, ${defaultEngine().ruleset.rules.length} rules`);
    console.log(
      table(
        ['process', 'median ms'],
        [
          ['node -e 0 (Node start-up alone)', empty.toFixed(0)],
          [`baseline: read + one ${KEYWORDS.length}-keyword regex`, base.toFixed(0)],
          ['loanlens --version (bundle start-up, no audit)', version.toFixed(0)],
          ['loanlens audit --format json FILE', full.toFixed(0)],
        ],
      ),
    );
    const ratio = full / base;
    console.log(`goal: CLI ≤ ${GOAL_RATIO}× baseline → ${ratio.toFixed(2)}× ${ratio <= GOAL_RATIO ? 'MET' : 'MISSED'}`);
    console.log('\nwhere the time goes (one in-process run, first engine use):');
    console.log(table(['phase', 'ms'], breakdown.map(([name, ms]) => [name, ms.toFixed(1)])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
