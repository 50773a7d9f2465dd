// Types of bench/lib.mjs for the TypeScript benchmarks.
export function percentile(values: readonly number[], p: number): number;
export function median(values: readonly number[]): number;
export function report(row: Record<string, unknown>): void;
export function round(x: number, digits?: number): number;
export function storeReader(context: unknown, extensionId: string): Promise<{ page: unknown; counts(): Promise<{ conversations: number; messages: number }>; messages(): Promise<unknown[]> }>;
export function waitFor<T>(fn: () => Promise<T> | T, options?: { timeout?: number; interval?: number; what?: string }): Promise<T>;
