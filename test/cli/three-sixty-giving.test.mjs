// import-360giving and export-360giving: messy 360Giving data in, a valid feed out; a feed out
// as grants that validate against the 360Giving 1.4.3 schema; and the round trip between them.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {Validator} from '@cfworker/json-schema';
import {parseFeed} from '../../dist/feed/parse-feed.js';
import {cli, fixture} from './run-cli.mjs';

// The 360Giving Data Standard's schema 1.4.3, as published at its $id.
const SCHEMA = JSON.parse(readFileSync(fixture('360-giving-schema.json'), 'utf8'));
const grantValidator = () => new Validator(SCHEMA, '2020-12', false);
const stderrLines = (stderr) => stderr.trim().split('\n');

describe('import-360giving', () => {
  it('maps every grant of a messy file or lists it with its reason, and writes a feed that validates', () => {
    const {code, stdout, stderr} = cli('import-360giving', fixture('messy-grants.json'));
    assert.equal(code, 1, 'some grants could not be mapped');
    const file = fixture('messy-grants.json');
    const notMapped = stderrLines(stderr).filter((line) => line.includes(' not mapped: '));
    assert.deepEqual(notMapped, [
      `${file}: grants[3] (360G-healthtrust-A004) not mapped: it has no title.`,
      `${file}: grants[4] not mapped: it is not an object.`,
      `${file}: grants[5] not mapped: it has no id.`,
    ]);
    const feed = JSON.parse(stdout);
    const projects = feed.programmes.flatMap((programme) => programme.projects);
    assert.equal(projects.length + notMapped.length, 7, 'every grant is mapped or listed');
    const result = parseFeed(feed);
    assert.equal(result.ok, true);
    assert.deepEqual(result.problems, [], 'the feed it writes has no problem');
    const validated = cli('validate', '--format', 'json', writeTemp('imported.json', stdout));
    assert.equal(validated.code, 0, validated.stdout);
  });

  it('reads dates in UK order, repairs text double-encoded as Latin-1 and forgives keys with spaces', () => {
    const feed = JSON.parse(cli('import-360giving', fixture('messy-grants.json')).stdout);
    const dementia = feed.programmes.find((programme) => programme.id === 'DEM');
    assert.equal(dementia.title, 'Dementia Together');
    assert.deepEqual(
      dementia.projects.map((project) => [project.id, project.title]),
      [
        ['A001', 'Café conversations on dementia'],
        ['A002', 'Singing for breath'],
        ['A003', 'Travel grant'],
      ],
    );
    assert.equal(dementia.projects[0].summary, 'Weekly cafés where families talk with nurses.');
    assert.equal(dementia.awardDate, '2014-06-05');
    assert.deepEqual(dementia.period, {start: '2014-07-01', end: '2015-06-30'});
    // The grants' amounts differ (30,000, £20,000 as text, 500): their mean, marked approximate.
    assert.deepEqual(dementia.fundingPerTeam, {
      amount: Math.round((30_000 + 20_000 + 500) / 3),
      currency: 'GBP',
      approximate: true,
    });
    assert.equal(dementia.teams, 3);
    assert.deepEqual(dementia.projects[0].lead, {
      name: 'Memory Matters',
      url: 'https://memory.example/',
      identifier: 'GB-CHC-1111111',
    });
    assert.deepEqual(dementia.projects[1].lead, {name: 'Breathe Easy Choir'}, "a funder's own 360G- id is no org-id");
    assert.equal('lead' in dementia.projects[2], false, 'an individual is not named');
    assert.deepEqual(feed.publisher, {name: 'The Health Trust', identifier: 'GB-CHC-1234567'});
  });

  it('says on stderr what it mapped with a caveat, and what the standard leaves to the editor', () => {
    const {stderr} = cli('import-360giving', fixture('messy-grants.json'));
    assert.match(
      stderr,
      /grants\[2\] \(360G-healthtrust-A003\): its recipient is an individual: no lead organisation is named/,
    );
    assert.match(stderr, /grants\[6\] \(360G-healthtrust-B001\): its amountAwarded is 0: not counted/);
    assert.match(stderr, /grants\[6\] \(360G-healthtrust-B001\): its awardDate "31\/02\/2015" is not a date\./);
    assert.match(
      stderr,
      /grants\[6\] \(360G-healthtrust-B001\): its url "javascript:alert\(1\)" is not an http\(s\) link: left out\./,
    );
    assert.match(stderr, /360Giving does not carry aims, status, .*promos: write them into the feed/);
  });

  it('keeps one programme by code or title, and writes --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pe-import-')), 'feed.json');
    const {code, stdout} = cli(
      'import-360giving',
      fixture('messy-grants.json'),
      '--programme',
      'safer care',
      '--out',
      out,
    );
    assert.equal(code, 1);
    assert.equal(stdout, '');
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      feed.programmes.map((programme) => programme.id),
      ['SAFE'],
    );
    assert.equal('fundingPerTeam' in feed.programmes[0], false, 'a zero amount is no funding figure');
  });

  it('exits 2 for a programme the file lacks, naming those it has, and for a file that is not 360Giving', () => {
    const missing = cli('import-360giving', fixture('messy-grants.json'), '--programme', 'NOPE');
    assert.equal(missing.code, 2);
    assert.match(
      missing.stderr,
      /nothing to import: no grant is in the programme "NOPE" \(the programmes: DEM, SAFE\)\./,
    );
    const notGrants = cli('import-360giving', fixture('damaged.json'));
    assert.equal(notGrants.code, 2);
    assert.match(notGrants.stderr, /nothing to import: it has no "grants" list\./);
  });
});

