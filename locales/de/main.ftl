# lifelines interface strings, German. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = Krisentelefone und Angebote zur Schadensminimierung für dort, wo du bist
# Der Name der Sprache in der Sprache selbst, wie ihn die Sprachauswahl zeigt.
language-name = Deutsch
language-switcher = Andere Sprachen
leave-quickly = Diese Seite schnell verlassen
leave-note = Der Schnellausstieg ersetzt diese Seite, löscht aber nicht den Verlauf deines Browsers.
leave-how = So löschst du ihn
showing-help-for = Hilfe für { $region }
change-region = ändern
worldwide = überall (keine Region gefunden)
emergency-label = Notruf
emergency-call = Jetzt in Gefahr? Wähle { $number }
# Die erste Nummer mit den Diensten, die sie erreicht, z. B. „Jetzt in Gefahr? Wähle 119 (Rettungsdienst und Feuerwehr)“.
emergency-call-service = Jetzt in Gefahr? Wähle { $number } ({ $service })
# Die Bezeichnung einer weiteren Nummer, deren Dienst die Quelle nicht nennt („Auch: 112“).
emergency-other = Auch
emergency-service-all = alle Notfälle
emergency-service-ambulance = Rettungsdienst
emergency-service-fire = Feuerwehr
emergency-service-police = Polizei
emergency-service-coast-guard = Küstenwache
emergency-service-sea-rescue = Seenotrettung
emergency-service-mountain-rescue = Bergrettung
emergency-cannot-speak = Wenn du nicht sprechen oder hören kannst:
emergency-way-sms = SMS an { $number }
emergency-way-tty = Schreibtelefon (TTY): { $number }
emergency-way-relay = Anruf über einen Vermittlungsdienst: { $number }
emergency-way-video = Videoanruf in Gebärdensprache
emergency-way-app = Notruf-App
emergency-register-first = nur wenn du dein Telefon vorher registriert hast
emergency-register-sms = vorher registrieren: SMS mit { $word } an { $number }
emergency-register-url = vorher registrieren
emergency-eu112 = Die 112 ist die Notrufnummer in der gesamten Europäischen Union.
emergency-worldwide = Wenn du in Gefahr bist, ruf jetzt die örtliche Notrufnummer an. Wähle unten deine Region, um sie zu sehen.
emergency-none = Für dieses Land haben wir noch keine bestätigte Notrufnummer. Wenn du in Gefahr bist, bitte jemanden in deiner Nähe, Hilfe zu rufen.
lines-heading = Angebote, die helfen können
lines-none = Hier gibt es keine Angebote zu diesem Thema. Lass dir alle Themen anzeigen, um jedes Angebot zu sehen.
services-heading = Informationen und Dienste
services-intro = Diese haben kein Telefon, keine SMS und keinen Chat. Auf ihren Websites steht, wie du sie erreichst.
choices-more = Etwas anderes
choices-heading = Was ist los?
filter-all = Alle Angebote anzeigen
call = { $number } anrufen
then-press = dann die Taste { $option } drücken
text-keyword = SMS mit { $keyword } an { $number }
text-number = SMS an { $number }
chat = Online-Chat
website = Website
app = App
hours-always = Rund um die Uhr erreichbar
hours-unknown = Zeiten nicht bestätigt
open-now = Jetzt erreichbar
closed-now = Jetzt nicht erreichbar
# { $time } ist die Ortszeit, zu der das Angebot schließt oder öffnet, { $zone } der Name seiner
# Zeitzone („Nordamerikanische Westküstenzeit“), { $day } der Wochentag, wenn es nicht heute ist.
open-until = Jetzt erreichbar · bis { $time } ({ $zone })
open-until-day = Jetzt erreichbar · bis { $day } { $time } ({ $zone })
closed-opens = Nicht erreichbar · wieder ab { $time } ({ $zone })
closed-opens-day = Nicht erreichbar · wieder ab { $day } { $time } ({ $zone })
closed-instead = Solange dieses Angebot nicht erreichbar ist: { $name } ist jetzt erreichbar.
closed-instead-emergency = Solange dieses Angebot nicht erreichbar ist: Wenn du in Gefahr bist, ruf die Notrufnummer an.
languages = Sprachen: { $list }
cost = Kosten: { $cost }
cost-free = kostenlos
save-contacts = Diese Nummern im Telefon speichern
print-card = Eine Karte mit diesen Nummern drucken
report-problem = Einen Fehler in diesem Eintrag melden
nav-regions = Alle Regionen
nav-about = Über lifelines
nav-privacy = Datenschutz
nav-data = Woher die Daten stammen
nav-sms = Für SMS-Gateways
regions-title = Region wählen
regions-intro = Alle Länder, für die wir Angebote haben. Wähle deins, oder – wo aufgeführt – ein Bundesland oder eine Provinz.
not-found-title = Seite nicht gefunden
not-found-text = Wir konnten diese Seite nicht finden. Hier sind Angebote, die überall helfen, und alle Regionen, die wir abdecken.
bad-request-title = Wir konnten diese Anfrage nicht lesen
bad-request-text = Etwas in dieser Adresse kennen wir nicht. Hier sind Angebote, die überall helfen, und alle Regionen, die wir abdecken.
bad-request-topic = Dieses Thema kennen wir nicht. Hier sind Angebote, die überall helfen; die Seite jeder Region bietet ihre Themen an.
bad-request-language = Diese Sprache gibt es auf dieser Website nicht. Die verfügbaren Sprachen stehen unten auf jeder Seite.
bad-request-region = Diesen Regionscode kennen wir nicht. Wähle deine Region aus der Liste unten.
bad-request-theme = Dieses Farbschema kennen wir nicht: Möglich sind light, dark oder auto.
server-error-title = Bei uns ist etwas schiefgelaufen
server-error-text = Diese Seite konnte wegen eines Fehlers auf unserem Server nicht angezeigt werden. Hier sind Angebote, die überall helfen, und alle Regionen, die wir abdecken.
about-title = Über lifelines
about-text = lifelines listet Krisentelefone und Angebote zur Schadensminimierung für dort auf, wo du bist: zuerst die Notrufnummer, dann Suizid- und Krisentelefone, Begleitung durch Menschen mit eigener Erfahrung bei psychedelischen Erlebnissen, Hilfe bei Überdosierung und Drug-Checking. Jede Nummer wird mit einer benannten Quelle abgeglichen, die auf der Datenseite steht.
about-geo = Deine Region wird einmal anhand deiner Netzwerkadresse geschätzt, um die Liste auszuwählen; danach wird die Adresse vergessen. Du kannst die Region jederzeit ändern.
privacy-title = Datenschutz
privacy-text = lifelines setzt keine Cookies, lädt nichts von anderen Websites und speichert keine Aufzeichnung deines Besuchs: Deine Netzwerkadresse wird nur verwendet, um deine Region zu schätzen, und wird nie protokolliert oder gespeichert. Das einzige kleine Skript der Seite sorgt nur dafür, dass der Schnellausstieg die Seite ersetzt.
privacy-history = Der Link „Diese Seite schnell verlassen“ ersetzt diese Seite durch eine neutrale, sodass du mit der Zurück-Taste nicht hierher zurückkommst. Er löscht nicht den Verlauf deines Browsers: Dieser Besuch ist dort weiterhin aufgeführt.
privacy-history-how = Um ihn zu entfernen, öffne den Verlauf deines Browsers (Ctrl+H – auf deutschen Tastaturen Strg+H – auf den meisten Computern, auf dem Handy „Verlauf“ im Menü des Browsers) und lösche die Einträge für diese Website. Ein privates oder Inkognito-Fenster speichert überhaupt keinen Verlauf.
report-title = Einen Fehler in einem Eintrag melden
report-intro = Wenn eine Nummer, die Zeiten oder etwas anderes in einem Eintrag falsch ist, sag es den Menschen, die diese Website pflegen, damit die nächste Person nicht an die falsche Stelle geschickt wird. Wenn du jetzt Hilfe brauchst, geh zurück zur Liste und ruf die Notrufnummer oder eines der Angebote an.
report-what = Schreib, um welchen Eintrag es geht (seinen Namen oder die Adresse der Seite, auf der du ihn gesehen hast), was falsch ist und wo die richtige Information steht: am besten auf einer Seite des Trägers des Angebots selbst oder einer Behörde. Eine Korrektur wird mit einer solchen Quelle abgeglichen, bevor sich etwas ändert.
report-public = Korrekturen können öffentlich sein. Schreib nichts über deine eigene Geschichte, nicht deinen Namen oder deine Telefonnummer und nichts über andere Menschen.
report-where = Schick sie an die Adresse, die die Betreiber dieser Website für Korrekturen angeben. Die Datenseite zeigt die Quelle jedes Eintrags, sodass du sie vorher prüfen kannst.
report-form = Eine Korrektur senden (ein öffentliches Formular)
report-sources = Woher die Daten jedes Eintrags stammen
access-heading = Wenn du nicht sprechen oder hören kannst:
access-tty = Schreibtelefon (TTY): { $number }
access-relay-via = Vermittlungsdienst: wähle { $via } und bitte dann um { $number }
access-relay = Vermittlungsdienst: ruf { $number } über deinen Vermittlungsdienst an
access-video = { $language } per Video
access-videophone = { $language } per Bildtelefon: { $number }
access-whatsapp = WhatsApp { $number }
access-email = E-Mail an { $address }
abroad-no = Nur aus Telefonnetzen in diesem Land erreichbar: { $country }
abroad-yes = Auch von außerhalb erreichbar ({ $country }): { $number }
abroad-call = Von außerhalb ({ $country }): ruf { $number } an
networks-only = Nur von { $networks }-Telefonen aus
data-title = Woher die Daten stammen
data-intro = Alle Einträge, jeweils mit dem Tag, an dem ihre Angaben zuletzt bestätigt wurden, und wo. Die ältesten Bestätigungen stehen zuerst.
data-verified = Bestätigt
data-listing = Eintrag
data-emergency-row = Notrufnummer, { $country }: { $number }
data-source = Quelle
data-stale = älter als ein Jahr
data-release = Dies ist die Datenveröffentlichung { $release }, erstellt am { $date }. Was jede Veröffentlichung geändert hat:
data-no-release = Diese Daten stammen nicht aus einer Veröffentlichung, daher gibt es dazu keine Liste der Änderungen.
data-archive = Die gesamte Veröffentlichung (die Datendateien und das HSDS-Paket), Byte für Byte wie veröffentlicht:
data-signed = Sie ist von den Betreuern des Projekts signiert. So prüfst du eine heruntergeladene Datei mit minisign und dem öffentlichen Schlüssel dieses Servers:
data-unsigned = Dieser Server prüft keine Signatur der Daten: Sie werden unsigniert ausgeliefert.
data-changed = Zuletzt geändert
data-checked = Maschinell geprüft
data-check-ok = die Quelle zeigt es noch
data-check-missing = die Quelle zeigt { $value } nicht mehr
data-check-problem = die Quelle konnte nicht geprüft werden ({ $kind })
data-checked-at = Die Quelle jeder Zeile wurde zuletzt am { $date } maschinell neu gelesen: Eine Zeile, deren Quelle ihre Nummer nicht mehr zeigt, wird für die Betreuer des Projekts markiert, die entscheiden, was zu tun ist.

