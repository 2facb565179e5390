// @vitest-environment node
import { computeFigures, type Figures } from '../compute';
import { loadRecords } from '../index';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

function load(deployments: string, changes: string, incidents?: string) {
  const inputs = [
    { name: 'deployments.csv', text: deployments },
    { name: 'changes.csv', text: changes },
    ...(incidents === undefined ? [] : [{ name: 'incidents.csv', text: incidents }]),
  ];
  const { files, set } = loadRecords(inputs);
  for (const file of files) if (!file.ok) throw new Error(file.message);
  return set;
}

/** The figures without the weeks and notices, rounded to six decimals, for comparing with hand-computed values. */
const five = (f: Pick<Figures, 'leadTime' | 'deploymentFrequency' | 'changeFailRate' | 'recoveryTime' | 'reworkRate'>) =>
  JSON.parse(JSON.stringify({ ...f, weeks: undefined, notices: undefined, range: undefined, service: undefined, week: undefined, weekStart: undefined }), (_, v) =>
    typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v,
  );

// One service, "shop", over three ISO weeks; each trap in issue 22 is in it:
// - c1 ships with d1 and is redeployed with d4: its lead time runs to d1 only.
// - c3 first goes to staging (d2) and to a failed deployment (d3); its lead time runs to d4.
// - c6 only ever went to staging; c5 was never deployed.
// - d1 caused two incidents: it counts once in change fail rate, both count in recovery time.
// - i3 has no cause: left out of recovery time.
// - the week of 10 March has no deployment.
// - c2, c3, d2 and i2 are written with offsets other than Z.
const shop = load(
  lines(
    'id,service,environment,status,finished_at,changes,unplanned',
    'd1,shop,production,success,2025-03-03T10:00:00Z,c1 c2,false',
    'd2,shop,staging,success,2025-03-04T12:00:00+02:00,c3;c6,false',
    'd3,shop,production,failure,2025-03-05T10:00:00Z,c3,false',
    'd4,shop,production,success,2025-03-06T10:00:00Z,c3 c1,false',
    'd5,shop,,,2025-03-20T10:00:00Z,c4,true',
  ),
  lines(
    'id,service,committed_at',
    'c1,shop,2025-03-03T08:00:00Z',
    'c2,shop,2025-03-02T22:00:00-02:00',
    'c3,shop,2025-03-04T09:00:00+01:00',
    'c4,shop,2025-03-19T10:00:00Z',
    'c5,shop,2025-03-21T10:00:00Z',
    'c6,shop,2025-03-04T07:00:00Z',
  ),
  lines(
    'id,service,started_at,resolved_at,caused_by',
    'i1,shop,2025-03-03T11:00:00Z,2025-03-03T12:30:00Z,d1',
    'i2,shop,2025-03-03T14:00:00+01:00,2025-03-03T17:00:00Z,d1',
    'i3,shop,2025-03-07T00:00:00Z,2025-03-07T01:00:00Z,',
    'i4,shop,2025-03-20T11:00:00Z,2025-03-20T11:30:00+00:00,d5',
  ),
);

