/**
 * Where plain JavaScript cannot do what Node's `util.inspect` does with engine internals, the
 * worker teaches it through Node's own hook (`Symbol.for('nodejs.util.inspect.custom')`, which
 * returning `this` leaves to the default), set on the prototypes, not enumerable:
 * - a promise's state cannot be read from JavaScript: `Promise { <state unknown> }` says so,
 *   where the library alone would claim every promise is `<pending>`;
 * - finding the non-index keys of a huge array takes the library a walk over every element
 *   (a minute for 10 million): past HUGE elements only the first ones are read, as Node
 *   reads them, and extra named properties of such an array are not shown.
 * Installed in workers only, never where tests compare with Node's own inspect.
 */
const CUSTOM = Symbol.for('nodejs.util.inspect.custom');
/** Arrays longer than this skip the library's walk over every element. */
export const HUGE = 10_000;
const TYPED_ARRAY_PROTO = Object.getPrototypeOf(Uint8Array.prototype) as object;

type InspectFn = (value: unknown, options: Record<string, unknown>) => string;
type Options = Record<string, unknown> & {maxArrayLength?: number | null};

export function promiseText(this: unknown): string {
  const name = constructorName(this);
  return `${name === 'Promise' ? 'Promise' : `${name} [Promise]`} { <state unknown> }`;
}

/** The hook for arrays and typed arrays: `this` unless huge. */
export function hugeArrayText(this: unknown, depth: number, options: Options, inspect: InspectFn): unknown {
  const list = this as ArrayLike<unknown> & {constructor?: unknown};
  let length: number;
  try {
    length = list.length;
  } catch {
    return this;
  }
  const max = Math.max(0, options.maxArrayLength ?? Infinity);
  if (!(length > HUGE) || !(length > max + 1)) return this;
  const typed = ArrayBuffer.isView(list);
  if (!typed && !isDense(list as unknown[], max + 1)) return this;
  // One element more than is shown makes the library print the "more items" entry; its
  // count and the length in the header are then set to the real ones.
  const head = Array.prototype.slice.call(list, 0, max + 1);
  const stand = typed ? typedLike(list, head) : head;
  const text = inspect(stand, {...options, depth});
  const more = length - max;
  return text
    .replace(/\.\.\. 1 more item(?=\s*\]$)/, `... ${more} more item${more > 1 ? 's' : ''}`)
    .replace(new RegExp(`^([\\w$]+)\\(${max + 1}\\)`), `$1(${length})`);
}

/** A typed array of the same kind (and prototype, for a subclass's name) holding `items`. */
function typedLike(list: object, items: unknown[]): object {
  const tag = Object.getOwnPropertyDescriptor(TYPED_ARRAY_PROTO, Symbol.toStringTag)?.get?.call(list) as string;
  const Base = (globalThis as unknown as Record<string, new (items: unknown[]) => object>)[tag];
  return Object.setPrototypeOf(new Base(items), Object.getPrototypeOf(list) as object) as object;
}

function isDense(list: unknown[], n: number): boolean {
  for (let i = 0; i < n; i++) if (!Object.prototype.hasOwnProperty.call(list, i)) return false;
  return true;
}

function constructorName(value: unknown): string {
  try {
    const ctor = (value as {constructor?: {name?: unknown}}).constructor;
    return typeof ctor?.name === 'string' && ctor.name ? ctor.name : 'Promise';
  } catch {
    return 'Promise';
  }
}

function define(proto: object, hook: unknown): void {
  if (Object.prototype.hasOwnProperty.call(proto, CUSTOM)) return;
  Object.defineProperty(proto, CUSTOM, {value: hook, configurable: true, writable: true, enumerable: false});
}

export function installInspectHooks(): void {
  define(Promise.prototype, promiseText);
  define(Array.prototype, hugeArrayText);
  define(TYPED_ARRAY_PROTO, hugeArrayText);
}
