import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Template } from '../../core/templates';
import { loadUserTemplates, onUserTemplatesChange, saveUserTemplates, type StorageArea } from '../../platform/user-templates';

export interface UserTemplatesApi {
  templates: Template[];
  area: StorageArea;
  save(next: Template[]): Promise<void>;
}

/** The user's own templates, kept in step with storage (another sidebar or device may change them). */
export function useUserTemplates(): UserTemplatesApi {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [area, setArea] = useState<StorageArea>('sync');
  useEffect(() => {
    const load = () =>
      void loadUserTemplates().then(
        (loaded) => {
          setTemplates(loaded.templates);
          setArea(loaded.area);
        },
        () => undefined,
      );
    load();
    return onUserTemplatesChange(load);
  }, []);
  const save = useCallback(async (next: Template[]) => {
    setTemplates(next);
    setArea(await saveUserTemplates(next));
  }, []);
  return { templates, area, save };
}
