/** Telling the user, calmly, that a damaged file was found and what was done about it. */
export const notices = {
  restored: {
    title: '保存データの一部が壊れていたため、バックアップから復元しました',
    body: '「{{document}}」のファイルが使えない状態だったため、{{backupTakenAt}} 時点の自動バックアップに戻しました。それ以降に入力した内容は反映されていない可能性があります。',
  },
  startedEmpty: {
    title: '保存データの一部が壊れていて、使えるバックアップもありませんでした',
    body: '「{{document}}」は空の状態から始めています。元のファイルは消さずに残してあります。',
  },
  movedTo: '壊れたファイルの保管場所: {{path}}',
  reason: {
    unreadable: 'ファイルを読み取れませんでした',
    invalid: 'ファイルの中身が正しい形式ではありませんでした',
    newer_version: '新しい版のアプリで保存されたファイルでした',
    missing: 'ファイルが見当たりませんでした（削除されたか、移動された可能性があります）',
  },
  documents: {
    settings: 'アプリの設定',
    workspace: '会社の基本情報',
    profile: '会社プロフィール',
    other: 'データ',
  },
};
