import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Template } from '../../core/templates';
import { loadUserTemplates, onUserTemplatesChange, saveUserTemplates, type TemplateStorage } from '../../platform/user-templates';

export interface UserTemplatesApi {
  templates: Template[];
  /** Synced, or kept on this device and why. */
  storage: TemplateStorage;
  save(next: Template[]): Promise<void>;
}

/** The user's own templates, kept in step with storage (another page or device may change them). */
export function useUserTemplates(): UserTemplatesApi {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [storage, setStorage] = useState<TemplateStorage>({ area: 'sync' });
  useEffect(() => {
    const load = () =>
      void loadUserTemplates().then(
        ({ templates: loaded, ...where }) => {
          setTemplates(loaded);
          setStorage(where);
        },
        () => undefined,
      );
    load();
    return onUserTemplatesChange(load);
  }, []);
  const save = useCallback(async (next: Template[]) => {
    setTemplates(next);
    setStorage(await saveUserTemplates(next));
  }, []);
  return { templates, storage, save };
}
