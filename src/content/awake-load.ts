/**
 * `parley:content-awake` in the extension build: the awake stage comes from its own file, which
 * the background injects into this frame when asked (`frame/awake`, src/platform/awake-file.ts).
 * This is the first extension API the frame touches; a frame without a chat never gets here.
 * Unit tests and type checks use awake-direct.ts, which imports the module.
 */
import type * as AwakeModule from './awake';
import { AWAKE_MODULE_KEY } from './wake';
import { sendToBackground } from '../platform/messaging';

type Awake = typeof AwakeModule;

export async function loadAwake(): Promise<Awake> {
  const scope = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(AWAKE_MODULE_KEY);
  if (!scope[key]) await sendToBackground('frame/awake', {});
  const loaded = scope[key] as Awake | undefined;
  if (!loaded) throw new Error('Parley could not load its chat support into this frame.');
  return loaded;
}
