/**
 * Sizes shared by the builders. Charts are drawn 400 units wide and scale to
 * their column; at a 360 px screen the column is about 328 px, so 14-unit text
 * shows at ≥ 11 px (14 × 328 / 400 ≈ 11.5). No text is drawn smaller, ticks included.
 */
export const layout = {
  width: 400,
  fontSize: 14,
  /** One labelled row of a horizontal chart: label line above, mark below. */
  rowHeight: 50,
  /** Height of a bar inside its row. */
  barHeight: 18,
  marginTop: 8,
  marginBottom: 40,
  marginLeft: 8,
  marginRight: 16,
} as const;
