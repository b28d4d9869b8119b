# lifelines interface strings, Chinese (Simplified). Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = 你所在地区的危机求助与减害热线
# 该语言自己的名称（语言切换菜单中显示）。
language-name = 简体中文
language-switcher = 其他语言
leave-quickly = 快速离开本网站
leave-note = 快速离开链接会用其他页面替换本页，但不会清除你的浏览器历史记录。
leave-how = 如何清除
showing-help-for = 正在显示{ $region }的求助信息
change-region = 更改
worldwide = 所有地区（未能确定你的地区）
emergency-label = 紧急求助
emergency-call = 现在有危险吗？请拨打{ $number }
# The first number with the services it reaches, e.g. "In danger now? Call 119 (ambulance and fire)".
emergency-call-service = 现在有危险吗？请拨打{ $number }（{ $service }）
# The label of a further number whose service its source does not state ("Also: 112").
emergency-other = 另外
emergency-service-all = 所有紧急情况
emergency-service-ambulance = 急救
emergency-service-fire = 消防
emergency-service-police = 警察
emergency-service-coast-guard = 海岸警卫队
emergency-service-sea-rescue = 海上救援
emergency-service-mountain-rescue = 山地救援
emergency-cannot-speak = 如果你无法说话或听不见：
emergency-way-sms = 发短信至{ $number }
emergency-way-tty = 文字电话（TTY）：{ $number }
emergency-way-relay = 转接通话：{ $number }
emergency-way-video = 手语视频通话
emergency-way-app = 紧急求助应用
emergency-register-first = 仅限事先登记过手机的人
emergency-register-sms = 需先登记：发送“{ $word }”至{ $number }
emergency-register-url = 需先登记
emergency-eu112 = 112是整个欧盟通用的紧急电话号码。
emergency-worldwide = 如果你有危险，请立即拨打当地的紧急电话。在下方选择你的地区即可看到号码。
emergency-none = 我们还没有确认这个国家的紧急电话号码。如果你有危险，请让身边的人帮你求助。
lines-heading = 可以求助的热线
lines-none = 这里没有符合这个主题的热线。显示所有主题即可看到全部热线。
services-heading = 信息与服务
services-intro = 以下机构没有电话、短信或在线聊天热线。它们的网站上写有联系方式。
choices-more = 其他情况
choices-heading = 发生了什么？
filter-all = 显示所有热线
call = 拨打{ $number }
then-press = 然后按{ $option }
text-keyword = 发送“{ $keyword }”至{ $number }
text-number = 发短信至{ $number }
chat = 在线聊天
website = 网站
app = 应用
hours-always = 24小时全年开放
hours-unknown = 开放时间未确认
open-now = 现在开放
closed-now = 现在未开放
# { $time } 是热线关闭或开放的当地时间，{ $zone } 是其时区名称（如“太平洋时间”），
# { $day } 是不在今天时的星期几。中文不使用 { $hour }。
open-until = 现在开放 · 至{ $time }（{ $zone }）
open-until-day = 现在开放 · 至{ $day } { $time }（{ $zone }）
closed-opens = 现在未开放 · { $time }开放（{ $zone }）
closed-opens-day = 现在未开放 · { $day } { $time }开放（{ $zone }）
closed-instead = 这条热线未开放期间，{ $name }现在开放。
closed-instead-emergency = 这条热线未开放期间：如果你有危险，请拨打紧急电话。
languages = 语言：{ $list }
cost = 费用：{ $cost }
cost-free = 免费
save-contacts = 把这些号码存到手机里
print-card = 打印一张写有这些号码的卡片
report-problem = 报告这条信息的问题
nav-regions = 所有地区
nav-about = 关于本站
nav-privacy = 隐私
nav-data = 数据来源
nav-sms = 供短信网关使用
regions-title = 选择地区
regions-intro = 我们收录了热线的所有国家。请选择你的国家；如有列出，也可以选择州或省。
not-found-title = 找不到页面
not-found-text = 我们找不到这个页面。以下是在任何地方都可以求助的热线，以及我们覆盖的所有地区。
bad-request-title = 我们无法读取这个请求
bad-request-text = 这个地址中有我们不认识的内容。以下是在任何地方都可以求助的热线，以及我们覆盖的所有地区。
bad-request-topic = 我们不认识这个主题。以下是在任何地方都可以求助的热线；每个地区的页面都列有该地区的主题。
bad-request-language = 本网站没有这种语言的版本。已有的语言列在每个页面的底部。
bad-request-region = 我们不认识这个地区代码。请从下面的列表中选择你的地区。
bad-request-theme = 我们不认识这个配色主题：可以是 light、dark 或 auto。
server-error-title = 我们这边出了问题
server-error-text = 由于我们的服务器出错，这个页面无法显示。以下是在任何地方都可以求助的热线，以及我们覆盖的所有地区。
about-title = 关于lifelines
about-text = lifelines列出你所在地区的危机求助与减害（减少伤害）热线：先是紧急电话，然后是自杀与危机热线、迷幻体验的同伴支持、药物过量应对和药物成分检测服务。每个号码都经过与具名来源的核对，来源显示在数据页面上。
about-geo = 为了选出要显示的列表，我们会根据你的网络地址推测一次你的地区，之后不再保留这个地址。你随时可以更改地区。
privacy-title = 隐私
privacy-text = lifelines不设置cookie，不从其他网站加载任何内容，也不保留你访问的任何记录：你的网络地址只用于推测你的地区，从不写入日志或储存。网站唯一的小脚本，只用于让快速离开链接替换本页。
privacy-history = “快速离开本网站”链接会用一个普通的页面替换本页，因此按“返回”按钮不会回到这里。但它不会清除浏览器的历史记录：这次访问仍会列在其中。
privacy-history-how = 要删除它，请打开浏览器的历史记录（大多数电脑上按Ctrl+H，手机上在浏览器菜单中找“历史记录”），删除本网站的条目。无痕或隐私窗口完全不保留历史记录。
report-title = 报告一条信息的问题
report-intro = 如果某条信息的号码、开放时间或其他内容有误，请告诉维护本网站的人，以免下一个人被引到错误的地方。如果你现在就需要帮助，请返回列表，拨打紧急电话或某条热线。
report-what = 请说明是哪一条信息（名称，或你看到它的页面地址）、哪里有误，以及正确的信息在哪里：最好是热线运营方自己的页面或政府的页面。更正会先与这样的来源核对，然后才会修改。
report-public = 更正内容可能会公开。请不要写你自己的经历、你的姓名或电话号码，也不要写任何关于其他人的信息。
report-where = 请把它发送到本网站运营者提供的更正地址。数据页面列出了每条信息的来源，你可以先自己核对。
report-form = 提交更正（公开表单）
report-sources = 每条信息的数据来源
access-heading = 如果你无法说话或听不见：
access-tty = 文字电话（TTY）：{ $number }
access-relay-via = 转接服务：拨打{ $via }，然后要求接通{ $number }
access-relay = 转接服务：通过你的转接服务拨打{ $number }
access-video = { $language }视频
access-videophone = 通过可视电话使用{ $language }：{ $number }
access-whatsapp = WhatsApp { $number }
access-email = 电子邮件：{ $address }
abroad-no = 仅限该国电话网络拨打：{ $country }
abroad-yes = 也可从境外拨打（{ $country }）：{ $number }
abroad-call = 从境外拨打（{ $country }）：请拨 { $number }
networks-only = 仅限 { $networks } 电话拨打
data-title = 数据来源
data-intro = 每条信息，以及其内容最后一次确认的日期和出处。最早确认的排在最前面。
data-verified = 确认日期
data-listing = 信息
data-emergency-row = { $country }的紧急电话：{ $number }
data-source = 来源
data-stale = 超过一年
data-release = 这是数据版本{ $release }，发布于{ $date }。每个版本的变更：
data-no-release = 这份数据不是通过版本发布生成的，因此没有附带变更记录。
data-archive = 完整的版本（数据文件和HSDS数据包），与发布时逐字节相同：
data-signed = 它由维护者签名。要用minisign和本服务器的公钥验证下载的文件：
data-unsigned = 本服务器不验证数据的签名：数据以未签名形式提供。
data-changed = 最后修改
data-checked = 机器核对
data-check-ok = 来源仍显示此内容
data-check-missing = 来源已不再显示{ $value }
data-check-problem = 无法核对来源（{ $kind }）
data-checked-at = 每一行的来源最后一次由机器重新读取是在{ $date }：来源不再显示其号码的行会被标记给维护者，由他们决定如何处理。

