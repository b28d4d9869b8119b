# lifelines SMS replies, English. Translators: keep every { $variable } as it is.
# Replies are counted in SMS segments: characters outside the GSM-7 alphabet are folded to the
# nearest plain letter when the whole reply allows it (í → i), so write normally.

# The first line of a reply: the place and its emergency number.
sms-emergency = { $place }. Emergency: { $number }
# The first line when no emergency number is on file for the country.
sms-place = { $place }:
# The first line when no place was found.
sms-worldwide = In danger? Call your local emergency number. Text a place or ZIP (e.g. 90210, Ontario, UK) for local lines.
# One resource: its short name and how to reach it.
sms-line = { $name }: { $how }
sms-call-press = { $number }, press { $option }
sms-text-keyword = text { $keyword } to { $number }
sms-text = text { $number }
sms-call-or-text = call or text { $number }
sms-chat = chat { $url }
sms-web = { $url } (lines by country)
# The last line, when there is room.
sms-ask-other = Elsewhere? Text a ZIP, state or country.
sms-ask-guessed = Not in { $place }? Text your ZIP, state or country.
# When a place name could be several regions, e.g. "Which Punjab? Text IN-PB (India), PK-PB (Pakistan)."
sms-which = Which { $name }? Text { $options }.
# After a town chosen among several of one name: how to ask for another, e.g. "Another Paris? Text PARIS TX."
sms-town-other = Another { $name }? Text { $example }.
sms-topic-none = No { $topic } line found for { $place }. Other help:

# HELP: what carriers require, after the emergency number and the crisis line.
sms-help-danger = In danger? Call your local emergency number.
sms-help-about = { $program }: free crisis line numbers, sent automatically. Not a counsellor.
sms-help-ask = Text a place or ZIP (e.g. 90210, Ontario) for local lines.
sms-help-rates = Msg&data rates may apply. Text STOP to opt out.
sms-help-contact = More: { $contact }
# STOP and START confirmations.
sms-stop = { $program }: you are opted out and will get no more messages. Text START to opt back in.
sms-start = { $program }: you are opted back in. Text a place or ZIP for crisis lines, HELP for info.

# Topics, as a reply names them.
sms-topic-crisis = crisis
sms-topic-suicide = suicide
sms-topic-psychedelic = psychedelic support
sms-topic-substance-use = substance use
sms-topic-overdose = overdose
sms-topic-drug-checking = drug checking
sms-topic-poison = poison
sms-topic-mental-health = mental health
sms-topic-peer-support = peer support
sms-topic-lgbtq = LGBTQ+
sms-topic-youth = youth
sms-topic-veterans = veterans
sms-topic-domestic-violence = domestic violence
sms-topic-sexual-assault = sexual assault

# The page that shows organisations how to connect a gateway (/sms).
sms-page-title = Connect an SMS number
sms-page-intro = An organisation can point a text number at lifelines: a person texts a place ("california", "90210", "M5V 2T6", "UK") or a keyword, and gets the emergency number and the lines that can help back, in one or two SMS segments. lifelines never starts a conversation and stores nothing.
sms-page-reads = It understands keywords first (HELP, INFO, AYUDA, AIDE; STOP and its synonyms; START), then ISO codes, country, state and province names in English, Spanish and French, US ZIP codes, Canadian postal codes, and topic words such as trip, overdose or suicide. With no place in the text, the sender's number decides.
sms-page-budget = Replies fit the configured number of segments
sms-page-twilio-title = A Twilio number
sms-page-twilio-step1 = In the Twilio console, open the phone number (or the Messaging Service) under Messaging.
sms-page-twilio-step2 = Set "A message comes in" to Webhook, this URL:
sms-page-twilio-step3 = Give lifelines the account's auth token and that exact URL, so it can check each request's X-Twilio-Signature:
sms-page-signed = This server checks signatures: a request without a valid X-Twilio-Signature gets 403 and no reply.
sms-page-unsigned = This server has no auth token configured, so it answers unsigned requests: set one before going live.
sms-page-other-title = Any other gateway
sms-page-other-text = Call this URL for each inbound text, by GET or by a form POST, and send back the plain-text answer as the reply.
sms-page-param-text = the message, required (at most the first 160 characters are read)
sms-page-param-from = the sender's number in E.164, optional (encode + as %2B in a URL)
sms-page-param-country = the sender's country or region as an ISO 3166 code (US, US-CA), optional
sms-page-examples-title = Try it
sms-page-example-zip = A ZIP code
sms-page-example-ayuda = AYUDA from a US number: the help reply, in Spanish
sms-page-example-postal = A Canadian postal code, by GET
sms-page-example-twilio = What Twilio sends (needs a valid signature when a token is configured)
sms-page-privacy-title = Privacy
sms-page-privacy-text = Neither the text nor the sender's number is logged, stored or counted. Rate limits per sender use a keyed hash of the number that lives only in memory, and per gateway address. Bodies over 32 KiB get 413, malformed requests 400, both without reply text.
