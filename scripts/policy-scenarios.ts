// The policy variants of china-2020 (one per priority of the paper, and all together) and
// the teaching scenarios. Values are chosen to be clearly different from the defaults in
// src/scenario/defaults.ts, not estimated: they show the direction of each lever.

import { DEFAULT_PARAMS, DEFAULT_POLICY } from '../src/scenario/defaults.ts';
import { TEACHING_IDENTICAL_REGIONS, TEACHING_TWO_REGIONS, TEACHING_VARIANTS } from './teaching-texts.ts';

const SCHEMA = './schema.json';

/** Rural TFP growth under rural revitalisation (the default is DEFAULT_POLICY.ruralTfpGrowth). */
const RURAL_TFP_GROWTH = 0.04;
const SECTOR_SWITCH_COST = DEFAULT_PARAMS.sectorSwitchCost / 2;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Rail and road corridors between west and east that are not provincial neighbours. */
export const NEW_CORRIDORS = [
  { from: 'XJ', to: 'SN' },
  { from: 'XZ', to: 'CQ' },
  { from: 'GZ', to: 'GD' },
  { from: 'YN', to: 'GD' },
];

/** Existing western links whose cost is halved (upgraded). */
export const UPGRADED_WESTERN_LINKS = [
  { from: 'XJ', to: 'GS' },
  { from: 'QH', to: 'XZ' },
  { from: 'SC', to: 'XZ' },
  { from: 'GS', to: 'QH' },
];

const MARKET_UNIFICATION = {
  'policy.migrationCost': 1,
  'policy.hukouPenalty': 0.3,
  'policy.tradeBarrier': 50,
  'policy.capitalFriction': 0.01,
  'policy.hukouAccess': 0.9,
  'policy.settlement': 0.2,
};

/**
 * Priority (ii) with the channels of docs/levers.md: more of the centre's revenue to poorer
 * regions, and more of it as cash to residents and as public capital than the default use.
 */
const TRANSFERS = { rate: 0.8, use: { households: 0.4, services: 0.4, investment: 0.2 } };
const useText = (u: { households: number; services: number; investment: number }) =>
  `${pct(u.households)} as cash to residents, ${pct(u.services)} for local public services, ${pct(u.investment)} as public capital`;

const RELOCATION = { relocationCost: 0.15, relocationSubsidy: { rate: 0.03, groups: ['west', 'central'] } };

function infrastructureSchedule() {
  return [
    ...NEW_CORRIDORS.map((link) => ({ step: 3, addLink: link })),
    ...UPGRADED_WESTERN_LINKS.map((link) => ({ step: 5, linkCost: { ...link, factor: 0.5 } })),
  ];
}

/** `policy.hukouPenalty` → `{policy: {hukouPenalty}}` for the policy block of a file. */
function asPolicy(sets: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(sets).map(([k, v]) => [k.replace('policy.', ''), v]));
}

function variant(name: string, description: string, body: object) {
  return { $schema: SCHEMA, name, description, teaching: TEACHING_VARIANTS[name], extends: 'china-2020', ...body };
}

