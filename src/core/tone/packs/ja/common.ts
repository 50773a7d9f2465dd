/**
 * Japanese sentences that no rule of the pack may flag: firm-but-polite escalation,
 * frustration, codes, quotes and negation. Shared by every rule's `examples.pass`.
 */
export const PASS_JA: string[] = [
  '購入から5か月で故障しました。保証期間内なので修理をお願いします。',
  '水曜日までに返金がなければ、カード会社に異議申し立て（チャージバック）をします。',
  '恐れ入りますが、上司の方に代わっていただけますか。',
  '2週間たっても解決しないことに、正直とても困っています。',
  '注文番号はBAKA-4411です。状況を確認していただけますか。',
  '担当の方に「バカですか、規約を読んでください」と言われ、残念に思いました。',
  'あなたが無能だと言っているわけではありません。',
];
