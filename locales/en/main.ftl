# lifelines interface strings, English. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = Crisis and harm-reduction lines for where you are
# The language's own name, as the language switcher shows it to speakers of that language.
language-name = English
language-switcher = Other languages
leave-quickly = Leave this site quickly
leave-note = The quick-exit link replaces this page, but does not erase your browser history.
leave-how = How to clear it
showing-help-for = Showing help for { $region }
change-region = change
worldwide = everywhere (no region found)
emergency-label = Emergency
emergency-call = In danger now? Call { $number }
# The first number with the services it reaches, e.g. "In danger now? Call 119 (ambulance and fire)".
emergency-call-service = In danger now? Call { $number } ({ $service })
# The label of a further number whose service its source does not state ("Also: 112").
emergency-other = Also
emergency-service-all = all emergencies
emergency-service-ambulance = ambulance
emergency-service-fire = fire
emergency-service-police = police
emergency-service-coast-guard = coast guard
emergency-service-sea-rescue = sea rescue
emergency-service-mountain-rescue = mountain rescue
emergency-cannot-speak = If you cannot speak or hear:
emergency-way-sms = Text { $number }
emergency-way-tty = Textphone (TTY): { $number }
emergency-way-relay = Relay call: { $number }
emergency-way-video = Video call in sign language
emergency-way-app = Emergency app
emergency-register-first = only if you registered your phone first
emergency-register-sms = register first: text { $word } to { $number }
emergency-register-url = register first
emergency-eu112 = 112 is the emergency number across the European Union.
emergency-worldwide = If you are in danger, call your local emergency number now. Choose your region below to see it.
emergency-none = We have no confirmed emergency number for this country yet. If you are in danger, ask someone near you to call for help.
lines-heading = Lines that can help
lines-none = No lines match this topic here. Show all topics to see every line.
services-heading = Information and services
services-intro = These have no phone, text or chat line. Their websites say how to reach them.
choices-more = Something else
choices-heading = What's happening?
filter-all = Show every line
call = Call { $number }
then-press = then press { $option }
text-keyword = Text { $keyword } to { $number }
text-number = Text { $number }
chat = Chat online
website = Website
app = App
hours-always = Open 24/7
hours-unknown = Hours not confirmed
open-now = Open now
closed-now = Closed now
# { $time } is the local time the line closes or opens, { $zone } its time zone's name
# ("Pacific Time"), { $day } the weekday when it is not today.
open-until = Open now · until { $time } ({ $zone })
open-until-day = Open now · until { $day } { $time } ({ $zone })
closed-opens = Closed · opens { $time } ({ $zone })
closed-opens-day = Closed · opens { $day } { $time } ({ $zone })
closed-instead = While it is closed, { $name } is open now.
closed-instead-emergency = While it is closed: if you are in danger, call the emergency number.
languages = Languages: { $list }
cost = Cost: { $cost }
cost-free = free
save-contacts = Save these numbers to your phone
print-card = Print a card with these numbers
report-problem = Report a problem with this listing
nav-regions = All regions
nav-about = About
nav-privacy = Privacy
nav-data = Where the data comes from
nav-sms = For SMS gateways
regions-title = Choose a region
regions-intro = Every country we have lines for. Choose yours, or a state or province where listed.
not-found-title = Page not found
not-found-text = We could not find that page. Here are lines that help anywhere, and every region we cover.
bad-request-title = We could not read that request
bad-request-text = Something in that address is not one we know. Here are lines that help anywhere, and every region we cover.
bad-request-topic = That topic is not one we know. Here are lines that help anywhere; every region's page offers its topics.
bad-request-language = That language is not one this site is in. The languages it is in are listed at the bottom of every page.
bad-request-region = That region code is not one we know. Pick your region from the list below.
bad-request-theme = That colour theme is not one we know: it can be light, dark or auto.
server-error-title = Something went wrong on our side
server-error-text = This page could not be shown because of an error on our server. Here are lines that help anywhere, and every region we cover.
about-title = About lifelines
about-text = lifelines lists crisis and harm-reduction lines for where you are: the emergency number first, then suicide and crisis lines, psychedelic peer support, overdose and drug-checking services. Every number is checked against a named source, shown on the data page.
about-geo = Your region is guessed from your network address once, to pick the list, and the address is then forgotten. You can always change the region.
privacy-title = Privacy
privacy-text = lifelines sets no cookies, loads nothing from other sites, and keeps no record of your visit: your network address is used only to guess your region and is never logged or stored. Its one small script only makes the quick-exit link replace the page.
privacy-history = The "Leave this site quickly" link replaces this page with a neutral one, so the Back button does not return here. It does not erase your browser's history: this visit is still listed there.
privacy-history-how = To remove it, open your browser's history (Ctrl+H on most computers, or History in the browser's menu on a phone) and delete the entries for this site. A private or incognito window keeps no history at all.
report-title = Report a problem with a listing
report-intro = If a number, hours or anything else on a listing is wrong, tell the people who keep this site, so the next person is not sent to the wrong place. If you need help now, go back to the list and call the emergency number or a line.
report-what = Say which listing it is (its name, or the address of the page you saw it on), what is wrong, and where the right information is: best a page of the line's own operator or of a government. A correction is checked against such a source before anything changes.
report-public = Corrections may be public. Do not include your own story, your name or phone number, or anything about anyone else.
report-where = Send it to the address the people who run this site give for corrections. The data page shows the source of every listing, so you can check it first.
report-form = Send a correction (a public form)
report-sources = Where each listing's data comes from
access-heading = If you cannot speak or hear:
access-tty = Textphone (TTY): { $number }
access-relay-via = Relay: dial { $via }, then ask for { $number }
access-relay = Relay: call { $number } through your relay service
access-video = { $language } video
access-videophone = { $language } by videophone: { $number }
access-whatsapp = WhatsApp { $number }
access-email = Email { $address }
# Whether a line can be called from abroad (the line's own country), and from which networks.
abroad-no = Only from phone networks in { $country }
abroad-yes = Can also be called from outside { $country }: { $number }
abroad-call = From outside { $country }: call { $number }
networks-only = Only from { $networks } phones
data-title = Where the data comes from
data-intro = Every listing, with the day its details were last confirmed and where. The oldest confirmations come first.
data-verified = Confirmed
data-listing = Listing
data-emergency-row = Emergency number, { $country }: { $number }
data-source = Source
data-stale = older than a year
data-release = This is data release { $release }, made on { $date }. What each release changed:
data-no-release = This data was not made by a release, so no record of changes comes with it.
data-archive = The whole release (the data files and the HSDS package), byte for byte as released:
data-signed = It is signed by the maintainers. To check a download with minisign and this server's public key:
data-unsigned = This server does not check a signature on the data: it is served unsigned.
data-changed = Last changed
data-checked = Machine-checked
data-check-ok = the source still shows it
data-check-missing = the source no longer shows { $value }
data-check-problem = the source could not be checked ({ $kind })
data-checked-at = Each row's source was last re-read by machine on { $date }: a row whose source no longer shows its number is marked for the maintainers, who decide what to do.

