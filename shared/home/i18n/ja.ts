export const home = {
  title: 'ホーム',
  greeting: '{{company}} のセキュリティの状況',
  lead: 'やることの確認と、もしものときの備えをここから始めましょう。',
  cards: {
    selfCheck: {
      title: 'セルフチェック',
      body: '25の質問に答えて、いまの対策の状況を点数で確かめます。10分ほどで終わります。',
      action: 'セルフチェックを始める',
    },
    incidents: {
      title: 'インシデントの記録',
      body: 'ウイルス感染や情報漏えいなど、困ったことが起きたらまずここに記録します。',
      action: 'インシデントを記録する',
    },
    contacts: {
      title: '緊急時の連絡先',
      body: '業者・保険会社・公的な相談窓口の連絡先をまとめておきます。',
      action: '連絡先を見る',
    },
    summary: {
      title: '相談サマリー',
      body: '支援機関や保険会社に渡す資料をPDFで作ります。',
      action: 'サマリーを作る',
    },
  },
};