/** `linked`: existing pairs as "A-B" with A < B, to make sure new corridors are new. */
export function policyScenarios(linked: Set<string>): Record<string, object> {
  for (const l of NEW_CORRIDORS) {
    if (linked.has([l.from, l.to].sort().join('-'))) throw new Error(`${l.from}-${l.to} is already linked`);
  }
  for (const l of UPGRADED_WESTERN_LINKS) {
    if (!linked.has([l.from, l.to].sort().join('-'))) throw new Error(`${l.from}-${l.to} is not a link`);
  }
  return {
    transfers: variant('transfers',
      'Priority (ii), equal basic public services: the centre pays out 80% of its revenue to regions by ' +
      `equalization (policy.transfers.rate 0.8 instead of the default ${DEFAULT_POLICY.transfers.rate}), used ` +
      `${useText(TRANSFERS.use)} (policy.transfers.use; the default is ${useText(DEFAULT_POLICY.transfers.use)}).`,
      { policy: { transfers: TRANSFERS } }),
    'market-unification': variant('market-unification',
      'Priority (i), a unified domestic market: lower costs of moving (migrationCost 1), of living outside ' +
      'one\'s hukou region (hukouPenalty 0.3), of trading (tradeBarrier 50) and of investing elsewhere ' +
      '(capitalFriction 0.01); migrants get more public services (hukouAccess 0.9) and settle faster (settlement 0.2).',
      { policy: asPolicy(MARKET_UNIFICATION) }),
    infrastructure: variant('infrastructure',
      'Priority (ii), infrastructure connectivity: at step 3 four west-east corridors open (Xinjiang-Shaanxi, ' +
      'Tibet-Chongqing, Guizhou-Guangdong, Yunnan-Guangdong); at step 5 four western links are upgraded ' +
      '(Xinjiang-Gansu, Qinghai-Tibet, Sichuan-Tibet, Gansu-Qinghai: cost halved).',
      { schedule: infrastructureSchedule() }),
    'rural-revitalization': variant('rural-revitalization',
      'Priority (iii), urban-rural integration and rural revitalisation: rural TFP grows faster ' +
      `(ruralTfpGrowth ${RURAL_TFP_GROWTH}: ${pct(RURAL_TFP_GROWTH)} a year instead of the default ${pct(DEFAULT_POLICY.ruralTfpGrowth)}) ` +
      `and switching sector costs half the default (params.sectorSwitchCost ${SECTOR_SWITCH_COST}).`,
      { params: { sectorSwitchCost: SECTOR_SWITCH_COST }, policy: { ruralTfpGrowth: RURAL_TFP_GROWTH } }),
    'industrial-relocation': variant('industrial-relocation',
      'Priority (iv), interregional relocation of the industrial chain: investment in western and central ' +
      'regions earns a subsidy of 0.03 on its return, and relocating a firm costs ' +
      `${pct(RELOCATION.relocationCost)} of its capital instead of the default ${pct(DEFAULT_POLICY.relocationCost)}.`,
      { policy: RELOCATION }),
    'common-prosperity': variant('common-prosperity',
      `The four priorities together: transfers (rate 0.8; ${useText(TRANSFERS.use)}), rural revitalisation (ruralTfpGrowth ${RURAL_TFP_GROWTH}, ` +
      `sectorSwitchCost ${SECTOR_SWITCH_COST}), industrial relocation (subsidy 0.03 for west and central, relocationCost 0.15) ` +
      'and the infrastructure schedule (corridors at step 3, upgrades at step 5); market unification is phased in, its levers ramping ' +
      'linearly from step 1 to their market-unification values at step 10.',
      {
        params: { sectorSwitchCost: SECTOR_SWITCH_COST },
        policy: { transfers: TRANSFERS, ruralTfpGrowth: RURAL_TFP_GROWTH, ...RELOCATION },
        schedule: [{ step: 1, over: 10, set: MARKET_UNIFICATION }, ...infrastructureSchedule()],
      }),
  };
}

const IDENTICAL = { population: 1_000_000, urbanShare: 0.5, tfp: 1 };

export function teachingScenarios(): Record<string, object> {
  return {
    'two-regions': {
      $schema: SCHEMA,
      name: 'two-regions',
      description:
        'Teaching: core and periphery. Two identical regions A and B joined by one short link, strong ' +
        'agglomeration (0.6) and low costs of moving, trading and investing across them: a small random ' +
        'advantage can grow until one region holds most of the urban activity. Higher costs of moving and ' +
        'trading, or weaker agglomeration, keep the two alike. Congestion (rising housing costs) is off here; at its default it keeps the two alike too. Productivity is in model units (TFP 1), not yuan. 10,000 agents.',
      teaching: TEACHING_TWO_REGIONS,
      steps: 60,
      params: { laborAgents: 10_000, congestion: 0, agglomeration: 0.6, marketAccessElasticity: 0.2, firmsPerRegion: 20, investorsPerRegion: 5, reviewRate: 0.2 },
      policy: { migrationCost: 0.2, hukouPenalty: 0, hukouAccess: 1, tradeBarrier: 0, capitalFriction: 0, transfers: { rate: 0, formula: 'none' } },
      regions: ['A', 'B'].map((r) => ({ id: r, name: `Region ${r}`, group: 'all', ...IDENTICAL })),
      links: [{ from: 'A', to: 'B', cost: 100 }],
    },
    'identical-regions': {
      $schema: SCHEMA,
      name: 'identical-regions',
      description:
        'Teaching and testing: four identical regions in a ring (A-B-C-D-A, each link cost 300), TFP given ' +
        'directly. Nothing tells them apart, so every inequality index should stay near 0, up to sampling noise.',
      teaching: TEACHING_IDENTICAL_REGIONS,
      params: { laborAgents: 20_000 },
      regions: ['A', 'B', 'C', 'D'].map((r) => ({ id: r, name: `Region ${r}`, group: 'all', ...IDENTICAL })),
      links: [['A', 'B'], ['B', 'C'], ['C', 'D'], ['D', 'A']].map(([from, to]) => ({ from, to, cost: 300 })),
    },
  };
}
