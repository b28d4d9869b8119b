# lifelines interface strings, Dutch. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = Crisislijnen en hulp bij schadebeperking, voor de plek waar je bent
# De naam van de taal in de taal zelf, zoals de taalkeuze die toont.
language-name = Nederlands
language-switcher = Andere talen
leave-quickly = Deze site snel verlaten
leave-note = De link om snel weg te gaan vervangt deze pagina, maar wist de geschiedenis van je browser niet.
leave-how = Zo wis je die
showing-help-for = Hulp voor { $region }
change-region = wijzigen
worldwide = overal (geen regio gevonden)
emergency-label = Noodnummer
emergency-call = Nu in gevaar? Bel { $number }
# Het eerste nummer met de diensten die het bereikt, bv. “Nu in gevaar? Bel 119 (ambulance en brandweer)”.
emergency-call-service = Nu in gevaar? Bel { $number } ({ $service })
# Het label van een verder nummer waarvan de bron de dienst niet noemt (“Ook: 112”).
emergency-other = Ook
emergency-service-all = alle noodgevallen
emergency-service-ambulance = ambulance
emergency-service-fire = brandweer
emergency-service-police = politie
emergency-service-coast-guard = kustwacht
emergency-service-sea-rescue = redding op zee
emergency-service-mountain-rescue = bergredding
emergency-cannot-speak = Als je niet kunt spreken of horen:
emergency-way-sms = Stuur een sms naar { $number }
emergency-way-tty = Teksttelefoon (TTY): { $number }
emergency-way-relay = Bellen via een tolkdienst: { $number }
emergency-way-video = Videobellen in gebarentaal
emergency-way-app = Nood-app
emergency-register-first = alleen als je je telefoon vooraf hebt geregistreerd
emergency-register-sms = eerst registreren: sms { $word } naar { $number }
emergency-register-url = eerst registreren
emergency-eu112 = 112 is het noodnummer in de hele Europese Unie.
emergency-worldwide = Als je in gevaar bent, bel dan nu het lokale noodnummer. Kies hieronder je regio om het te zien.
emergency-none = We hebben voor dit land nog geen bevestigd noodnummer. Als je in gevaar bent, vraag dan iemand bij je in de buurt om hulp in te roepen.
lines-heading = Hulplijnen die kunnen helpen
lines-none = Hier zijn geen hulplijnen voor dit onderwerp. Toon alle onderwerpen om elke hulplijn te zien.
services-heading = Informatie en diensten
services-intro = Deze hebben geen telefoon-, sms- of chatlijn. Op hun websites staat hoe je ze bereikt.
choices-more = Iets anders
choices-heading = Wat is er aan de hand?
filter-all = Alle hulplijnen tonen
call = Bel { $number }
then-press = druk daarna op { $option }
text-keyword = Sms { $keyword } naar { $number }
text-number = Sms naar { $number }
chat = Online chatten
website = Website
app = App
hours-always = Dag en nacht bereikbaar
hours-unknown = Openingstijden niet bevestigd
open-now = Nu bereikbaar
closed-now = Nu niet bereikbaar
# { $time } is de plaatselijke tijd waarop de lijn sluit of opent, { $zone } de naam van de
# tijdzone (“Pacific-tijd”), { $day } de weekdag als het niet vandaag is.
open-until = Nu bereikbaar · tot { $time } ({ $zone })
open-until-day = Nu bereikbaar · tot { $day } { $time } ({ $zone })
closed-opens = Niet bereikbaar · weer vanaf { $time } ({ $zone })
closed-opens-day = Niet bereikbaar · weer vanaf { $day } { $time } ({ $zone })
closed-instead = Zolang deze lijn niet bereikbaar is: { $name } is nu bereikbaar.
closed-instead-emergency = Zolang deze lijn niet bereikbaar is: als je in gevaar bent, bel dan het noodnummer.
languages = Talen: { $list }
cost = Kosten: { $cost }
cost-free = gratis
save-contacts = Deze nummers in je telefoon opslaan
print-card = Een kaart met deze nummers afdrukken
report-problem = Een fout in deze vermelding melden
nav-regions = Alle regio's
nav-about = Over lifelines
nav-privacy = Privacy
nav-data = Waar de gegevens vandaan komen
nav-sms = Voor sms-gateways
regions-title = Kies een regio
regions-intro = Alle landen waarvoor we hulplijnen hebben. Kies het jouwe, of een staat of provincie als die vermeld staat.
not-found-title = Pagina niet gevonden
not-found-text = We konden die pagina niet vinden. Hier zijn hulplijnen die overal helpen, en alle regio's die we bestrijken.
bad-request-title = We konden dat verzoek niet lezen
bad-request-text = Iets in dat adres kennen we niet. Hier zijn hulplijnen die overal helpen, en alle regio's die we bestrijken.
bad-request-topic = Dat onderwerp kennen we niet. Hier zijn hulplijnen die overal helpen; de pagina van elke regio biedt haar eigen onderwerpen.
bad-request-language = Deze site is niet in die taal beschikbaar. De talen waarin hij wel beschikbaar is, staan onderaan elke pagina.
bad-request-region = Die regiocode kennen we niet. Kies je regio uit de lijst hieronder.
bad-request-theme = Dat kleurenthema kennen we niet: het kan light, dark of auto zijn.
server-error-title = Er ging bij ons iets mis
server-error-text = Deze pagina kon niet worden getoond door een fout op onze server. Hier zijn hulplijnen die overal helpen, en alle regio's die we bestrijken.
about-title = Over lifelines
about-text = lifelines toont crisislijnen en hulp bij schadebeperking voor de plek waar je bent: eerst het noodnummer, dan lijnen voor zelfdoding en crisis, steun van ervaringsdeskundigen bij psychedelische ervaringen, hulp bij een overdosis en diensten die drugs testen. Elk nummer wordt gecontroleerd aan de hand van een genoemde bron, die op de gegevenspagina staat.
about-geo = Je regio wordt één keer geschat aan de hand van je netwerkadres, om de lijst te kiezen; daarna wordt het adres vergeten. Je kunt de regio altijd wijzigen.
privacy-title = Privacy
privacy-text = lifelines plaatst geen cookies, laadt niets van andere sites en houdt niets van je bezoek bij: je netwerkadres wordt alleen gebruikt om je regio te schatten en wordt nooit vastgelegd of opgeslagen. Het enige kleine script van de site zorgt er alleen voor dat de link om snel weg te gaan de pagina vervangt.
privacy-history = De link “Deze site snel verlaten” vervangt deze pagina door een neutrale pagina, zodat de terugknop je niet hierheen terugbrengt. Hij wist de geschiedenis van je browser niet: dit bezoek staat daar nog steeds in.
privacy-history-how = Om het te verwijderen, open je de geschiedenis van je browser (Ctrl+H op de meeste computers, of Geschiedenis in het menu van de browser op een telefoon) en verwijder je de items van deze site. Een privé- of incognitovenster bewaart helemaal geen geschiedenis.
report-title = Een fout in een vermelding melden
report-intro = Als een nummer, de openingstijden of iets anders in een vermelding niet klopt, laat het dan weten aan de mensen die deze site bijhouden, zodat de volgende persoon niet naar de verkeerde plek wordt gestuurd. Als je nu hulp nodig hebt, ga dan terug naar de lijst en bel het noodnummer of een hulplijn.
report-what = Zeg om welke vermelding het gaat (de naam, of het adres van de pagina waarop je die zag), wat er niet klopt en waar de juiste informatie staat: het liefst een pagina van de organisatie achter de lijn zelf of van een overheid. Een correctie wordt aan zo'n bron getoetst voordat er iets verandert.
report-public = Correcties kunnen openbaar zijn. Zet er niet je eigen verhaal, je naam of je telefoonnummer in, en niets over iemand anders.
report-where = Stuur het naar het adres dat de beheerders van deze site voor correcties opgeven. De gegevenspagina toont de bron van elke vermelding, zodat je die eerst kunt controleren.
report-form = Een correctie sturen (een openbaar formulier)
report-sources = Waar de gegevens van elke vermelding vandaan komen
access-heading = Als je niet kunt spreken of horen:
access-tty = Teksttelefoon (TTY): { $number }
access-relay-via = Tolkdienst: kies { $via } en vraag dan naar { $number }
access-relay = Tolkdienst: bel { $number } via je tolkdienst
access-video = { $language } via video
access-videophone = { $language } via beeldtelefoon: { $number }
access-whatsapp = WhatsApp { $number }
access-email = E-mail naar { $address }
abroad-no = Alleen bereikbaar via telefoonnetwerken in dit land: { $country }
abroad-yes = Ook bereikbaar van buiten het land ({ $country }): { $number }
abroad-call = Van buiten het land ({ $country }): bel { $number }
networks-only = Alleen vanaf telefoons van { $networks }
data-title = Waar de gegevens vandaan komen
data-intro = Elke vermelding, met de dag waarop de gegevens het laatst zijn bevestigd, en waar. De oudste bevestigingen staan bovenaan.
data-verified = Bevestigd
data-listing = Vermelding
data-emergency-row = Noodnummer, { $country }: { $number }
data-source = Bron
data-stale = ouder dan een jaar
data-release = Dit is gegevensversie { $release }, gemaakt op { $date }. Wat elke versie veranderde:
data-no-release = Deze gegevens komen niet uit een uitgebrachte versie, dus er hoort geen overzicht van wijzigingen bij.
data-archive = De hele versie (de gegevensbestanden en het HSDS-pakket), byte voor byte zoals uitgebracht:
data-signed = Ze is ondertekend door de beheerders. Zo controleer je een gedownload bestand met minisign en de publieke sleutel van deze server:
data-unsigned = Deze server controleert geen handtekening op de gegevens: ze worden zonder handtekening aangeboden.
data-changed = Laatst gewijzigd
data-checked = Automatisch gecontroleerd
data-check-ok = de bron toont het nog
data-check-missing = de bron toont { $value } niet meer
data-check-problem = de bron kon niet worden gecontroleerd ({ $kind })
data-checked-at = De bron van elke rij is op { $date } voor het laatst automatisch opnieuw gelezen: een rij waarvan de bron het nummer niet meer toont, wordt gemarkeerd voor de beheerders, die beslissen wat er moet gebeuren.