describe('export-360giving', () => {
  it('writes grants that validate against the 360Giving 1.4.3 schema', () => {
    const {code, stdout, stderr} = cli('export-360giving', fixture('complete-feed.json'));
    assert.equal(code, 0, stderr);
    const {grants} = JSON.parse(stdout);
    assert.equal(grants.length, 2);
    for (const grant of grants) {
      const result = grantValidator().validate(grant);
      assert.deepEqual(
        result.errors.map((error) => `${error.instanceLocation} ${error.error}`),
        [],
        grant.id,
      );
    }
  });

  it('has a validator that can fail: a grant without its recipient is refused (canary)', () => {
    const [grant] = JSON.parse(cli('export-360giving', fixture('complete-feed.json')).stdout).grants;
    delete grant.recipientOrganization;
    assert.equal(grantValidator().validate(grant).valid, false);
  });

  it('lists every project 360Giving cannot describe, with what it lacks, and exits 1', () => {
    const file = fixture('../../../sample/sample-feed.json');
    const {code, stdout, stderr} = cli('export-360giving', file);
    assert.equal(code, 1);
    const sample = JSON.parse(readFileSync(file, 'utf8'));
    const projects = sample.programmes.flatMap((programme) => programme.projects ?? []);
    const leftOut = stderrLines(stderr).filter((line) => line.includes(' not mapped: '));
    assert.equal(leftOut.length + JSON.parse(stdout).grants.length, projects.length);
    assert.match(
      leftOut[0],
      /programmes\[0\]\.projects\[0\] \(dialysis-self-care\) not mapped: 360Giving requires the programme's awardDate, the project's lead \(recipientOrganization\)\./,
    );
  });
});

describe('feed → 360Giving → feed', () => {
  it('keeps every field the standard carries', () => {
    const grants = writeTemp('grants.json', cli('export-360giving', fixture('complete-feed.json')).stdout);
    const back = JSON.parse(cli('import-360giving', grants).stdout);
    const original = JSON.parse(readFileSync(fixture('complete-feed.json'), 'utf8'));
    const carried = (feed) => ({
      publisher: feed.publisher,
      programmes: feed.programmes.map(
        ({id, title, period, fundingPerTeam, durationMonths, teams, url, awardDate, projects}) => ({
          id,
          title,
          period,
          fundingPerTeam,
          durationMonths,
          teams,
          url,
          awardDate,
          projects,
        }),
      ),
    });
    assert.deepEqual(carried(back), carried(original));
  });
});

function writeTemp(name, text) {
  const path = join(mkdtempSync(join(tmpdir(), 'pe-')), name);
  writeFileSync(path, text);
  return path;
}