describe('the five figures for a service, computed by hand', () => {
  const figures = computeFigures(shop, { service: 'shop' });

  it('spans whole UTC days from the first deployment or incident to the last', () => {
    expect(figures.range).toEqual({ from: Date.UTC(2025, 2, 3), to: Date.UTC(2025, 2, 21) });
  });

  it('computes each figure and the records it rests on', () => {
    // Lead times 2 h (c1), 10 h (c2), 50 h (c3), 24 h (c4): median (10 + 24) / 2, 90th percentile by nearest rank the 4th of 4.
    // Deployments d1, d4, d5 over 18 days; d1 and d5 caused incidents; d5 is unplanned. Recoveries 1.5 h, 4 h, 0.5 h.
    expect(five(figures)).toEqual({
      leadTime: { medianHours: 17, p90Hours: 50, changes: 4 },
      deploymentFrequency: { deployments: 3, perWeek: 1.166667, perDay: 0.166667, days: 18 },
      changeFailRate: { percent: 66.666667, failedDeployments: 2, deployments: 3 },
      recoveryTime: { medianHours: 1.5, incidents: 3 },
      reworkRate: { percent: 33.333333, unplannedDeployments: 1, deployments: 3 },
    });
  });

  it('lists every ISO week in the span, the one with no deployment too', () => {
    expect(figures.weeks.map((w) => [w.week, new Date(w.weekStart).toISOString().slice(0, 10)])).toEqual([
      ['2025-W10', '2025-03-03'],
      ['2025-W11', '2025-03-10'],
      ['2025-W12', '2025-03-17'],
    ]);
    const [w10, w11, w12] = figures.weeks.map(five);
    expect(w10).toEqual({
      leadTime: { medianHours: 10, p90Hours: 50, changes: 3 },
      deploymentFrequency: { deployments: 2, perWeek: 2, perDay: 0.285714, days: 7 },
      changeFailRate: { percent: 50, failedDeployments: 1, deployments: 2 },
      recoveryTime: { medianHours: 2.75, incidents: 2 },
      reworkRate: { percent: 0, unplannedDeployments: 0, deployments: 2 },
    });
    expect(w11).toEqual({
      leadTime: { medianHours: null, p90Hours: null, changes: 0 },
      deploymentFrequency: { deployments: 0, perWeek: 0, perDay: 0, days: 7 },
      changeFailRate: { percent: null, failedDeployments: 0, deployments: 0 },
      recoveryTime: { medianHours: null, incidents: 0 },
      reworkRate: { percent: null, unplannedDeployments: 0, deployments: 0 },
    });
    // The span ends on 21 March, so the last week has four days in it.
    expect(w12).toEqual({
      leadTime: { medianHours: 24, p90Hours: 24, changes: 1 },
      deploymentFrequency: { deployments: 1, perWeek: 1.75, perDay: 0.25, days: 4 },
      changeFailRate: { percent: 100, failedDeployments: 1, deployments: 1 },
      recoveryTime: { medianHours: 0.5, incidents: 1 },
      reworkRate: { percent: 100, unplannedDeployments: 1, deployments: 1 },
    });
  });

  it('says which records were left out and why', () => {
    expect(figures.notices.map((n) => n.message)).toEqual([
      '1 deployment to other environments (staging: 1) is not counted: only production deployments are.',
      '1 failed production deployment is not counted as a deployment.',
      '1 change no deployment shipped is left out of lead time.',
      '1 change shipped only by failed or non-production deployments is left out of lead time.',
      '1 incident with no caused_by is left out of recovery time: DORA counts only failures a change caused.',
    ]);
    expect(shop.contradictions).toEqual([]);
  });

  it('gives the same figures for all services when there is one', () => {
    const all = computeFigures(shop, { service: null });
    expect(five(all)).toEqual(five(figures));
    expect(all.weeks.map(five)).toEqual(figures.weeks.map(five));
  });

  it('places records in a date range by deployment finish, incident start, or commit for changes never shipped', () => {
    const ranged = computeFigures(shop, { service: 'shop', from: Date.UTC(2025, 2, 10), to: Date.UTC(2025, 2, 24) });
    expect(five(ranged)).toEqual({
      leadTime: { medianHours: 24, p90Hours: 24, changes: 1 },
      deploymentFrequency: { deployments: 1, perWeek: 0.5, perDay: 0.071429, days: 14 },
      changeFailRate: { percent: 100, failedDeployments: 1, deployments: 1 },
      recoveryTime: { medianHours: 0.5, incidents: 1 },
      reworkRate: { percent: 100, unplannedDeployments: 1, deployments: 1 },
    });
    expect(ranged.weeks.map((w) => [w.week, w.deploymentFrequency.deployments])).toEqual([
      ['2025-W11', 0],
      ['2025-W12', 1],
    ]);
    expect(ranged.notices.map((n) => n.code)).toEqual(['change-never-deployed']);
  });

  it('gives a service with no records zero deployments but no rates', () => {
    const none = computeFigures(shop, { service: 'billing' });
    expect(none.deploymentFrequency).toEqual({ deployments: 0, perWeek: 0, perDay: 0, days: 18 });
    expect(none.changeFailRate.percent).toBeNull();
    expect(none.leadTime.medianHours).toBeNull();
    expect(none.weeks).toHaveLength(3);
  });
});

