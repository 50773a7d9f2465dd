// Types of bench/lib.mjs for the TypeScript benchmarks.
export function percentile(values: readonly number[], p: number): number;
export function median(values: readonly number[]): number;
export function report(row: Record<string, unknown>): void;
export function round(x: number, digits?: number): number;
