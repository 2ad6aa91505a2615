/** Rows' short names must match the figures one to one, or the chart would mislabel a figure. */
export function checkLabels(labels: readonly string[] | undefined, count: number, builder: string): void {
  if (labels && labels.length !== count)
    throw new Error(`${builder}: labels has ${labels.length} names for ${count} figures; give one name per figure, in order`);
}