# 供选择的主题，用处境困难的人自己会说的话来写（第一人称）。
choice-crisis = 我现在就需要找人说说话
choice-suicide = 我有自杀的念头
choice-psychedelic = 迷幻体验让我很难受
choice-substance-use = 我想聊聊药物使用的事
choice-overdose = 有人可能药物过量了
choice-drug-checking = 我想检测我的药物成分
choice-poison = 有人吞下了有害的东西
choice-mental-health = 我有心理困扰，很难受
choice-peer-support = 我想和有过相同经历的人聊聊
choice-lgbtq = 我是LGBTQ+，需要支持
choice-youth = 我是青少年，需要帮助
choice-veterans = 我是退役军人或现役军人
choice-domestic-violence = 我在家里不安全
choice-sexual-assault = 我遭受了性侵犯

# Overdose response, shown first on the overdose choice. Each step follows the source named
# beside it on the page; keep the meaning exact.
# 当该国没有已知的紧急电话时，overdose-local-number 会代替步骤中的 { emergency }。
overdose-local-number = 当地的紧急电话
guide-unreviewed = 由lifelines翻译；尚未经母语人士审校。
law-by-subdivision = 这里的好撒玛利亚人法因州或省而异。在我们有来源的地方，法律可能提供的保护：
expect-heading = 打电话或发短信时会怎样
law-not-advice = 各地法律不同；以上不构成法律意见。
source = 来源

