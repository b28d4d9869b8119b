# lifelines interface strings, Japanese. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = あなたのいる地域の、危機相談とハームリダクションの窓口
# その言語自身での言語名（言語の切り替えメニューに表示されます）。
language-name = 日本語
language-switcher = ほかの言語
leave-quickly = このサイトからすぐに離れる
leave-note = すぐに離れるためのリンクはこのページを別のページに置き換えますが、ブラウザの履歴は消去しません。
leave-how = 履歴の消し方
showing-help-for = { $region }の相談先を表示しています
change-region = 変更
worldwide = すべての地域（地域を特定できませんでした）
emergency-label = 緊急
emergency-call = 今、危険な状態ですか？ { $number }番に電話してください
# The first number with the services it reaches, e.g. "In danger now? Call 119 (ambulance and fire)".
emergency-call-service = 今、危険な状態ですか？ { $number }番に電話してください（{ $service }）
# The label of a further number whose service its source does not state ("Also: 112").
emergency-other = ほかに
emergency-service-all = すべての緊急事態
emergency-service-ambulance = 救急車
emergency-service-fire = 消防
emergency-service-police = 警察
emergency-service-coast-guard = 海上保安・沿岸警備隊
emergency-service-sea-rescue = 海難救助
emergency-service-mountain-rescue = 山岳救助
emergency-cannot-speak = 話すことや聞くことができない場合：
emergency-way-sms = { $number }にSMSを送る
emergency-way-tty = 文字電話（TTY）：{ $number }
emergency-way-relay = 電話リレーサービス：{ $number }
emergency-way-video = 手話によるビデオ通話
emergency-way-app = 緊急通報アプリ
emergency-register-first = 事前に電話を登録している場合のみ
emergency-register-sms = 事前登録が必要：{ $number }に「{ $word }」とSMSを送る
emergency-register-url = 事前登録が必要
emergency-eu112 = 112は欧州連合の全域で使える緊急通報番号です。
emergency-worldwide = 危険な状態にある場合は、今すぐ地域の緊急通報番号に電話してください。下で地域を選ぶと、その番号が表示されます。
emergency-none = この国の緊急通報番号は、まだ確認できていません。危険な状態にある場合は、近くにいる人に助けを呼んでもらってください。
lines-heading = 相談できる窓口
lines-none = この地域には、このテーマに合う窓口がありません。すべてのテーマを表示すると、すべての窓口を見られます。
services-heading = 情報とサービス
services-intro = 以下には電話、SMS、チャットの窓口がありません。連絡方法は各ウェブサイトに載っています。
choices-more = その他
choices-heading = 今、どんな状況ですか？
filter-all = すべての窓口を表示
call = { $number }に電話する
then-press = その後、{ $option }番を押す
text-keyword = { $number }に「{ $keyword }」とSMSを送る
text-number = { $number }にSMSを送る
chat = オンラインでチャット
website = ウェブサイト
app = アプリ
hours-always = 24時間・年中無休
hours-unknown = 受付時間は未確認
open-now = 受付中
closed-now = 受付時間外
# { $time } は窓口の受付が終わる・始まる現地時刻、{ $zone } はそのタイムゾーン名
# （「日本時間」など）、{ $day } は今日でない場合の曜日。日本語では { $hour } は使いません。
open-until = 受付中・{ $time }まで（{ $zone }）
open-until-day = 受付中・{ $day } { $time }まで（{ $zone }）
closed-opens = 受付時間外・{ $time }から受付（{ $zone }）
closed-opens-day = 受付時間外・{ $day } { $time }から受付（{ $zone }）
closed-instead = この窓口は受付時間外ですが、{ $name }は今受け付けています。
closed-instead-emergency = この窓口は受付時間外です。危険な状態にある場合は、緊急通報番号に電話してください。
languages = 対応言語：{ $list }
cost = 料金：{ $cost }
cost-free = 無料
save-contacts = これらの番号を電話に保存する
print-card = これらの番号をカードに印刷する
report-problem = この掲載情報の問題を報告する
nav-regions = すべての地域
nav-about = このサイトについて
nav-privacy = プライバシー
nav-data = データの出典
nav-sms = SMSゲートウェイ向け
regions-title = 地域を選ぶ
regions-intro = 窓口を掲載しているすべての国です。あなたの国を選んでください。州や県が載っている場合は、そちらも選べます。
not-found-title = ページが見つかりません
not-found-text = そのページは見つかりませんでした。どこにいても使える窓口と、掲載しているすべての地域を以下に示します。
bad-request-title = そのリクエストを読み取れませんでした
bad-request-text = そのアドレスには、私たちの知らない部分があります。どこにいても使える窓口と、掲載しているすべての地域を以下に示します。
bad-request-topic = そのテーマは私たちの知らないものです。どこにいても使える窓口を以下に示します。各地域のページでは、その地域のテーマを選べます。
bad-request-language = このサイトはその言語に対応していません。対応している言語は、各ページの下部に表示されています。
bad-request-region = その地域コードは私たちの知らないものです。下のリストから地域を選んでください。
bad-request-theme = その配色テーマは私たちの知らないものです。light、dark、auto のいずれかを指定できます。
server-error-title = こちら側で問題が発生しました
server-error-text = サーバーのエラーのため、このページを表示できませんでした。どこにいても使える窓口と、掲載しているすべての地域を以下に示します。
about-title = lifelinesについて
about-text = lifelinesは、あなたのいる地域の危機相談とハームリダクションの窓口を掲載しています。最初に緊急通報番号、次に自殺・危機相談の窓口、サイケデリック体験のピアサポート、オーバードーズ（過剰摂取）への対応や薬物の成分検査のサービスです。すべての番号は明示された情報源と照合して確認しており、その情報源はデータのページに表示されています。
about-geo = 表示するリストを選ぶために、ネットワークアドレスからあなたの地域を一度だけ推定し、その後アドレスは保持しません。地域はいつでも変更できます。
privacy-title = プライバシー
privacy-text = lifelinesはクッキーを使わず、ほかのサイトから何も読み込まず、あなたの訪問を記録しません。ネットワークアドレスは地域の推定にだけ使い、ログに残したり保存したりすることはありません。唯一の小さなスクリプトは、すぐに離れるためのリンクでこのページを置き換えるためだけのものです。
privacy-history = 「このサイトからすぐに離れる」リンクは、このページを無関係なページに置き換えるので、「戻る」ボタンでここに戻ることはありません。ただし、ブラウザの履歴は消去しません。この訪問は履歴に残ったままです。
privacy-history-how = 履歴から消すには、ブラウザの履歴を開き（多くのパソコンではCtrl+H、スマートフォンではブラウザのメニューの「履歴」）、このサイトの項目を削除してください。プライベートウィンドウやシークレットウィンドウでは、履歴はまったく残りません。
report-title = 掲載情報の問題を報告する
report-intro = 掲載情報の番号や受付時間などが間違っている場合は、このサイトを管理している人たちに知らせてください。次の人が間違った窓口に案内されないようにするためです。今すぐ助けが必要な場合は、リストに戻って緊急通報番号か相談窓口に電話してください。
report-what = どの掲載情報か（名前、または見たページのアドレス）、何が間違っているか、正しい情報がどこにあるかを書いてください。窓口を運営する団体自身のページか、政府のページが最適です。訂正は、そのような情報源と照合してから反映されます。
report-public = 訂正の内容は公開されることがあります。あなた自身の体験、名前や電話番号、ほかの人に関することは書かないでください。
report-where = このサイトの運営者が訂正用に示している宛先に送ってください。データのページにはすべての掲載情報の出典が載っているので、先に確認することもできます。
report-form = 訂正を送る（公開フォーム）
report-sources = 各掲載情報のデータの出典
access-heading = 話すことや聞くことができない場合：
access-tty = 文字電話（TTY）：{ $number }
access-relay-via = 電話リレーサービス：{ $via }にかけてから、{ $number }につないでもらう
access-relay = 電話リレーサービス：お使いのリレーサービスを通じて{ $number }に電話する
access-video = { $language }によるビデオ通話
access-videophone = テレビ電話で{ $language }：{ $number }
access-whatsapp = WhatsApp { $number }
access-email = メール：{ $address }
abroad-no = この国の電話網からのみ利用できます：{ $country }
abroad-yes = 国外からもかけられます（{ $country }）：{ $number }
abroad-call = 国外から（{ $country }）：{ $number }に電話してください
networks-only = { $networks }の電話からのみ
data-title = データの出典
data-intro = すべての掲載情報と、その内容を最後に確認した日と確認先です。確認が古いものから順に表示しています。
data-verified = 確認日
data-listing = 掲載情報
data-emergency-row = { $country }の緊急通報番号：{ $number }
data-source = 出典
data-stale = 1年以上前
data-release = これはデータリリース{ $release }（{ $date }作成）です。各リリースでの変更点：
data-no-release = このデータはリリースとして作成されたものではないため、変更の記録はありません。
data-archive = リリース全体（データファイルとHSDSパッケージ）、公開時のまま1バイトも変えずに：
data-signed = メンテナーによって署名されています。minisignとこのサーバーの公開鍵でダウンロードを検証するには：
data-unsigned = このサーバーはデータの署名を検証していません。データは署名なしで提供されています。
data-changed = 最終変更
data-checked = 機械による確認
data-check-ok = 出典にまだ掲載されています
data-check-missing = 出典に{ $value }が掲載されなくなりました
data-check-problem = 出典を確認できませんでした（{ $kind }）
data-checked-at = 各行の出典は、{ $date }に機械で最後に読み直しました。出典に番号が見当たらなくなった行はメンテナーに知らされ、どう対応するかはメンテナーが判断します。

