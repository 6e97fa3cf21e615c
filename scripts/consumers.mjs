// `npm run consumers` (after `npm run build`): the package as a new user gets it (issue 20).
//
// Packs the package (`npm pack`), unpacks the tarball into node_modules/hostpolicy of a scratch
// directory (its dependencies and optional peers are linked from this project's node_modules:
// the same versions, no network), and then:
// - type-checks test/consumers/*.ts, which import every entry point and call every public
//   function, in one consumer project per supported resolver (nodenext as ESM and as
//   CommonJS, node16, bundler, node10), each strict, with exactOptionalPropertyTypes and
//   skipLibCheck: false. Each function has a `// @ts-expect-error` line with bad input: should a
//   declaration turn into `any`, the directive is unused and tsc fails;
// - checks that the consumer files cover every function and class each entry point exports;
// - checks the package itself: every `exports` target is in the tarball, no condition sends a
//   bundler to a prebuilt bundle with its own copy of the library, repository/homepage/bugs are
//   set, and every relative link of README.md points at a file in the tarball.
// Prints one line per check and exits 1 when any fails. `--keep` keeps the scratch directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const consumers = join(root, 'test/consumers');
// usesTesting.ts is apart: hostpolicy/testing's declarations import fast-check, whose own
// declarations do not resolve under node10.
const EVERY_ENTRY = 'usesEveryEntry.ts';
const TESTING = 'usesTesting.ts';
const keep = process.argv.includes('--keep');
const require = createRequire(import.meta.url);
const ts = require('typescript');
const tsc = require.resolve('typescript/bin/tsc');

// The consumer projects: one per resolver a user's tsconfig may choose. Node projects see Node's
// globals (@types/node); the bundler project is a web page's (DOM).
const NODE = { lib: ['ES2022'], types: ['node'] };
const PROJECTS = [
  { name: 'nodenext', type: 'module', module: 'nodenext', moduleResolution: 'nodenext', ...NODE, what: 'ESM, what `tsc --init` chooses' },
  { name: 'nodenext-cjs', type: 'commonjs', module: 'nodenext', moduleResolution: 'nodenext', ...NODE, what: 'a CommonJS project' },
  { name: 'node16', type: 'module', module: 'node16', moduleResolution: 'node16', ...NODE, what: 'ESM' },
  {
    name: 'bundler',
    type: 'module',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM'],
    types: [],
    what: 'Vite, esbuild, webpack',
  },
  // esModuleInterop: zod's CommonJS declarations need it under node10 (node16 and nodenext imply it).
  {
    name: 'node10',
    type: 'commonjs',
    module: 'commonjs',
    moduleResolution: 'node10',
    ...NODE,
    esModuleInterop: true,
    withoutTesting: true,
    what: 'CommonJS through typesVersions; not hostpolicy/testing',
  },
];