# 可打印的卡片。
card-title = 需要记下的号码：{ $region }
card-scan = 所有热线，以及现在是否开放：
card-print = 打印这张卡片

topic-crisis = 危机
topic-suicide = 自杀
topic-psychedelic = 迷幻体验
topic-substance-use = 物质使用
topic-overdose = 药物过量
topic-drug-checking = 药物成分检测
topic-poison = 中毒
topic-mental-health = 心理健康
topic-peer-support = 同伴支持
topic-lgbtq = LGBTQ+
topic-youth = 青少年
topic-veterans = 退役军人
topic-domestic-violence = 家庭暴力
topic-sexual-assault = 性侵犯

# The embeddable widget's link back to the full page.
embed-full-list = 在lifelines上查看所有热线

# /partners: how other sites link, embed, call the API and take the data.
nav-partners = 合作伙伴
partners-title = 链接、嵌入或使用数据
partners-intro = 减害组织、音乐节、诊所、短信服务和其他名录网站都可以链接lifelines、嵌入它或获取它的数据：无需账号，无需密钥，没有跟踪。
partners-link-title = 链接到某个地区
partners-link-text = 每个地区都有自己的地址；加上?topic=可以只显示满足某一需要的热线，加上?lang=和语言代码（es、fr、de、ar…）可以换成其他语言。
partners-embed-heading = 在你的网站中嵌入热线
partners-embed-text = 选择地区和主题，然后把代码片段粘贴到你的网页中。拨号和短信链接会在访问者的手机上打开，其他链接在新标签页中打开。
partners-embed-title = 危机求助与减害热线：{ $region }
partners-region = 地区
partners-topic = 主题
partners-make = 生成代码片段
partners-embed-options = 加上?theme=light或?theme=dark可以固定配色（默认跟随访问者的设置），加上?lang=可以指定语言。小组件本身：
partners-api-title = 调用API
partners-api-text = 一个JSON API，开放CORS，支持ETag，错误以problem+json格式返回。它的OpenAPI 3.1描述：
partners-data-title = 获取数据
partners-data-text = 原样的数据文件，以及采用Open Referral的HSDS 3.0格式的完整名录（由CSV文件组成的数据包），以CC BY 4.0许可提供：请注明“lifelines”以及你获取数据的页面。每一行都保留了来源和确认日期。
partners-stability-title = 哪些内容保持稳定
partners-stability-text = 地区地址、/embed和/api/v1在第1版存续期间保持其URL和字段不变：可能会增加字段，但绝不会重命名或删除。任何不兼容的变更都会以/api/v2的形式推出，第1版会继续并行保留至少六个月。
data-files = 数据文件，以CC BY 4.0许可提供（请注明“lifelines”）：

# The place search on the region picker, region pages and the 404 page (POST /find).
find-label = 城市、邮政编码或地区
find-button = 查找
find-several-title = 是哪个地方？
find-several = 有好几个地方叫这个名字。请选择你所在的地方：
find-none-title = 我们找不到这个地方
find-none = 请试试城市、邮政编码或地区，或者从列表中选择。
about-places = 城镇数据来自GeoNames (geonames.org)，采用知识共享署名4.0许可协议。
about-languages = 本网站自身的文字有以下语言版本。每种语言由谁翻译，以及是否经过母语人士审校：
language-original = 本网站撰写时使用的语言
language-reviewed = 由{ $by }翻译；已经母语人士审校
language-partly = 由{ $by }翻译；除最新的句子外，已达到母语人士水平的审校
language-unreviewed = 由{ $by }翻译；尚未经母语人士审校
