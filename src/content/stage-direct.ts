/**
 * `parley:content-stage` outside the extension build (unit tests, type checks): the stage
 * module itself, evaluated like any other. The build replaces it by the stage bundled inside a
 * function (scripts/lib/content-stage.ts).
 */
import * as stageModule from './stage';
import type { Stage } from './sentinel';

export function stage(): Stage {
  return stageModule;
}
