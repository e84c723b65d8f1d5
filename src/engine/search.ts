/** Index of the last of ascending `values` at or below `x`; 0 when none is (or the list is empty). */
export function lastAtOrBelow(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
