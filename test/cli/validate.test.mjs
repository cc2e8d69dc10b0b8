// `programme-elements validate`: what an editor sees for broken feeds (codes, paths, lines,
// exit codes), in each format. Needs a build (npm test builds first).
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {cli, fixture} from './run-cli.mjs';

const located = (problems) =>
  problems.map(({code, severity, path, line, column}) => `${code} ${severity} ${path} ${line}:${column}`);

describe('validate', () => {
  it('passes the sample feed with exit 0', () => {
    const {code, stdout} = cli('validate', fixture('../../../sample/sample-feed.json'));
    assert.equal(code, 0);
    assert.match(stdout, /sample-feed\.json: valid, no problems\./);
  });

  it('gives each problem of a damaged feed its code, path, line and column, and exits 1', () => {
    const {code, stdout} = cli('validate', '--format', 'json', fixture('damaged.json'));
    assert.equal(code, 1);
    const problems = JSON.parse(stdout);
    assert.deepEqual(located(problems), [
      'date-invalid field programmes[0].awardDate 8:20',
      'unsafe-url field programmes[0].projects[0].url 10:61',
      'item-invalid item programmes[0].projects[1].title 11:32',
    ]);
    for (const problem of problems) {
      assert.deepEqual(Object.keys(problem).sort(), ['code', 'column', 'file', 'line', 'message', 'path', 'severity']);
      assert.match(problem.message, /^"\w+" .+\. .+\.$/, 'a sentence saying what is wrong and how to fix it');
    }
  });

  it('words each problem from the Welsh catalogue with --lang cy, its code, path and place unchanged', async () => {
    const {catalogue: cy} = await import(new URL('../../dist/i18n/cy.js', import.meta.url).href);
    const english = JSON.parse(cli('validate', '--format', 'json', fixture('damaged.json')).stdout);
    const run = cli('validate', '--format', 'json', '--lang', 'cy', fixture('damaged.json'));
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    const welsh = JSON.parse(run.stdout);
    assert.deepEqual(located(welsh), located(english));
    for (const [index, problem] of welsh.entries()) {
      // The sentence's fixed words, in Welsh: what follows its last placeholder ("; gadewir … allan.").
      const ending = cy.problems[problem.code].split(/\{\w+\}/).at(-1);
      assert.ok(problem.message.includes(ending), `${problem.message} has "${ending}"`);
      assert.doesNotMatch(problem.message, /is left out|must be|does not exist/);
      assert.notEqual(problem.message, english[index].message);
    }
    // The text report too.
    assert.match(cli('validate', '--lang', 'cy', fixture('damaged.json')).stdout, /dyddiad nad yw’n bod/);
  });

  it('says everything on stdout in Welsh with --lang cy: no sentence, fix, advice or report line of the English catalogue', async () => {
    const english = await englishOnly();
    for (const name of ['damaged.json', 'advice.json', 'repeated.min.json']) {
      const runs = {};
      for (const lang of ['en', 'cy']) {
        for (const format of ['text', 'json', 'sarif']) {
          runs[`${lang} ${format}`] = cli('validate', '--format', format, '--lang', lang, fixture(name));
        }
      }
      for (const format of ['text', 'json', 'sarif']) {
        const [en, cy] = [runs[`en ${format}`], runs[`cy ${format}`]];
        assert.equal(cy.code, en.code, `${name} ${format}: the exit code`);
        assert.equal(cy.stderr, '');
        const said = wordsOf(format, cy.stdout);
        const found = english.filter((piece) => said.some((text) => text.includes(piece)));
        assert.deepEqual(found, [], `${name} --format ${format} --lang cy says English`);
        // The English run does say them: the check can see English.
        const saidInEnglish = wordsOf(format, en.stdout);
        assert.ok(
          english.some((piece) => saidInEnglish.some((text) => text.includes(piece))),
          `${name} ${format}`,
        );
      }
      const [en, cy] = [JSON.parse(runs['en json'].stdout), JSON.parse(runs['cy json'].stdout)];
      assert.deepEqual(
        cy.map(({file, code, severity, path, line, column}) => [file, code, severity, path, line, column]),
        en.map(({file, code, severity, path, line, column}) => [file, code, severity, path, line, column]),
      );
      const [enSarif, cySarif] = [JSON.parse(runs['en sarif'].stdout), JSON.parse(runs['cy sarif'].stdout)];
      const shape = (log) => {
        const [run] = log.runs;
        return [
          run.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration, rule.properties]),
          run.results.map(({ruleId, ruleIndex, level, locations}) => [ruleId, ruleIndex, level, locations]),
        ];
      };
      assert.deepEqual(shape(cySarif), shape(enSarif));
      assert.deepEqual(
        [enSarif.runs[0].language, cySarif.runs[0].language],
        ['en-GB', 'cy'],
        'the runs say their language',
      );
      // The text report's places and codes, line for line.
      const places = (stdout) => stdout.match(/^\S+:\d+:\d+ {2}\w+ {2}[\w-]+ {2}\S+$/gm);
      assert.deepEqual(places(runs['cy text'].stdout), places(runs['en text'].stdout));
    }
  });

  it('says a valid feed is valid in Welsh', async () => {
    const {help} = await import(new URL('../../dist/i18n/help-cy.js', import.meta.url).href);
    const {code, stdout} = cli('validate', '--lang', 'cy', fixture('../../../sample/sample-feed.json'));
    assert.equal(code, 0);
    assert.ok(stdout.endsWith(`sample-feed.json${help.report.valid.replace('{file}', '')}\n`), stdout);
  });

  it('says when --lang names a language it has no catalogue for, and words the problems in English', () => {
    const {code, stdout, stderr} = cli('validate', '--format', 'json', '--lang', 'pl', fixture('damaged.json'));
    assert.equal(code, 1);
    assert.match(stderr, /no catalogue for "pl"/);
    assert.match(JSON.parse(stdout)[0].message, /does not exist/);
  });

  it('prints a code frame with a caret under the value, the sentence and the code', () => {
    const {stdout} = cli('validate', fixture('damaged.json'));
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.endsWith('item  item-invalid  programmes[0].projects[1].title'));
    assert.match(lines[at], /damaged\.json:11:32 {2}item/);
    assert.equal(lines[at + 2], '> 11 |         {"id": "two", "title": 5},');
    assert.equal(lines[at + 3].indexOf('^'), lines[at + 2].indexOf('5'));
    assert.match(lines[at + 5], /^ {2}"title" must be text, got 5; this project is left out\./);
    assert.match(stdout, /3 problems \(1 item, 2 field\): date-invalid 1, unsafe-url 1, item-invalid 1\./);
  });

  it('exits 0 for advice alone, and gives each of the advice checks', () => {
    const {code, stdout} = cli('validate', '--format', 'json', fixture('advice.json'));
    assert.equal(code, 0);
    assert.deepEqual(located(JSON.parse(stdout)), [
      'start-after-end advice programmes[0].period 8:17',
      'amount-not-positive advice programmes[0].fundingPerTeam.amount 9:36',
      'date-far-future advice programmes[0].awardDate 10:20',
      'relative-link advice programmes[0].url 11:14',
      'summary-repeats-title advice programmes[0].projects[0].summary 12:76',
      'reused-id advice programmes[1].projects[0].id 17:27',
    ]);
  });

  it('gives fatal problems for a file that is not JSON and a future major version', () => {
    const {code, stdout} = cli(
      'validate',
      '--format',
      'json',
      fixture('not-json.json'),
      fixture('future-version.json'),
    );
    assert.equal(code, 1);
    assert.deepEqual(located(JSON.parse(stdout)), [
      'not-json fatal (feed) 3:36',
      'version-unsupported fatal version 1:13',
    ]);
  });

  it('counts a repeated problem and shows only its first occurrences', () => {
    const {stdout} = cli('validate', fixture('repeated.min.json'));
    assert.equal(stdout.match(/ {2}unsafe-url {2}/g).length, 3);
    assert.match(stdout, /… and 9 more unsafe-url \(--format json lists every one\)\./);
    assert.match(stdout, /12 problems \(12 field\): unsafe-url 12\./);
    assert.match(stdout, /repeated\.min\.json:1:181 {2}field {2}unsafe-url {2}programmes\[0\]\.projects\[0\]\.url/);
  });

  it('writes SARIF 2.1.0 with a rule per code and a located result per problem', () => {
    const {code, stdout} = cli('validate', '--format', 'sarif', fixture('damaged.json'));
    assert.equal(code, 1);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'programme-elements');
    assert.deepEqual(
      run.results.map((result) => [result.ruleId, result.level, result.locations[0].physicalLocation.region]),
      [
        ['date-invalid', 'warning', {startLine: 8, startColumn: 20}],
        ['unsafe-url', 'warning', {startLine: 10, startColumn: 61}],
        ['item-invalid', 'error', {startLine: 11, startColumn: 32}],
      ],
    );
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });

  it('exits 2 for a usage mistake or a file it cannot read', () => {
    assert.equal(cli('validate').code, 2);
    assert.equal(cli('validate', '--format', 'xml', fixture('damaged.json')).code, 2);
    const missing = cli('validate', fixture('no-such-feed.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such-feed\.json: cannot be read \(no such file\)\./);
    assert.equal(cli('no-such-command').code, 2);
  });

  it('reads a feed from a URL and resolves its relative links against it', async () => {
    const body = readFileSync(fixture('advice.json'));
    const server = createServer((request, response) => {
      if (request.url === '/feed.json') response.writeHead(200, {'Content-Type': 'application/json'}).end(body);
      else response.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      const ok = await runAsync('validate', '--format', 'json', `${base}/feed.json`);
      assert.equal(ok.code, 0);
      assert.equal(
        JSON.parse(ok.stdout).some((problem) => problem.code === 'relative-link'),
        false,
      );
      const gone = await runAsync('validate', `${base}/gone.json`);
      assert.equal(gone.code, 2);
      assert.match(gone.stderr, /gone\.json: cannot be read \(the server answered 404\)\./);
    } finally {
      server.close();
    }
  });
});

// The server runs in this process, so the command must run without blocking it.
async function runAsync(...args) {
  const {spawn} = await import('node:child_process');
  const {fileURLToPath} = await import('node:url');
  const child = spawn(process.execPath, [
    fileURLToPath(new URL('../../bin/programme-elements.js', import.meta.url)),
    ...args,
  ]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  return {code, stdout, stderr};
}

/**
 * The fixed words (between placeholders, four characters or more) of the English catalogue's
 * problem sentences and rules and of its editors' part (fixes, advice, report lines), less those
 * the Welsh shares, from the built catalogues.
 */
async function englishOnly() {
  const load = async (path) => import(new URL(`../../dist/i18n/${path}`, import.meta.url).href);
  const [{enGB}, {catalogue: cy}, {helpEnGB}, {help: helpCy}] = await Promise.all(
    ['en-GB.js', 'cy.js', 'help-en.js', 'help-cy.js'].map(load),
  );
  const pieces = (catalogue, help) => {
    const strings = [catalogue.problems, catalogue.rules, help.fixes, help.advice, help.scopes, help.report].flatMap(
      (group) => Object.values(group).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value))),
    );
    return new Set(strings.flatMap((text) => text.split(/\{\w+\}/).map((piece) => piece.trim())));
  };
  const welsh = pieces(cy, helpCy);
  return [...pieces(enGB, helpEnGB)].filter((piece) => piece.length >= 4 && !welsh.has(piece));
}

/** What a report says in words: the text report without its code frames (the feed's own lines), or the JSON's and SARIF's messages and rule texts. */
function wordsOf(format, stdout) {
  if (format === 'text') return stdout.split('\n').filter((line) => !/^[ >] +\d* \|/.test(line));
  if (format === 'json') return JSON.parse(stdout).map((problem) => problem.message);
  const [run] = JSON.parse(stdout).runs;
  return [
    ...run.tool.driver.rules.flatMap((rule) => [rule.shortDescription.text, rule.help.text]),
    ...run.results.map((result) => result.message.text),
  ];
}