const failures = [];
const pass = (line) => console.log(`✓ ${line}`);
const fail = (line, details = []) => {
  failures.push(line);
  console.log(`✗ ${line}`);
  for (const detail of details) console.log(`    ${detail}`);
};

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'hostpolicy-consumers-'));
try {
  // 1. Pack and unpack, as `npm install <tarball>` would.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(scratch, packed[0].filename);
  const files = new Set(packed[0].files.map((f) => f.path));
  const installed = join(scratch, 'node_modules/hostpolicy');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  console.log(`${packed[0].filename}: ${files.size} files, ${(packed[0].size / 1000).toFixed(1)} kB packed`);

  const linked = [];
  // Dependencies, optional peers (fast-check: hostpolicy/testing's declarations import it), and
  // the consumer's own @types/node.
  for (const dep of [...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }), '@types/node']) {
    const from = join(root, 'node_modules', dep);
    if (!existsSync(from)) continue;
    const to = join(scratch, 'node_modules', dep);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(from, to, 'dir');
    linked.push(dep);
  }

  // 2. The package itself.
  checkPackage(pkg, files);

  // 3. The consumer file covers every function of every entry point.
  checkCoverage(pkg, installed);

  // 4. One consumer project per resolver.
  for (const project of PROJECTS) {
    const dir = join(scratch, project.name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${project.name}`, private: true, type: project.type }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: project.lib,
          module: project.module,
          moduleResolution: project.moduleResolution,
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          ...(project.esModuleInterop ? { esModuleInterop: true } : {}),
          types: project.types,
          noEmit: true,
        },
        files: project.withoutTesting ? [EVERY_ENTRY] : [EVERY_ENTRY, TESTING],
      }),
    );
    for (const file of [EVERY_ENTRY, TESTING]) writeFileSync(join(dir, file), readFileSync(join(consumers, file), 'utf8'));
    const run = spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
    // The consumer file's own errors first (an unused @ts-expect-error is an `any`), then the
    // declarations' (they name the package's file).
    const where = relative(root, consumers);
    const lines = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(/^(?=uses\w+\.ts)/, `${where}/`).replaceAll('../node_modules/hostpolicy/', 'hostpolicy/'));
    const errors = lines.filter((l) => /error TS\d+/.test(l));
    const ours = lines.filter((l) => l.startsWith(where));
    const label = `${project.name.padEnd(12)} (${project.what}): `;
    if (run.status === 0) pass(`${label}type-checks`);
    else fail(`${label}${errors.length} type errors`, [...ours, ...lines.filter((l) => !ours.includes(l))].slice(0, 25));
  }
  console.log(`(linked from this project's node_modules: ${linked.join(', ')})`);
} finally {
  if (keep) console.log(`scratch directory kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`\n${failures.length} check(s) failed`);
  process.exit(1);
}

/** Every leaf of an `exports` value with the conditions that lead to it. */
function leaves(value, conditions = []) {
  if (typeof value === 'string') return [{ conditions, target: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([condition, inner]) => leaves(inner, [...conditions, condition]));
}

/** What a resolver with these conditions picks for one `exports` value (first match wins). */
function resolveExport(value, conditions) {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [condition, inner] of Object.entries(value)) {
    if (condition !== 'default' && !conditions.includes(condition)) continue;
    const found = resolveExport(inner, conditions);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkPackage(pkg, files) {
  const missing = [];
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const { conditions, target } of leaves(value)) {
      if (!files.has(target.replace(/^\.\//, ''))) missing.push(`${subpath} [${conditions.join(' > ')}] → ${target}`);
    }
  }
  if (missing.length === 0) pass('every `exports` target is in the tarball');
  else fail('`exports` targets missing from the tarball', missing);

  // A browser bundler must get the same modules as Node's `import`: a prebuilt bundle carries its
  // own copy of money and pricing, so a page importing two entries would ship (and mix) two copies.
  const apart = [];
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    const forNode = resolveExport(value, ['import']);
    const forBrowser = resolveExport(value, ['browser', 'import']);
    if (forNode !== forBrowser) apart.push(`${subpath}: browser → ${forBrowser}, import → ${forNode}`);
  }
  if (apart.length === 0) pass('a browser bundler resolves every entry to the ordinary ESM build');
  else fail('a browser bundler gets a separate build (a second copy of the library)', apart);

  const absentFields = ['repository', 'homepage', 'bugs'].filter((field) => pkg[field] === undefined);
  if (absentFields.length === 0) pass('repository, homepage and bugs are set');
  else fail(`package.json lacks ${absentFields.join(', ')}`);

  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((href) => !/^[a-z]+:/i.test(href));
  const dead = [...new Set(links)].filter(
    (href) =>
      !files.has(href.replace(/^\.\//, '')) && ![...files].some((f) => f.startsWith(`${href.replace(/^\.\//, '').replace(/\/$/, '')}/`)),
  );
  if (dead.length === 0) pass(`the README's ${links.length} relative links point into the tarball`);
  else fail('README links to files the tarball lacks (dead on npm)', dead);

  const api = [...files].some((f) => f.startsWith('docs/api/'));
  const where = api ? 'in the tarball' : 'not built yet (`npm run docs`; `prepublishOnly` builds it before a publish)';
  console.log(`ℹ API reference (docs/api/): ${where}`);
}

/** Exported functions and classes of one declaration file, read with the TypeScript API. */
function callableExports(program, file) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const names = [];
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class)) names.push(symbol.name);
    else if (target.flags & ts.SymbolFlags.Variable && checker.getTypeOfSymbolAtLocation(target, source).getCallSignatures().length > 0)
      names.push(symbol.name);
  }
  return names;
}

function checkCoverage(pkg, installed) {
  const text = [EVERY_ENTRY, TESTING].map((file) => readFileSync(join(consumers, file), 'utf8')).join('\n');
  const lines = text.split('\n');
  const imported = new Map();
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'hostpolicy\/([^']+)'/g)) {
    const names = match[1]
      .split(',')
      .map(
        (n) =>
          n
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
      )
      .filter(Boolean);
    imported.set(match[2], new Set([...(imported.get(match[2]) ?? []), ...names]));
  }
  // Lines right after a `@ts-expect-error` directive: each must be an error.
  const expected = lines.filter((_, i) => i > 0 && /\/\/ @ts-expect-error/.test(lines[i - 1])).join('\n');
  const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
  const notImported = subpaths.filter((s) => !new RegExp(`from '${s === '.' ? 'hostpolicy' : `hostpolicy/${s.slice(2)}`}'`).test(text));
  const entries = subpaths.filter((s) => s !== '.' && s !== './quote').map((s) => s.slice(2));
  const program = ts.createProgram(
    entries.map((e) => join(installed, `dist/${e}.d.ts`)),
    { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: [] },
  );
  const uncovered = [];
  let count = 0;
  for (const entry of entries) {
    for (const name of callableExports(program, join(installed, `dist/${entry}.d.ts`))) {
      count += 1;
      const missing = [];
      if (!imported.get(entry)?.has(name)) missing.push(`not imported from 'hostpolicy/${entry}'`);
      if (!new RegExp(`\\b${name}\\b`).test(expected)) missing.push('no @ts-expect-error line');
      if (missing.length > 0) uncovered.push(`hostpolicy/${entry}: ${name} (${missing.join(', ')})`);
    }
  }
  const problems = [...notImported.map((s) => `entry ${s} is not imported`), ...uncovered];
  const where = `${relative(root, consumers)}/`;
  if (problems.length === 0) pass(`${where} imports every entry point and has a bad-input line for each of ${count} functions and classes`);
  else fail(`${where} does not cover the whole API`, problems);
}
