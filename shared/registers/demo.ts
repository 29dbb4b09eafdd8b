import type { Registers } from './schema';

function daysFrom(today: Date, days: number): string {
  const d = new Date(today);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type Rows<K extends keyof Registers> = Omit<Registers[K][number], 'id' | 'updatedAt'>[];

const pc = { deviceType: 'pc', maker: '', model: '', os: 'Windows 11', osVersion: '24H2', networkId: null, updates: 'auto', antiMalware: 'yes', antiMalwareProduct: 'Microsoft Defender', diskEncryption: 'yes', screenLock: 'yes', support: 'supported', note: '' } as const;

/**
 * サンプル株式会社's registers: 12 devices (three without a recent update check, one past its end
 * of support), one office network, four cloud services (one without MFA), three kinds of important
 * information (the customer list holds about 1,800 people), two partners and two admin IDs.
 * References are by index here; the seeder turns them into ids.
 */
export function demoRegisters(today: Date): { [K in keyof Registers]: Rows<K> } {
  const checked = (days: number) => daysFrom(today, -days);
  return {
    networks: [{ name: '本社の回線とWi-Fi', location: '本社 事務所', purpose: '業務用インターネット・社内Wi-Fi（お客さま用は別）', equipment: 'YAMAHA RTX830', maintainer: '〇〇ネットサービス（保守契約）', note: '' }],
    devices: [
      { ...pc, name: '受注管理PC', maker: 'NEC', model: 'Mate', user: '佐藤 花子', location: '本社 事務所', updateCheckedOn: checked(5) },
      { ...pc, name: '経理PC', maker: '富士通', model: 'ESPRIMO', user: '山田 太郎', location: '本社 事務所', updateCheckedOn: checked(12) },
      { ...pc, name: '社長ノートPC', maker: 'Lenovo', model: 'ThinkPad X1', user: '山田 太郎', location: '持ち歩き', updateCheckedOn: checked(20) },
      { ...pc, name: '営業ノートPC 1', maker: 'Dell', model: 'Latitude', user: '鈴木 一郎', location: '持ち歩き', updateCheckedOn: checked(9) },
      { ...pc, name: '営業ノートPC 2', maker: 'Dell', model: 'Latitude', user: '高橋 次郎', location: '持ち歩き', updateCheckedOn: checked(120), note: '出張が多く、更新を後回しにしがち' },
      { ...pc, name: '倉庫の在庫PC', maker: 'NEC', model: 'Mate', os: 'Windows 10', osVersion: '22H2', user: '倉庫の共用', location: '倉庫', updates: 'manual', updateCheckedOn: null, diskEncryption: 'no', support: 'endOfLife', note: 'Windows 10 のサポートは終了。買い替えを検討中' },
      { ...pc, name: 'ファイルサーバー（NAS）', deviceType: 'server', maker: 'Synology', model: 'DS224+', os: 'DSM', osVersion: '7.2', user: '全員', location: '本社 サーバーラック', updates: 'manual', updateCheckedOn: checked(30), antiMalware: 'no', antiMalwareProduct: '' },
      { ...pc, name: '社長のスマホ', deviceType: 'phone', maker: 'Apple', model: 'iPhone 15', os: 'iOS', osVersion: '18', user: '山田 太郎', location: '持ち歩き', updateCheckedOn: checked(14), antiMalware: 'unknown', antiMalwareProduct: '' },
      { ...pc, name: '営業用スマホ', deviceType: 'phone', maker: 'SHARP', model: 'AQUOS sense', os: 'Android', osVersion: '14', user: '鈴木 一郎', location: '持ち歩き', updateCheckedOn: null, antiMalwareProduct: '' },
      { ...pc, name: '店頭タブレット', deviceType: 'tablet', maker: 'Apple', model: 'iPad', os: 'iPadOS', osVersion: '18', user: '店頭スタッフ', location: '店舗', updateCheckedOn: checked(25), antiMalware: 'unknown', antiMalwareProduct: '' },
      { ...pc, name: '本社ルーター', deviceType: 'network', maker: 'YAMAHA', model: 'RTX830', os: 'ファームウェア', osVersion: 'Rev.15', user: '—', location: '本社 サーバーラック', updates: 'manual', updateCheckedOn: checked(40), antiMalware: 'no', antiMalwareProduct: '', diskEncryption: 'unknown', screenLock: 'unknown' },
      { ...pc, name: '複合機', deviceType: 'other', maker: 'Canon', model: 'imageRUNNER', os: '', osVersion: '', user: '全員', location: '本社 事務所', updates: 'unknown', updateCheckedOn: checked(30), antiMalware: 'no', antiMalwareProduct: '', diskEncryption: 'unknown', screenLock: 'no' },
    ],
    cloud: [
      { name: 'Microsoft 365', purpose: 'メール・予定表・ファイル共有', data: '取引先とのメール、見積書', adminAccounts: 'admin@sample.example（山田）', mfa: 'yes', contract: 'Business Standard 8人分（年契約）', contact: '〇〇ネットサービス 03-0000-0000', note: '' },
      { name: 'クラウド会計', purpose: '会計・請求書', data: '取引先の口座情報、売上', adminAccounts: '山田 太郎', mfa: 'yes', contract: '年額プラン', contact: 'サポート窓口（チャット）', note: '' },
      { name: 'ネットショップ', purpose: 'オンライン販売', data: 'お客さまの氏名・住所・電話番号・注文履歴', adminAccounts: 'shop-admin（佐藤）', mfa: 'no', contract: '月額プラン', contact: 'ショップ運営会社のサポート', note: '2段階認証の設定がまだ' },
      { name: 'オンラインバンキング', purpose: '振込・入出金の確認', data: '会社の口座', adminAccounts: '山田 太郎', mfa: 'yes', contract: '法人向け', contact: '〇〇銀行 法人窓口', note: '' },
    ],
    information: [
      { name: '顧客名簿（ネットショップ・店舗）', category: '販売', location: 'ネットショップ／ファイルサーバー', cloudId: null, manager: '佐藤 花子', access: '販売担当のみ', retention: '最後の取引から5年', personalData: true, personalKinds: '氏名・住所・電話番号・購入履歴', people: 1800, note: '' },
      { name: '見積書・請求書', category: '経理', location: 'クラウド会計', cloudId: null, manager: '山田 太郎', access: '経理・社長', retention: '7年', personalData: false, personalKinds: '', people: null, note: '' },
      { name: '商品の設計図面', category: '製造', location: 'ファイルサーバー（図面フォルダ）', cloudId: null, manager: '鈴木 一郎', access: '設計担当', retention: '製品の販売終了まで', personalData: false, personalKinds: '', people: null, note: '取引先との秘密保持契約の対象' },
    ],
    partners: [
      { name: '〇〇ネットサービス', service: 'ネットワークとパソコンの保守', access: 'ルーター、ファイルサーバー（リモート保守）', sharedInfo: '機器の設定、管理者パスワード', incidentRole: '事故のとき最初に連絡。ログの確保と切り分け', contact: '03-0000-0000（平日9-18時）', note: '' },
      { name: '〇〇運送', service: '商品の配送', access: 'なし（伝票のみ）', sharedInfo: 'お客さまの氏名・住所・電話番号', incidentRole: '漏えいがあれば当社に連絡する約束（契約書 第12条）', contact: '配送センター 0120-000-000', note: '' },
    ],
    admins: [
      { holder: '山田 太郎', account: 'admin@sample.example', system: 'Microsoft 365', cloudId: null, reviewedOn: checked(60), note: '' },
      { holder: '〇〇ネットサービス', account: 'ルーターの管理者ID', system: '本社ルーター', cloudId: null, reviewedOn: null, note: '保守業者が保管。退職者の確認はまだ' },
    ],
  };
}

/** Which cloud service each demo row that names one is kept in (by the cloud row's index). */
export const demoCloudLinks = { information: [2, 1, null], admins: [0, null] } as const;
