/** Why a setting could not be saved, announced where it was changed. */
export function SettingsError({ error }: { error: string }) {
  return error ? <p role="alert" class="error" data-parley="settings-error">{error}</p> : null;
}
