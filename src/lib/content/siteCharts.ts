import { chartSpecSchema, type ChartSpec } from '../../schemas/chart.ts';

/**
 * Charts of the site-level pages (home, platform, providers). Parsed with the
 * same schema as charts in case frontmatter, so a wrong reference fails the
 * build; the references themselves are checked when the chart is built.
 */
const chart = (spec: unknown): ChartSpec => chartSpecSchema.parse(spec);

export const providerScaleChart = chart({
  type: 'providerScale',
  title: '各服务商服务的商家数',
  takeaway: '服务商的体量差别很大，服务的商家从百余家到上千家不等。',
  figures: ['gougoushou/merchants-served', 'xiakehui/merchants-served', 'tianxun/merchants-served'],
});

export const crossCaseChart = chart({
  type: 'crossCase',
  title: '各案例的成交额(GMV)',
  takeaway: '从单场直播到一周、一个月，案例的成交额相差悬殊，所以用对数刻度并排比较。',
  figures: [
    'xiakehui/monthly-settled-gmv',
    'xiakehui-818/week-gmv',
    'tianxun-haoshu/gmv-818',
    'lexu-818/peak-day-sales',
    'xiakehui-xuejiejie/week-gmv',
    'xiakehui-hongyuan/single-show-gmv',
    'lexu-kadanlu/gmv-818',
    'xiakehui-xuejiejie/day-gmv',
  ],
});

export const penetrationChart = chart({
  type: 'slope',
  title: '服务商渗透产业带商家的GMV占比',
  takeaway: '一年之内，服务商带动的成交在产业带商家GMV中的占比大幅提升。',
  figures: ['belt-provider-programme/penetration-2021-start', 'belt-provider-programme/penetration-2021-end'],
});

export const platformTiles = chart({
  type: 'tiles',
  title: '2022 抖音818发现好物节的平台数据',
  takeaway: '大促期间，直播时长以千万小时计，挂车短视频的播放以百亿次计。',
  figures: ['platform-818-2022/live-hours', 'platform-818-2022/cart-video-plays', 'belt-provider-programme/belt-market-2021'],
});

export const campaignTimeline = chart({
  type: 'timeline',
  title: '2022 年 818 前后的时间线',
  takeaway: '服务商的节奏比平台大促更长：有的商家在大促前起号，有的活动期一直延续到大促之后。',
  milestones: [
    'xiakehui-xuejiejie/account-start',
    'lexu-818/window',
    'platform-818-2022/festival',
    'lexu-818/peak-day',
  ],
});

export const bigNumberTiles = chart({
  type: 'tiles',
  title: '案例里的大数字',
  takeaway: '案例里的成交额以千万、亿计：单日、单周、单月都有。',
  figures: ['lexu-818/peak-day-sales', 'tianxun-haoshu/gmv-818', 'xiakehui/monthly-settled-gmv', 'xiakehui-818/week-gmv'],
});
