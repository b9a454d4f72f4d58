// What the sync screens need to reach files through the DesktopBridge: which shared-folder setting
// is still usable, and a bridge refusal in plain words. A setting saved before folders had tokens
// holds the folder's path; no bridge accepts a path any more, so it is treated as no folder (the
// dialogs are used) and the shared-folder card asks the user to choose the folder again.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BridgeFailure } from '../../shared/platform/desktopBridge';
import { isFolderToken } from '../../shared/platform/desktopBridge';
import type { SharedFolderSetting } from './syncMeta';
import { formatBytes } from './transport';

/** True for a setting whose token is not one a bridge issues (an old setting holding a path). */
export function isStaleSharedFolder(setting: SharedFolderSetting): boolean {
  return !isFolderToken(setting.token);
}

/** The setting when it can be used, otherwise null. */
export function usableSharedFolder(setting: SharedFolderSetting | null): SharedFolderSetting | null {
  return setting && !isStaleSharedFolder(setting) ? setting : null;
}

/**
 * A bridge refusal in plain words: the folder to choose again, the limit a file went over, a file
 * that could not be read or written. The bridge's own detail is for the developer (console) only.
 */
export function bridgeFailureText(failure: BridgeFailure, t: TFunction, language: string): string {
  if (failure.detail) console.warn(`bridge: ${failure.error}: ${failure.detail}`);
  switch (failure.error) {
    case 'unknownFolder':
      return t('platform.chooseFolderAgain');
    case 'tooLarge':
      return failure.limitBytes === undefined ? t('platform.ioError') : t('platform.fileTooLarge', { limit: formatBytes(failure.limitBytes, language) });
    case 'unavailable':
      return t('platform.unavailable');
    case 'invalidRequest':
      return t('platform.invalidRequest');
    case 'ioError':
    case 'cancelled':
      return t('platform.ioError');
  }
}

export function useBridgeFailureText(): (failure: BridgeFailure) => string {
  const { t, i18n } = useTranslation();
  return (failure) => bridgeFailureText(failure, t, i18n.language);
}