# 困っている人が使う言葉で書いた、テーマの選択肢（一人称）。
choice-crisis = 今すぐ誰かと話したい
choice-suicide = 死にたいと思っている
choice-psychedelic = バッドトリップでつらい
choice-substance-use = 薬物の使用について話したい
choice-overdose = オーバードーズかもしれない人がいる
choice-drug-checking = 持っている薬物の成分を調べたい
choice-poison = 誰かが有害なものを飲み込んだ
choice-mental-health = こころの調子が悪くてつらい
choice-peer-support = 同じ経験をした人と話したい
choice-lgbtq = LGBTQ+で、支えがほしい
choice-youth = 子ども・若者で、助けがほしい
choice-veterans = 軍に所属している、または所属していた
choice-domestic-violence = 家にいるのが安全ではない
choice-sexual-assault = 性暴力を受けた

# Overdose response, shown first on the overdose choice. Each step follows the source named
# beside it on the page; keep the meaning exact.
# overdose-local-number は、国の緊急通報番号がわからない場合に手順中の { emergency } の代わりに入ります。
overdose-local-number = お住まいの地域の緊急通報番号
guide-unreviewed = lifelinesによる翻訳です。まだ日本語の母語話者による確認を受けていません。
law-by-subdivision = ここでは、善きサマリア人法は州や県によって異なります。法律が守りうる範囲（出典がある場合）：
expect-heading = 電話やSMSで相談するとどうなるか
law-not-advice = 法律は地域によって異なります。これは法的助言ではありません。
source = 出典

