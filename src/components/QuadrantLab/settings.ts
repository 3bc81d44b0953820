/**
 * The quadrant lab's settings, and how they travel in the URL's query string so a teacher can
 * link one quadrant's setup (`/choosing?cores=1&load=io#quadrant-lab`). No React here.
 */

export type Load = 'cpu' | 'io' | 'mix';

export interface LabSettings {
  /** Core tokens (1 … the cores the browser reports). */
  cores: number;
  load: Load;
  tasks: number;
  steps: number;
  /** CPU work per step, ms. */
  cpu: number;
  /** Simulated I/O per step, ms. */
  io: number;
  /** Workers of the threads model. */
  threads: number;
  /** Time slice, ms. */
  slice: number;
}

type Sizes = Pick<LabSettings, 'tasks' | 'steps' | 'cpu' | 'io' | 'threads'>;

/** Sizes each workload starts with; the reader may change every one. */
export const PRESETS: Record<Load, Sizes> = {
  cpu: {tasks: 8, steps: 1, cpu: 100, io: 0, threads: 8},
  io: {tasks: 24, steps: 3, cpu: 4, io: 30, threads: 4},
  mix: {tasks: 12, steps: 4, cpu: 10, io: 20, threads: 8},
};

export const DEFAULT_SLICE_MS = 10;

/** [min, max] of each number; anything outside is clamped. */
export const LIMITS: Record<keyof Sizes | 'slice', [number, number]> = {
  tasks: [1, 64],
  steps: [1, 10],
  cpu: [0, 500],
  io: [0, 1000],
  // The runtime allows 32 live workers in one run; the main worker is one of them.
  threads: [1, 24],
  slice: [0.2, 50],
};

/** The one-after-another model must finish within this, or the lab refuses to start. */
export const MAX_SEQUENTIAL_MS = 20_000;

const LOADS: Load[] = ['cpu', 'io', 'mix'];
const KEYS = ['tasks', 'steps', 'cpu', 'io', 'threads', 'slice'] as const;

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v));
}

function num(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const v = Number(raw);
  return Number.isFinite(v) ? v : undefined;
}

/** Whole numbers, except the slice, which may be a fraction of a millisecond. */
function tidy(key: (typeof KEYS)[number], v: number): number {
  return clamp(key === 'slice' ? Math.round(v * 10) / 10 : Math.round(v), LIMITS[key]);
}

export function defaultSettings(maxCores: number, load: Load = 'cpu'): LabSettings {
  return {cores: Math.max(1, Math.min(2, maxCores)), load, ...PRESETS[load], slice: DEFAULT_SLICE_MS};
}

/**
 * Reads settings from a query string. `cores` may be a number or `max`; missing sizes come
 * from the workload's preset. `maxCores` is what this browser reports.
 */
export function parseSettings(search: string, maxCores: number): LabSettings {
  const q = new URLSearchParams(search);
  const loadRaw = q.get('load');
  const load: Load = LOADS.includes(loadRaw as Load) ? (loadRaw as Load) : 'cpu';
  const s = defaultSettings(maxCores, load);
  const coresRaw = q.get('cores');
  if (coresRaw === 'max') s.cores = Math.max(1, maxCores);
  else {
    const c = num(coresRaw);
    if (c !== undefined) s.cores = clamp(Math.round(c), [1, Math.max(1, maxCores)]);
  }
  for (const key of KEYS) {
    const v = num(q.get(key));
    if (v !== undefined) s[key] = tidy(key, v);
  }
  return s;
}

/** Whether the query string says anything the lab reads. */
export function hasSettings(search: string): boolean {
  const q = new URLSearchParams(search);
  return ['cores', 'load', ...KEYS].some((k) => q.has(k));
}

/** The query string for these settings: only what differs from the workload's preset. */
export function toSearch(s: LabSettings): string {
  const q = new URLSearchParams();
  q.set('cores', String(s.cores));
  q.set('load', s.load);
  const preset = PRESETS[s.load];
  for (const key of KEYS) {
    const base = key === 'slice' ? DEFAULT_SLICE_MS : preset[key];
    if (s[key] !== base) q.set(key, String(s[key]));
  }
  return `?${q.toString()}`;
}

/** Replaces one size, clamped to its limits. */
export function withValue(s: LabSettings, key: (typeof KEYS)[number], value: number): LabSettings {
  if (!Number.isFinite(value)) return s;
  return {...s, [key]: tidy(key, value)};
}

/** A new workload: its preset sizes, keeping cores and slice. */
export function withLoad(s: LabSettings, load: Load): LabSettings {
  return {...s, load, ...PRESETS[load]};
}

/** Share of a task's time spent computing (not waiting), 0…1. */
export function cpuShare(s: Pick<LabSettings, 'cpu' | 'io'>): number {
  const total = s.cpu + s.io;
  return total > 0 ? s.cpu / total : 0;
}

/** How long the one-after-another model takes at least: every step's CPU and I/O in a row. */
export function sequentialMs(s: Pick<LabSettings, 'tasks' | 'steps' | 'cpu' | 'io'>): number {
  return s.tasks * s.steps * (s.cpu + s.io);
}