# Die Themenauswahl, in den Worten eines Menschen, dem es schlecht geht.
choice-crisis = Ich muss jetzt mit jemandem reden
choice-suicide = Ich habe Suizidgedanken
choice-psychedelic = Ich habe gerade einen schwierigen Trip
choice-substance-use = Ich möchte über Drogenkonsum reden
choice-overdose = Jemand hat vielleicht eine Überdosis
choice-drug-checking = Ich möchte meine Drogen testen lassen
choice-poison = Jemand hat etwas Gefährliches geschluckt
choice-mental-health = Mir geht es psychisch nicht gut
choice-peer-support = Ich möchte mit jemandem reden, der das selbst erlebt hat
choice-lgbtq = Ich bin LGBTQ+ und brauche Unterstützung
choice-youth = Ich bin jung und brauche Hilfe
choice-veterans = Ich bin oder war beim Militär
choice-domestic-violence = Ich bin zu Hause nicht sicher
choice-sexual-assault = Ich habe sexualisierte Gewalt erlebt

# Hilfe bei Überdosierung, zuerst bei der Überdosis-Auswahl gezeigt. Jeder Schritt folgt der
# Quelle, die auf der Seite daneben steht; die Bedeutung genau beibehalten.
overdose-local-number = deine örtliche Notrufnummer
guide-unreviewed = Übersetzt von lifelines; noch nicht muttersprachlich geprüft.
law-by-subdivision = Die Gesetze zum Schutz von Helfenden (Good-Samaritan-Gesetze) unterscheiden sich hier je nach Bundesstaat oder Provinz. Was das Gesetz schützen kann, soweit wir eine Quelle dafür haben:
expect-heading = Was dich erwartet, wenn du anrufst oder schreibst
law-not-advice = Gesetze unterscheiden sich; dies ist keine Rechtsberatung.
source = Quelle

