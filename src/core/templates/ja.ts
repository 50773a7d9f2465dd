import type { TemplatePack } from './types';

/**
 * Japanese built-ins, in polite business register. 「あなた」 is avoided: addressed directly it
 * reads blunt in Japanese, so questions are put without a pronoun.
 */
export const ja: TemplatePack = {
  whatWouldYouDo: { title: '私の立場ならどうされますか？', body: '承知しました。私としては{outcomeWanted}を希望しています。もし私の立場でしたら、どのようにされますか？' },
  whatWouldYouDoPlain: { title: '私の立場ならどうされますか？（短文）', body: '承知しました。もし私の立場でしたら、どのようにされますか？' },
  whatWouldYouDoInMyPlace: { title: '仮に私の立場だとしたら…', body: '仮に私の立場だとしたら、次に何を試されますか？' },
  summary: { title: '経緯の要約', body: '注文番号{orderNumber}：{purchaseDate}に{item}を{amount}で購入しました。{whatHappened}{outcomeWanted}を希望します。' },
  citeTerms: { title: '保証・規約を引用する', body: '{item}の保証書と利用規約を確認しました。私の理解では{outcomeWanted}の対象になるはずです。ご確認いただけますか？' },
  policyWhere: { title: '規定の記載場所を尋ねる', body: 'その規定はどこに記載されているか、教えていただけますか？リンクや規約の該当箇所をお知らせいただけると助かります。' },
  supervisor: { title: '責任者を依頼する', body: 'ご判断が難しい内容かと思います。恐れ入りますが、責任者の方とお話しできますでしょうか？' },
  timeline: { title: '期限・折り返し・受付番号', body: 'いつ頃解決する見込みでしょうか。また、いつご連絡いただけますか？この件の受付番号も教えていただけますでしょうか。' },
  dispute: { title: 'チャージバックに触れる', body: 'できればこちらで解決したいと考えています。解決できない場合は、{amount}の請求についてカード会社に異議を申し立てます。' },
  executive: { title: 'お客様相談室を尋ねる', body: 'お客様相談室または苦情窓口への連絡方法を教えていただけますか？' },
  publicChannel: { title: 'ほかの正式な窓口を尋ねる', body: 'この件について、書面での苦情受付やSNSのサポートなど、ほかに正式な窓口はありますか？' },
  notYourFault: { title: '担当の方のせいではありません', body: 'ご担当の方のせいではないことは承知しています。ご対応いただき、本当に感謝しています。' },
  thanks: { title: 'お礼', body: '{agentName}様、ご対応ありがとうございました。' },
  thanksResolved: { title: 'お礼（解決）', body: 'おかげさまで解決しました。お時間を割いていただき、ありがとうございました。' },
};
