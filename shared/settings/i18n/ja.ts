export const settings = {
  title: '設定',
  profileTitle: '会社プロフィール',
  profileLead: '相談サマリーや緊急連絡カードに載る情報です。',
  languageTitle: '表示言語',
  languageLead: '画面の言語を切り替えます。相談サマリーの言語は作成時に選べます。',
  demoTitle: 'サンプルの会社',
  demoLead: '架空の会社「サンプル株式会社」を作り、入力例つきで操作を試せます。今の会社のデータはそのまま残ります。',
  demoButton: 'サンプルの会社を作って表示する',
  demoCreated: 'サンプル株式会社を作成し、表示を切り替えました。',
  dataTitle: 'データの保存場所',
  dataLead: 'データはこのパソコンの次のフォルダに保存されています。自動バックアップも同じ場所にあります。',
  version: 'バージョン {{version}}',
};
