/** One figure from `npm run bench`; `budget` is the most the figure may be. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
  /** Free text shown after the figure (e.g. the anchor it is compared with). */
  readonly note?: string;
}
