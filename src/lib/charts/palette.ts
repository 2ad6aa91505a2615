/**
 * Chart colours, light theme, as SVG presentation attributes (the PNG has no
 * stylesheet). `src/styles/charts.css` overrides them per class for dark mode.
 * Okabe–Ito hues, darkened where needed so each has ≥ 3:1 contrast on white
 * (marks) and text colours ≥ 4.5:1.
 */
export const palette = {
  /** The later period, the main series: Okabe–Ito blue, 5.0:1 on white. */
  current: '#0072b2',
  /** The baseline (= 100) and other context: neutral grey, 4.8:1 on white. */
  baseline: '#6b7280',
  /** Thresholds and highlighted events: Okabe–Ito vermillion darkened, 4.6:1 on white. */
  accent: '#c24e00',
  /** Secondary series (windows on a timeline): Okabe–Ito bluish green darkened, 4.6:1 on white. */
  secondary: '#007a5a',
  /** Tracks and gridlines: decorative, no contrast needed. */
  track: '#e5e7eb',
  text: '#1f2328',
  /** Secondary text: 6.4:1 on white. */
  muted: '#57606a',
} as const;

/** Class names the stylesheet uses to recolour marks. */
export const markClass = {
  /** Filled marks (bars, dots) in the main colour. */
  current: 'bc-m-current',
  /** Stroked marks (lines, arrows, dashed open ends) in the main colour. */
  currentStroke: 'bc-s-current',
  /** Stroked marks in the accent colour (threshold lines). */
  accentStroke: 'bc-s-accent',
  baseline: 'bc-m-baseline',
  accent: 'bc-m-accent',
  secondary: 'bc-m-secondary',
  track: 'bc-m-track',
  muted: 'bc-t-muted',
  derived: 'bc-m-derived',
} as const;