describe('several services, repeated rows and contradictions', () => {
  const set = load(
    lines(
      'id,service,finished_at,changes',
      'a1,api,2025-03-03T12:00:00Z,m1 x9',
      'w1,web,2025-03-03T10:00:00Z,m1',
      'w2,web,2025-03-04T10:00:00Z,m2',
      'w2,web,2025-03-04T10:00:00Z,m2',
      'w3,web,2025-03-05T10:00:00Z,m3',
      'w3,web,2025-03-05T11:00:00Z,m3',
    ),
    lines('id,committed_at', 'm1,2025-03-03T08:00:00Z', 'm2,2025-03-04T11:00:00Z', 'm3,2025-03-05T08:00:00Z'),
    lines(
      'id,started_at,resolved_at,caused_by,service',
      'n1,2025-03-03T13:00:00Z,2025-03-03T15:00:00Z,a1,',
      'n2,2025-03-03T13:00:00Z,2025-03-03T14:00:00Z,zz,web',
      'n3,2025-03-05T12:00:00Z,2025-03-05T13:00:00Z,w3,web',
    ),
  );

  it('names each contradiction with file, row and column, and counts an exact repeat once', () => {
    expect(set.services).toEqual(['api', 'web']);
    expect(set.contradictions.flatMap((g) => g.examples.map((p) => p.message)).sort()).toEqual(
      [
        'Deployment "w3" appears more than once with different values (deployments.csv row 6, deployments.csv row 7); none of them is used.',
        'changes.csv row 3, column committed_at: change "m2" was committed at 2025-03-04T11:00:00.000Z, after deployment "w2" (deployments.csv row 4) that lists it finished at 2025-03-04T10:00:00.000Z; it is left out of lead time.',
        'incidents.csv row 3, column caused_by: incident "n2" names deployment "zz", which is in no deployments file; it is left out of change fail rate and recovery time.',
      ].sort(),
    );
    expect(set.repeated.flatMap((g) => g.examples.map((p) => p.message))).toEqual([
      'deployments.csv row 5 repeats deployment "w2" from deployments.csv row 4 exactly; it is counted once.',
    ]);
  });

  it('counts a change two services shipped once per service, and once in all services at its first deployment', () => {
    // m1: committed 08:00, web's w1 at 10:00 (2 h), api's a1 at 12:00 (4 h).
    expect(computeFigures(set, { service: 'web' }).leadTime).toEqual({ medianHours: 2, p90Hours: 2, changes: 1 });
    expect(computeFigures(set, { service: 'api' }).leadTime).toEqual({ medianHours: 4, p90Hours: 4, changes: 1 });
    expect(computeFigures(set, { service: null }).leadTime).toEqual({ medianHours: 2, p90Hours: 2, changes: 1 });
  });

  it('counts an incident for the service whose deployment caused it', () => {
    const api = computeFigures(set, { service: 'api' });
    expect(api.changeFailRate).toEqual({ percent: 100, failedDeployments: 1, deployments: 1 });
    expect(api.recoveryTime).toEqual({ medianHours: 2, incidents: 1 });
    expect(api.notices.map((n) => n.message)).toEqual(['1 change id that deployments list has no row in the changes files, so its lead time is unknown.']);
    const web = computeFigures(set, { service: 'web' });
    expect(web.changeFailRate).toEqual({ percent: 0, failedDeployments: 0, deployments: 2 });
    expect(web.recoveryTime).toEqual({ medianHours: null, incidents: 0 });
    expect(web.notices.map((n) => n.code)).toEqual(['change-deployed-before-committed', 'incident-unknown-deployment', 'incident-cause-left-out']);
  });

  it('adds up the reasons for all services', () => {
    const all = computeFigures(set, { service: null });
    expect(all.deploymentFrequency.deployments).toBe(3);
    expect(all.changeFailRate.failedDeployments).toBe(1);
    expect(all.notices.map((n) => [n.code, n.count])).toEqual([
      ['change-never-deployed', 1],
      ['change-deployed-before-committed', 1],
      ['change-no-record', 1],
      ['incident-unknown-deployment', 1],
      ['incident-cause-left-out', 1],
    ]);
  });

  it('counts an incident caused by a staging deployment nowhere, and says so', () => {
    const staged = load(
      lines('id,finished_at,environment', 's1,2025-03-03T10:00:00Z,staging', 'p1,2025-03-03T11:00:00Z,production'),
      lines('id,committed_at', 'z,2025-03-03T08:00:00Z'),
      lines('id,started_at,resolved_at,caused_by', 'n,2025-03-03T12:00:00Z,2025-03-03T13:00:00Z,s1'),
    );
    const all = computeFigures(staged, { service: null });
    expect(all.changeFailRate).toEqual({ percent: 0, failedDeployments: 0, deployments: 1 });
    expect(all.recoveryTime.incidents).toBe(0);
    expect(all.notices.map((n) => n.code)).toContain('incident-cause-not-counted');
  });
});

describe('daylight-saving changes', () => {
  // Berlin, 2025: clocks go forward at 02:00 on 30 March and back at 03:00 on 26 October.
  const berlin = load(
    lines('id,finished_at,changes', 's1,2025-03-30T03:30:00+02:00,k1', 's2,2025-10-26T02:30:00+01:00,k2'),
    lines('id,committed_at', 'k1,2025-03-29T23:30:00+01:00', 'k2,2025-10-26T02:30:00+02:00'),
  );
  const figures = computeFigures(berlin, { service: null });

  it('measures lead time in elapsed hours, not wall-clock hours', () => {
    // k1: four hours on the wall clock, three elapsed; k2: none on the wall clock, one elapsed.
    expect(figures.leadTime).toEqual({ medianHours: 2, p90Hours: 3, changes: 2 });
  });

  it('keeps every week between, all 31 of them, and counts the span in days', () => {
    expect(figures.weeks).toHaveLength(31);
    expect(figures.weeks[0]?.week).toBe('2025-W13');
    expect(figures.weeks[30]?.week).toBe('2025-W43');
    expect(figures.weeks.filter((w) => w.deploymentFrequency.deployments > 0).map((w) => w.week)).toEqual(['2025-W13', '2025-W43']);
    expect(figures.deploymentFrequency.days).toBe(211);
  });

  it('says which files are missing instead of computing from nothing', () => {
    expect(figures.changeFailRate.percent).toBeNull();
    expect(figures.notices.map((n) => n.message)).toEqual(['No incidents file is loaded: change fail rate and recovery time need one.']);
  });
});
