import type { ChartSpec } from '../../schemas/chart.ts';

/**
 * Why a chart adds nothing to its page: big-number tiles that only repeat the
 * figures already shown at the top. Undefined when the chart shows something
 * the top does not.
 */
export function repeatedTilesProblem(chart: ChartSpec, shownAtTop: readonly string[], topField: string): { message: string; gloss: string } | undefined {
  if (chart.type !== 'tiles') return undefined;
  if (!chart.figures.every((ref) => shownAtTop.includes(ref))) return undefined;
  return {
    message: `大数字图表“${chart.title}”只是把页首已经显示的数字（${topField}）再摆一遍：图表要多说点什么（例如与推算出的去年数值对比），否则删掉这个图表`,
    gloss: `tiles chart only repeats the figures shown at the top (${topField}): chart a comparison or remove it`,
  };
}