# De onderwerpkeuzes, in de woorden van iemand die het moeilijk heeft.
choice-crisis = Ik moet nu met iemand praten
choice-suicide = Ik denk aan zelfdoding
choice-psychedelic = Ik heb een zware trip
choice-substance-use = Ik wil praten over drugsgebruik
choice-overdose = Iemand heeft misschien een overdosis
choice-drug-checking = Ik wil mijn drugs laten testen
choice-poison = Iemand heeft iets schadelijks ingeslikt
choice-mental-health = Ik heb het psychisch zwaar
choice-peer-support = Ik wil praten met iemand die het zelf heeft meegemaakt
choice-lgbtq = Ik ben LGBTQ+ en zoek steun
choice-youth = Ik ben jong en heb hulp nodig
choice-veterans = Ik ben veteraan of militair
choice-domestic-violence = Ik ben thuis niet veilig
choice-sexual-assault = Ik heb seksueel geweld meegemaakt

# Hulp bij een overdosis, als eerste getoond bij de keuze overdosis. Elke stap volgt de bron die
# ernaast op de pagina staat; houd de betekenis precies.
overdose-local-number = je lokale noodnummer
guide-unreviewed = Vertaald door lifelines; nog niet nagekeken door een moedertaalspreker.
law-by-subdivision = De Good Samaritan-wetten (wetten die wie hulp inroept kunnen beschermen) verschillen hier per staat of provincie. Wat de wet kan beschermen, waar we daar een bron voor hebben:
expect-heading = Wat je kunt verwachten als je belt of een bericht stuurt
law-not-advice = Wetten verschillen; dit is geen juridisch advies.
source = Bron