# 印刷用のカード。
card-title = 控えておく番号：{ $region }
card-scan = すべての窓口と、今受け付けているかどうか：
card-print = このカードを印刷する

topic-crisis = 危機
topic-suicide = 自殺
topic-psychedelic = サイケデリック体験
topic-substance-use = 薬物の使用
topic-overdose = オーバードーズ（過剰摂取）
topic-drug-checking = 薬物の成分検査
topic-poison = 中毒
topic-mental-health = こころの健康
topic-peer-support = ピアサポート
topic-lgbtq = LGBTQ+
topic-youth = 子ども・若者
topic-veterans = 軍人・退役軍人
topic-domestic-violence = ドメスティック・バイオレンス
topic-sexual-assault = 性暴力

# The embeddable widget's link back to the full page.
embed-full-list = すべての窓口をlifelinesで見る

# /partners: how other sites link, embed, call the API and take the data.
nav-partners = 連携する団体向け
partners-title = リンク、埋め込み、データの利用
partners-intro = ハームリダクション団体、フェスティバル、クリニック、SMSサービス、ほかの相談先一覧サイトは、lifelinesにリンクしたり、埋め込んだり、データを利用したりできます。アカウントもキーも不要で、追跡もしません。
partners-link-title = 地域にリンクする
partners-link-text = 各地域にはそれぞれのアドレスがあります。?topic=を付けると一つのニーズに合う窓口だけを表示し、?lang=に言語コード（es、fr、de、ar…）を付けると別の言語で表示します。
partners-embed-heading = 窓口をあなたのサイトに埋め込む
partners-embed-text = 地域とテーマを選び、できたコードをあなたのページに貼り付けてください。電話とSMSのリンクは訪問者の電話で開き、その他のリンクは新しいタブで開きます。
partners-embed-title = 危機相談・ハームリダクションの窓口：{ $region }
partners-region = 地域
partners-topic = テーマ
partners-make = コードを作成
partners-embed-options = ?theme=lightまたは?theme=darkを付けると配色を固定できます（既定では訪問者の設定に従います）。言語は?lang=で指定できます。ウィジェット本体：
partners-api-title = APIを呼び出す
partners-api-text = オープンなCORS、ETag、problem+json形式のエラーを備えたJSON APIです。OpenAPI 3.1による記述：
partners-data-title = データを取得する
partners-data-text = データファイルをそのままの形で、またディレクトリ全体をOpen ReferralのHSDS 3.0形式（CSVファイルによるデータパッケージ）で、CC BY 4.0のもとで提供しています。「lifelines」と、取得したページを明記してください。各行には出典と確認日が残っています。
partners-stability-title = 変わらないもの
partners-stability-text = 地域のアドレス、/embed、/api/v1は、バージョン1が続く限り、URLとフィールドを維持します。フィールドが追加されることはありますが、名前の変更や削除はしません。互換性を壊す変更は/api/v2として提供し、バージョン1も少なくとも6か月は並行して維持します。
data-files = データファイル（CC BY 4.0、「lifelines」と明記してください）：

# The place search on the region picker, region pages and the 404 page (POST /find).
find-label = 市区町村、郵便番号、または地域
find-button = 検索
find-several-title = どの場所ですか？
find-several = その名前の場所は複数あります。あなたの場所を選んでください：
find-none-title = その場所が見つかりませんでした
find-none = 市区町村、郵便番号、地域名で試すか、リストから選んでください。
about-places = 市町村のデータはGeoNames (geonames.org) によるもので、クリエイティブ・コモンズ 表示 4.0 ライセンスのもとで提供されています。
about-languages = このサイト自体の文章は、以下の言語で読めます。各言語を誰が翻訳したか、母語話者による確認を受けているかどうか：
language-original = このサイトが書かれている元の言語
language-reviewed = 翻訳：{ $by }。母語話者による確認済み
language-partly = 翻訳：{ $by }。最新の文を除き、母語話者の水準で確認済み
language-unreviewed = 翻訳：{ $by }。母語話者による確認はまだ受けていません
