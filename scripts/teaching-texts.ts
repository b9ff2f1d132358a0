// The "About this scenario" texts of the bundled scenarios (the `teaching` field, shown by
// the teaching page like NetLogo's Info tab). Written for a class: what the scenario is,
// how it works, what to notice while it runs and what to try with the page's levers.
// Lever names are the page's slider labels (web/levers.ts); index names are the charts'.

export interface TeachingText {
  what: string;
  how: string;
  notice: string[];
  try: string[];
}

/** The mechanisms every China scenario shares, in one paragraph. */
const CHINA_HOW =
  'Each year workers compare the wage, public services and amenities of every region, net of the costs of ' +
  'moving and of living outside their hukou (registration) region, and some of them move. Investors put their ' +
  'savings where capital earns most after depreciation and the friction of investing outside home; firms enter, ' +
  'exit and relocate. Regions trade with each other more the cheaper the links between them are, and knowledge ' +
  'spreads from leading regions to the others. The centre taxes all income and pays part of it back to regions ' +
  'as transfers.';

export const TEACHING_CHINA_2020: TeachingText = {
  what:
    'China\'s 31 provinces as they were in 2020: their population, urban share and GDP per person from the 2020 ' +
    'census and statistical yearbook. Each circle on the map is a province, its area proportional to its people. ' +
    'The run looks 20 years ahead under today\'s policies.',
  how: CHINA_HOW,
  notice: [
    'The map\'s colours keep one scale for the whole run: watch the west (Gansu, Yunnan, Guizhou) catch up with the coast.',
    'The CV of regional GDP per person and the Theil index fall: poorer provinces grow faster than rich ones (β-convergence).',
    'GDP per person doubles in 20 years, yet the urban / rural income ratio barely moves.',
    'Only a few per cent of people end up living outside their hukou region: moving is costly.',
  ],
  try: [
    'Raise the Transfers rate to 0.9 at the start and compare the grey run without your move: which indices move, and by how much?',
    'Lower the Hukou penalty and the Migration cost to 0: how many more people live outside their hukou region after 10 years?',
    'Click Xinjiang and Shaanxi on the map to build a new corridor: does the west\'s GDP per person react?',
    'Set the Transfers formula to "none" halfway through: does the regional gap start to widen again?',
  ],
};

export const TEACHING_CHINA_2000: TeachingText = {
  what:
    'China\'s 31 provinces as they were in 2000, at the start of the "Go West" campaign, with GDP per person in 2000 yuan. ' +
    'Every province starts at the national urban share (36.2%), because provincial figures for 2000 are not in the data.',
  how: CHINA_HOW,
  notice: [
    'Provinces were much poorer and further apart in 2000 than in 2020: compare the CV of regional GDP per person here with china-2020\'s start.',
    'Its behavioural parameters were fitted to what happened by 2020 (the spread across provinces, docs/calibration.md), yet single provinces still miss: the model knows nothing of the Northeast\'s decline or Guangdong\'s export boom.',
    'Rich coastal provinces (Shanghai, Beijing) stay ahead for the whole run, yet the regional gap narrows by about a third by 2020 (CV from 0.68 to about 0.44), as it did in the data.',
  ],
  try: [
    'Open china-2020 in another tab and put the two side by side: is the gap in 2020 of this run like the actual one at the start of china-2020?',
    'Raise Migrants\' access to 1 early on: does faster migration narrow the gap or widen it?',
  ],
};

const VARIANT_NOTICE = 'The grey line appears only after you move a lever; to compare with china-2020 itself, open it in another tab with the same seed.';