# De kaart om af te drukken.
card-title = Nummers om te bewaren: { $region }
card-scan = Elke hulplijn, en of die nu bereikbaar is:
card-print = Deze kaart afdrukken

topic-crisis = Crisis
topic-suicide = Zelfdoding
topic-psychedelic = Psychedelische ervaringen
topic-substance-use = Middelengebruik
topic-overdose = Overdosis
topic-drug-checking = Drugs testen
topic-poison = Vergiftiging
topic-mental-health = Psychische gezondheid
topic-peer-support = Ervaringsdeskundigen
topic-lgbtq = LGBTQ+
topic-youth = Jongeren
topic-veterans = Veteranen
topic-domestic-violence = Huiselijk geweld
topic-sexual-assault = Seksueel geweld

# De link van de in te sluiten widget terug naar de volledige pagina.
embed-full-list = Alle hulplijnen, op lifelines

# /partners: hoe andere sites linken, insluiten, de API aanroepen en de gegevens overnemen.
nav-partners = Voor partners
partners-title = Linken, insluiten of de gegevens gebruiken
partners-intro = Organisaties voor schadebeperking, festivals, klinieken, sms-diensten en andere overzichten kunnen naar lifelines linken, het insluiten of de gegevens overnemen: geen account, geen sleutel, niemand wordt gevolgd.
partners-link-title = Naar een regio linken
partners-link-text = Elke regio heeft een eigen adres; voeg ?topic= toe om alleen de hulplijnen voor één behoefte te tonen, en ?lang= met een taalcode (es, fr, de, ar…) voor een andere taal.
partners-embed-heading = De hulplijnen in je site insluiten
partners-embed-text = Kies een regio en een onderwerp en plak het codefragment in je pagina. Bel- en sms-links openen op de telefoon van de bezoeker, andere links in een nieuw tabblad.
partners-embed-title = Crisislijnen en hulp bij schadebeperking: { $region }
partners-region = Regio
partners-topic = Onderwerp
partners-make = Codefragment maken
partners-embed-options = Voeg ?theme=light of ?theme=dark toe om de kleuren vast te zetten (standaard volgen ze de instelling van de bezoeker), en ?lang= voor de taal. De widget zelf:
partners-api-title = De API aanroepen
partners-api-text = Een JSON-API met open CORS, ETags en fouten als problem+json. De beschrijving in OpenAPI 3.1:
partners-data-title = De gegevens overnemen
partners-data-text = De gegevensbestanden zoals ze zijn, en het hele overzicht in het HSDS 3.0-formaat van Open Referral (een datapakket van CSV-bestanden), onder CC BY 4.0: vermeld “lifelines” met de pagina waar je ze vandaan hebt. Elke rij behoudt haar bron en de dag waarop ze is bevestigd.
partners-stability-title = Wat stabiel blijft
partners-stability-text = De regioadressen, /embed en /api/v1 houden hun URL's en velden zolang versie 1 bestaat: er kunnen velden bijkomen, maar ze worden nooit hernoemd of verwijderd. Een wijziging die iets breekt, komt als /api/v2, en versie 1 blijft minstens zes maanden daarnaast bestaan.
data-files = De gegevensbestanden, onder CC BY 4.0 (vermeld “lifelines”):

# Het zoeken naar een plaats bij de regiokeuze, op de regiopagina's en op de 404-pagina (POST /find).
find-label = Stad, postcode of regio
find-button = Zoeken
find-several-title = Welke plaats?
find-several = Die naam hoort bij meerdere plaatsen. Kies de jouwe:
find-none-title = We konden die plaats niet vinden
find-none = Probeer een stad, een postcode of een regio, of kies uit de lijst.
about-places = Steden en dorpen komen van GeoNames (geonames.org), onder de licentie Creative Commons Naamsvermelding 4.0 (Creative Commons Attribution 4.0).
about-languages = De eigen teksten van de site zijn er in deze talen. Wie elke taal heeft vertaald, en of een moedertaalspreker die heeft nagekeken:
language-original = de taal waarin de site is geschreven
language-reviewed = vertaald door { $by }; nagekeken door een moedertaalspreker
language-partly = vertaald door { $by }; nagekeken op moedertaalniveau, behalve de nieuwste zinnen
language-unreviewed = vertaald door { $by }; nog niet nagekeken door een moedertaalspreker
