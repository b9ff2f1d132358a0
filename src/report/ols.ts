// Ordinary least squares of y on x with an intercept, for the fitted β-convergence line.

export interface Line {
  slope: number;
  intercept: number;
}

function mean(v: number[]): number {
  return v.reduce((a, b) => a + b, 0) / v.length;
}

/**
 * The OLS line through (x, y). With `slope` given (e.g. β from summary.json), only the
 * intercept is fitted: an OLS line passes through the mean point, so a = ȳ − b·x̄.
 * Runs in O(n). Returns undefined for fewer than two points or no spread in x.
 */
export function olsLine(x: number[], y: number[], slope?: number): Line | undefined {
  if (x.length < 2 || x.length !== y.length) return undefined;
  const mx = mean(x);
  const my = mean(y);
  let b = slope;
  if (b === undefined) {
    const sxx = x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
    if (sxx === 0) return undefined;
    b = x.reduce((s, xi, i) => s + (xi - mx) * (y[i] - my), 0) / sxx;
  }
  return { slope: b, intercept: my - b * mx };
}