# The topic choices, in the words a person in trouble would use.
choice-crisis = I need to talk to someone now
choice-suicide = I'm thinking about suicide
choice-psychedelic = I'm having a hard trip
choice-substance-use = I want to talk about drug use
choice-overdose = Someone may be overdosing
choice-drug-checking = I want my drugs checked
choice-poison = Someone swallowed something harmful
choice-mental-health = I'm struggling with my mental health
choice-peer-support = I want to talk to someone who has been there
choice-lgbtq = I'm LGBTQ+ and need support
choice-youth = I'm young and need help
choice-veterans = I'm a veteran or serving
choice-domestic-violence = I'm not safe at home
choice-sexual-assault = I was sexually assaulted

# Overdose response, shown first on the overdose choice. Each step follows the source named
# beside it on the page; keep the meaning exact.
overdose-local-number = your local emergency number
guide-unreviewed = Translated by lifelines; not yet reviewed by a native speaker.
law-by-subdivision = Good Samaritan laws here differ by state or province. What the law can protect, where we have a source for it:
expect-heading = What to expect when you call or text
law-not-advice = Laws differ; this is not legal advice.
source = Source

# The printable card.
card-title = Numbers to keep: { $region }
card-scan = Every line, and whether it is open now:
card-print = Print this card

topic-crisis = Crisis
topic-suicide = Suicide
topic-psychedelic = Psychedelic experiences
topic-substance-use = Substance use
topic-overdose = Overdose
topic-drug-checking = Drug checking
topic-poison = Poisoning
topic-mental-health = Mental health
topic-peer-support = Peer support
topic-lgbtq = LGBTQ+
topic-youth = Young people
topic-veterans = Veterans
topic-domestic-violence = Domestic violence
topic-sexual-assault = Sexual assault

# The embeddable widget's link back to the full page.
embed-full-list = Every line, on lifelines

# /partners: how other sites link, embed, call the API and take the data.
nav-partners = For partners
partners-title = Link, embed or use the data
partners-intro = Harm-reduction groups, festivals, clinics, SMS services and other directories can link to lifelines, embed it or take its data: no account, no key, no tracking.
partners-link-title = Link to a region
partners-link-text = Every region has its own address; add ?topic= to show only the lines for one need, and ?lang= with a language code (es, fr, de, ar…) for another language.
partners-embed-heading = Embed the lines in your site
partners-embed-text = Choose a region and a topic, then paste the snippet into your page. Call and text links open on the visitor's phone, other links in a new tab.
partners-embed-title = Crisis and harm-reduction lines: { $region }
partners-region = Region
partners-topic = Topic
partners-make = Make the snippet
partners-embed-options = Add ?theme=light or ?theme=dark to fix the colours (the default follows the visitor's setting), ?lang= for the language. The widget itself:
partners-api-title = Call the API
partners-api-text = A JSON API with open CORS, ETags and errors as problem+json. Its OpenAPI 3.1 description:
partners-data-title = Take the data
partners-data-text = The data files as they are, and the whole directory in Open Referral's HSDS 3.0 format (a data package of CSV files), under CC BY 4.0: cite "lifelines" with the page you took it from. Every row keeps its source and the day it was confirmed.
partners-stability-title = What stays stable
partners-stability-text = The region addresses, /embed and /api/v1 keep their URLs and fields for as long as version 1 lasts: fields may be added, never renamed or removed. A change that breaks anything comes as /api/v2, with version 1 kept alongside for at least six months.
data-files = The data files, under CC BY 4.0 (cite "lifelines"):

# The place search on the region picker, region pages and the 404 page (POST /find).
find-label = City, postal code or region
find-button = Find
find-several-title = Which place?
find-several = That name is several places. Choose yours:
find-none-title = We could not find that place
find-none = Try a city, a postal code or a region, or choose from the list.
about-places = Towns and cities come from GeoNames (geonames.org), under the Creative Commons Attribution 4.0 licence.
about-languages = The site's own words are in these languages. Who translated each, and whether a native speaker has reviewed it:
language-original = the language the site is written in
language-reviewed = translated by { $by }; reviewed by a native speaker
language-partly = translated by { $by }; reviewed at a native speaker's level, apart from the newest sentences
language-unreviewed = translated by { $by }; not yet reviewed by a native speaker