# Die druckbare Karte.
card-title = Nummern zum Aufbewahren: { $region }
card-scan = Alle Angebote und ob sie gerade erreichbar sind:
card-print = Diese Karte drucken

topic-crisis = Krise
topic-suicide = Suizid
topic-psychedelic = Psychedelische Erfahrungen
topic-substance-use = Substanzkonsum
topic-overdose = Überdosis
topic-drug-checking = Drug-Checking
topic-poison = Vergiftung
topic-mental-health = Psychische Gesundheit
topic-peer-support = Unterstützung durch Betroffene
topic-lgbtq = LGBTQ+
topic-youth = Junge Menschen
topic-veterans = Veteraninnen und Veteranen
topic-domestic-violence = Häusliche Gewalt
topic-sexual-assault = Sexualisierte Gewalt

# Der Link des einbettbaren Widgets zurück zur vollständigen Seite.
embed-full-list = Alle Angebote auf lifelines

# /partners: wie andere Websites verlinken, einbetten, die API aufrufen und die Daten übernehmen.
nav-partners = Für Partner
partners-title = Verlinken, einbetten oder die Daten nutzen
partners-intro = Gruppen der Schadensminimierung, Festivals, Kliniken, SMS-Dienste und andere Verzeichnisse können auf lifelines verlinken, es einbetten oder seine Daten übernehmen: ohne Konto, ohne Schlüssel, ohne Nachverfolgung.
partners-link-title = Auf eine Region verlinken
partners-link-text = Jede Region hat ihre eigene Adresse; häng ?topic= an, um nur die Angebote für ein Anliegen zu zeigen, und ?lang= mit einem Sprachcode (es, fr, de, ar…) für eine andere Sprache.
partners-embed-heading = Die Angebote in deine Website einbetten
partners-embed-text = Wähle eine Region und ein Thema und füge dann den Codeschnipsel in deine Seite ein. Anruf- und SMS-Links öffnen sich auf dem Telefon der Besuchenden, andere Links in einem neuen Tab.
partners-embed-title = Krisentelefone und Angebote zur Schadensminimierung: { $region }
partners-region = Region
partners-topic = Thema
partners-make = Codeschnipsel erstellen
partners-embed-options = Häng ?theme=light oder ?theme=dark an, um die Farben festzulegen (standardmäßig folgen sie der Einstellung der Besuchenden), und ?lang= für die Sprache. Das Widget selbst:
partners-api-title = Die API aufrufen
partners-api-text = Eine JSON-API mit offenem CORS, ETags und Fehlern als problem+json. Ihre Beschreibung in OpenAPI 3.1:
partners-data-title = Die Daten übernehmen
partners-data-text = Die Datendateien, wie sie sind, und das gesamte Verzeichnis im Format HSDS 3.0 von Open Referral (ein Datenpaket aus CSV-Dateien), unter CC BY 4.0: Nenne „lifelines“ mit der Seite, von der du sie übernommen hast. Jede Zeile behält ihre Quelle und den Tag, an dem sie bestätigt wurde.
partners-stability-title = Was stabil bleibt
partners-stability-text = Die Regionsadressen, /embed und /api/v1 behalten ihre URLs und Felder, solange es Version 1 gibt: Felder können hinzukommen, werden aber nie umbenannt oder entfernt. Eine Änderung, die etwas kaputt macht, kommt als /api/v2, und Version 1 bleibt mindestens sechs Monate lang daneben bestehen.
data-files = Die Datendateien, unter CC BY 4.0 (Quellenangabe: „lifelines“):

# Die Ortssuche in der Regionsauswahl, auf den Regionsseiten und auf der 404-Seite (POST /find).
find-label = Stadt, Postleitzahl oder Region
find-button = Suchen
find-several-title = Welcher Ort?
find-several = Diesen Namen tragen mehrere Orte. Wähle deinen:
find-none-title = Wir konnten diesen Ort nicht finden
find-none = Versuch es mit einer Stadt, einer Postleitzahl oder einer Region, oder wähle aus der Liste.
about-places = Städte und Orte stammen von GeoNames (geonames.org), unter der Lizenz Creative Commons Namensnennung 4.0 (Creative Commons Attribution 4.0).
about-languages = Die eigenen Texte der Website gibt es in diesen Sprachen. Wer sie jeweils übersetzt hat, und ob eine muttersprachliche Person sie geprüft hat:
language-original = die Sprache, in der die Website geschrieben ist
language-reviewed = übersetzt von { $by }; muttersprachlich geprüft
language-partly = übersetzt von { $by }; auf muttersprachlichem Niveau geprüft, bis auf die neuesten Sätze
language-unreviewed = übersetzt von { $by }; noch nicht muttersprachlich geprüft
