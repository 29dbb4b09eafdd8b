import { app, dialog, type BrowserWindow } from 'electron';

/**
 * A page with unsaved typing refuses to unload (beforeunload). Browsers then ask the user; Electron
 * does not, so without this the window would silently stay open. Main knows no app language, so
 * it asks in the system's: Japanese unless the system is in another language.
 */
export function askBeforeLeavingUnsaved(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const ja = app.getLocale().startsWith('ja') || !app.getLocale();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ja ? ['閉じる', '戻る'] : ['Close', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      message: ja ? '入力した内容はまだ保存されていません。' : 'What you typed is not saved yet.',
      detail: ja ? '閉じても入力は下書きとして残り、次に開いたときに続きから書けます。' : 'It is kept as a draft: you can carry on next time.',
    });
    // preventDefault here lets the unload go ahead.
    if (choice === 0) event.preventDefault();
  });
}
