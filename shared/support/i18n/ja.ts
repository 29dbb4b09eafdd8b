/** The support file on the settings page: what it holds, in words a shop owner can check. */
export const support = {
  title: 'サポート用ファイル',
  lead: 'アプリの動きがおかしいときに、相談先のサポート担当者へ渡すファイルです。担当者から頼まれたら、ここで保存して送ってください。',
  containsTitle: 'ファイルに入るもの',
  containsVersions: 'アプリとパソコンのバージョン（Otasuke Desk、Windows・macOS などの種類）',
  containsStorage: 'データの保存状態（保存できているか、バックアップの数、壊れたファイルを直した日時）',
  containsLog: '動作の記録（いつ、どの画面の操作が、どれくらいの時間で成功または失敗したか）',
  noCustomerData: 'お客様や取引先の情報、会社名、担当者の名前や電話番号、インシデントの内容、パスフレーズは入りません。会社は「1番目」「2番目」のような番号と、意味を持たない識別記号だけで表されます。',
  readable: 'ファイルはメモ帳などで開いて、送る前に中身を確かめられます。',
  logFolder: '動作の記録は、データの保存場所にある「logs」フォルダに残り、古いものから自動で消えます。',
  button: 'サポート用ファイルを保存する',
  saved: 'サポート用ファイルを保存しました。',
  savedTo: '保存先: {{path}}',
  downloaded: 'ダウンロードフォルダに保存しました。',
};
