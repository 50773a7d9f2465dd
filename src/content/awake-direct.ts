/**
 * `parley:content-awake` outside the extension build (unit tests, type checks): the awake module
 * imported like any other. The build loads it from its own file instead (awake-load.ts).
 */
import type * as AwakeModule from './awake';

export function loadAwake(): Promise<typeof AwakeModule> {
  return import('./awake');
}