export const TEACHING_VARIANTS: Record<string, TeachingText> = {
  transfers: {
    what: 'China in 2020 with much larger transfers from the centre to the regions: 80% of central revenue is paid out, instead of 50%, and more of it reaches people directly: 40% as cash to residents, 40% for local public services, 20% as public capital (roads, schools) that raises productivity.',
    how:
      'Transfers by equalization go to regions whose local revenue per person is low. Cash raises residents\' disposable income; services raise their living standard; public capital raises the region\'s productivity. ' +
      'Better services also make a region more attractive to workers. ' + CHINA_HOW,
    notice: [
      'The "Transfers to regions" chart starts well above china-2020\'s (about 8,100 bn yuan a year instead of 5,100 bn) and grows with the economy.',
      'The household Gini falls below china-2020\'s: the cash reaches people in the poorer regions. The regional gaps in GDP per person and in living standards move much less (they even end a little higher): transfers change incomes more than production. Is that what you expected?',
      VARIANT_NOTICE,
    ],
    try: [
      'Move the Transfers rate back to 0.5 (china-2020\'s value) and watch the grey run without your move: the gap between the lines is the effect of the extra transfers.',
      'Switch the Transfers formula to "per-capita": the same money, shared by head instead of by need. Which index changes?',
    ],
  },
  'market-unification': {
    what: 'China in 2020 with a unified domestic market: cheap moving, a small hukou penalty, low trade barriers, capital that invests anywhere, and migrants who get most public services.',
    how:
      'With lower costs more workers move to where wages are high, goods trade more between provinces and capital flows to where it earns most. ' +
      CHINA_HOW,
    notice: [
      'Many more people live outside their hukou region than in china-2020 (over 10% instead of about 3%).',
      'People and capital crowd into the richest cities: watch the circles of Beijing and Shanghai grow on the map.',
      'The regional gap in GDP per person (CV, Theil) ends close to china-2020\'s, a little lower: people leave the poorer provinces, which raises output per person there, while activity gathers in the richest cities. Moving people is not the same as closing gaps between places.',
      VARIANT_NOTICE,
    ],
    try: [
      'Raise the Hukou penalty back to 1 (china-2020\'s value): how quickly does the share living outside their hukou region respond?',
      'Raise the Trade barrier to 500 km: what happens to GDP per person?',
    ],
  },
  infrastructure: {
    what: 'China in 2020 with new transport links: four west–east corridors open in year 3, and four western links are upgraded (their cost halved) in year 5.',
    how:
      'A cheaper link lowers the cost of trading, of moving and of spreading knowledge between the regions it joins. ' + CHINA_HOW,
    notice: [
      'The new corridors appear on the map in year 3 (Xinjiang–Shaanxi, Tibet–Chongqing, Guizhou–Guangdong, Yunnan–Guangdong).',
      'Connectivity helps western provinces trade: their capital ends a little above china-2020\'s (colour the map by Capital). Their populations barely change, and Tibet gains people: an open road works both ways.',
      VARIANT_NOTICE,
    ],
    try: [
      'Build a further corridor of your own by clicking two regions on the map, e.g. Qinghai and Sichuan.',
      'Combine the corridors with a higher Transfers rate: do the two policies add up?',
    ],
  },
  'rural-revitalization': {
    what: 'China in 2020 with rural revitalisation: rural productivity grows 4% a year instead of 1%, and switching from farm to city work costs half as much.',
    how:
      'Rural incomes rise with rural productivity, so fewer workers need to leave the countryside, and those who want to switch sector can do so more cheaply. ' +
      CHINA_HOW,
    notice: [
      'The urban / rural income ratio falls clearly, unlike in china-2020.',
      'The poverty rate falls faster, because most of the poor are rural.',
      VARIANT_NOTICE,
    ],
    try: [
      'Add a higher Income floor (0.3): does it still matter once rural incomes grow?',
      'Lower the Migration cost: do rural workers still move to the coast?',
    ],
  },
  'industrial-relocation': {
    what: 'China in 2020 with industrial relocation: investment in western and central provinces earns a subsidy, and relocating a firm costs 15% of its capital instead of 30%.',
    how: 'Investors and firms weigh the subsidy against the returns of the coast; relocating firms take their capital with them. ' + CHINA_HOW,
    notice: [
      'Capital flows towards the west and the centre: colour the map by Capital and watch.',
      'Wages follow capital: colour the map by Urban wage.',
      VARIANT_NOTICE,
    ],
    try: [
      'Raise the Capital friction: does the subsidy still pull capital west?',
      'Compare with the transfers scenario: moving firms or moving money, which narrows the gap more?',
    ],
  },
  'common-prosperity': {
    what: 'China in 2020 with the four priorities together: more transfers, rural revitalisation, industrial relocation and new transport links, with the market unified step by step over the first 10 years.',
    how:
      'The levers of market unification ramp up year by year: watch their sliders move by themselves as the schedule changes them. ' + CHINA_HOW,
    notice: [
      'The sliders of Migration cost, Hukou penalty, Trade barrier and Capital friction move during the first 10 years: that is the scenario\'s own schedule.',
      'The urban / rural income ratio and the household Gini end lower than in china-2020; the share living outside their hukou region climbs as the market opens.',
      VARIANT_NOTICE,
    ],
    try: [
      'Stop the ramp halfway: set the Hukou penalty back to 1 (china-2020\'s value) in year 5 and compare with the grey run.',
      'Which one policy would you drop to save money? Try setting the Transfers rate to 0.5 and see how much the indices change.',
    ],
  },
};

export const TEACHING_TWO_REGIONS: TeachingText = {
  what:
    'Two identical regions, A and B, joined by one short link. Nothing but chance tells them apart at the start. ' +
    'Productivity is in model units (both regions start at 1), not in yuan.',
  how:
    'Strong agglomeration: a region\'s firms are more productive the more workers it has. Moving, trading and investing across ' +
    'the link cost little. So when chance gives one region a few more workers, its wages rise, it attracts more workers and ' +
    'capital, and the advantage feeds on itself: a core and a periphery form.',
  notice: [
    'At first the two regions differ only a little; within 10 to 20 years one of them pulls ahead and keeps pulling.',
    'The circle of the winning region grows as people move there; the CV of regional GDP per person climbs from near 0.',
    'Which region wins depends on the seed: change the Seed and run again.',
  ],
  try: [
    'Lower the Agglomeration slider to 0.1 at the start: do the regions stay alike?',
    'Raise the Migration cost to 5 and the Trade barrier to 2,000 km at the start: can costs of moving and trading stop the divergence?',
    'Let the core form, then raise the Migration cost: does the periphery recover?',
  ],
};

export const TEACHING_IDENTICAL_REGIONS: TeachingText = {
  what: 'Four identical regions in a ring (A–B–C–D–A). A control experiment: there is nothing to converge from.',
  how:
    'The same mechanisms as any scenario, with agglomeration at its default (weak). With no real differences, whatever inequality appears between regions is sampling noise of the agents.',
  notice: [
    'The CV of regional GDP per person and the Theil index stay near 0.',
    'The household income Gini is not 0: people inside each region still differ in skill and work.',
  ],
  try: [
    'Build a link from A to C on the map: does the region in the middle of the ring gain?',
    'Set the Trade barrier to 2,000 km: the regions are cut off from each other, but they are still alike.',
  ],
};
