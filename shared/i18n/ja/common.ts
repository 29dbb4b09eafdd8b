/** Words used everywhere: the app frame, buttons, states. */
export const common = {
  appName: 'おたすけデスク',
  appTagline: '中小企業のサイバーセキュリティ相談ノート',
  nav: {
    label: 'メインメニュー',
    home: 'ホーム',
    selfCheck: 'セルフチェック',
    incidents: 'インシデント',
    contacts: '連絡先',
    summary: '相談サマリー',
    settings: '設定',
  },
  actions: {
    save: '保存する',
    saving: '保存しています…',
    cancel: 'キャンセル',
    close: '閉じる',
    edit: '編集する',
    delete: '削除する',
    back: '戻る',
    next: '次へ',
    dismiss: '確認しました',
    retry: 'もう一度試す',
  },
  states: {
    loading: '読み込んでいます…',
    // Shown under a long job's status text once it has taken a few seconds.
    elapsed: '{{seconds}}秒たちました。終わるまでこのままお待ちください。',
    saved: '保存しました',
    notRecorded: '未記録',
    none: 'なし',
    yes: 'はい',
    no: 'いいえ',
  },
  skipToContent: '本文へ移動',
  currentCompany: '表示中の会社',
  demoBadge: 'サンプル',
  language: {
    label: '表示言語',
    ja: '日本語',
    en: 'English',
  },
  hostNotice: {
    browser: 'ブラウザ版で動いています。データはこのパソコンの中だけに保存されます。',
  },
  required: '必須',
  optional: '任意',
};
