# lifelines interface strings, Polish. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = Linie wsparcia w kryzysie i redukcji szkód tam, gdzie jesteś
# Nazwa języka w tym języku, tak jak pokazuje ją przełącznik języków.
language-name = Polski
language-switcher = Inne języki
leave-quickly = Szybko opuść tę stronę
leave-note = Link szybkiego wyjścia zastępuje tę stronę, ale nie usuwa historii przeglądarki.
leave-how = Jak ją wyczyścić
showing-help-for = Pomoc dla: { $region }
change-region = zmień
worldwide = cały świat (nie ustalono regionu)
emergency-label = Numer alarmowy
emergency-call = Grozi ci teraz niebezpieczeństwo? Zadzwoń pod { $number }
# The first number with the services it reaches, e.g. "In danger now? Call 119 (ambulance and fire)".
emergency-call-service = Grozi ci teraz niebezpieczeństwo? Zadzwoń pod { $number } ({ $service })
# The label of a further number whose service its source does not state ("Also: 112").
emergency-other = Także
emergency-service-all = wszystkie służby ratunkowe
emergency-service-ambulance = pogotowie ratunkowe
emergency-service-fire = straż pożarna
emergency-service-police = policja
emergency-service-coast-guard = straż przybrzeżna
emergency-service-sea-rescue = ratownictwo morskie
emergency-service-mountain-rescue = ratownictwo górskie
emergency-cannot-speak = Jeśli nie możesz mówić lub nie słyszysz:
emergency-way-sms = SMS pod numer { $number }
emergency-way-tty = Telefon tekstowy (TTY): { $number }
emergency-way-relay = Połączenie przez pośrednika: { $number }
emergency-way-video = Połączenie wideo w języku migowym
emergency-way-app = Aplikacja alarmowa
emergency-register-first = tylko po wcześniejszej rejestracji telefonu
emergency-register-sms = najpierw się zarejestruj: wyślij { $word } pod numer { $number }
emergency-register-url = najpierw się zarejestruj
emergency-eu112 = 112 to numer alarmowy w całej Unii Europejskiej.
emergency-worldwide = Jeśli grozi ci niebezpieczeństwo, zadzwoń teraz pod lokalny numer alarmowy. Wybierz poniżej swój region, żeby go zobaczyć.
emergency-none = Nie mamy jeszcze potwierdzonego numeru alarmowego dla tego kraju. Jeśli grozi ci niebezpieczeństwo, poproś kogoś w pobliżu, żeby wezwał pomoc.
lines-heading = Linie, które mogą pomóc
lines-none = Tutaj żadna linia nie pasuje do tego tematu. Pokaż wszystkie tematy, żeby zobaczyć każdą linię.
services-heading = Informacje i usługi
services-intro = Te miejsca nie mają linii telefonicznej, SMS ani czatu. Na ich stronach internetowych jest napisane, jak się z nimi skontaktować.
choices-more = Coś innego
choices-heading = Co się dzieje?
filter-all = Pokaż wszystkie linie
call = Zadzwoń pod { $number }
then-press = potem wybierz { $option }
text-keyword = Wyślij SMS o treści { $keyword } pod numer { $number }
text-number = Wyślij SMS pod numer { $number }
chat = Czat internetowy
website = Strona internetowa
app = Aplikacja
hours-always = Czynne całą dobę, 7 dni w tygodniu
hours-unknown = Godziny niepotwierdzone
open-now = Czynne teraz
closed-now = Teraz nieczynne
# { $time } to lokalna godzina zamknięcia lub otwarcia linii, { $zone } nazwa jej strefy czasowej
# ("czas pacyficzny"), { $day } dzień tygodnia (w mianowniku), gdy to nie dzisiaj.
open-until = Czynne teraz · do { $time } ({ $zone })
open-until-day = Czynne teraz · do: { $day }, { $time } ({ $zone })
closed-opens = Nieczynne · otwarcie o { $time } ({ $zone })
closed-opens-day = Nieczynne · otwarcie: { $day }, { $time } ({ $zone })
closed-instead = Gdy ta linia jest nieczynna, teraz działa { $name }.
closed-instead-emergency = Gdy ta linia jest nieczynna: jeśli grozi ci niebezpieczeństwo, zadzwoń pod numer alarmowy.
languages = Języki: { $list }
cost = Koszt: { $cost }
cost-free = bezpłatnie
save-contacts = Zapisz te numery w telefonie
print-card = Wydrukuj kartkę z tymi numerami
report-problem = Zgłoś problem z tym wpisem
nav-regions = Wszystkie regiony
nav-about = O stronie
nav-privacy = Prywatność
nav-data = Skąd pochodzą dane
nav-sms = Dla bramek SMS
regions-title = Wybierz region
regions-intro = Wszystkie kraje, dla których mamy linie. Wybierz swój albo stan lub prowincję, jeśli są na liście.
not-found-title = Nie znaleziono strony
not-found-text = Nie udało się znaleźć tej strony. Oto linie, które pomagają wszędzie, i wszystkie regiony, które obejmujemy.
bad-request-title = Nie udało się odczytać tego żądania
bad-request-text = Coś w tym adresie jest dla nas nieznane. Oto linie, które pomagają wszędzie, i wszystkie regiony, które obejmujemy.
bad-request-topic = Nie znamy tego tematu. Oto linie, które pomagają wszędzie; strona każdego regionu pokazuje jego tematy.
bad-request-language = Ta strona nie jest dostępna w tym języku. Języki, w których jest dostępna, są wymienione na dole każdej strony.
bad-request-region = Nie znamy tego kodu regionu. Wybierz swój region z listy poniżej.
bad-request-theme = Nie znamy tego motywu kolorów: może to być light, dark lub auto.
server-error-title = Coś poszło nie tak po naszej stronie
server-error-text = Nie można wyświetlić tej strony z powodu błędu na naszym serwerze. Oto linie, które pomagają wszędzie, i wszystkie regiony, które obejmujemy.
about-title = O lifelines
about-text = lifelines zbiera linie kryzysowe i linie redukcji szkód dla miejsca, w którym jesteś: najpierw numer alarmowy, potem linie zapobiegania samobójstwom i linie kryzysowe, wsparcie rówieśnicze przy doświadczeniach psychodelicznych oraz usługi dotyczące przedawkowań i testowania substancji. Każdy numer jest sprawdzany w konkretnym, wskazanym źródle, podanym na stronie z danymi.
about-geo = Twój region jest jednorazowo odgadywany na podstawie adresu sieciowego, żeby dobrać listę, a potem ten adres jest zapominany. Zawsze możesz zmienić region.
privacy-title = Prywatność
privacy-text = lifelines nie używa ciasteczek, nie wczytuje niczego z innych stron i nie zapisuje żadnych śladów twojej wizyty: twój adres sieciowy służy tylko do odgadnięcia regionu i nigdy nie jest rejestrowany ani przechowywany. Jedyny, mały skrypt strony sprawia tylko, że link szybkiego wyjścia zastępuje stronę.
privacy-history = Link „Szybko opuść tę stronę” zastępuje tę stronę neutralną, więc przycisk Wstecz nie prowadzi z powrotem tutaj. Nie usuwa on historii przeglądarki: ta wizyta nadal jest tam widoczna.
privacy-history-how = Aby ją usunąć, otwórz historię przeglądarki (Ctrl+H na większości komputerów albo Historia w menu przeglądarki w telefonie) i usuń wpisy dotyczące tej strony. Okno prywatne lub incognito w ogóle nie zapisuje historii.
report-title = Zgłoś problem z wpisem
report-intro = Jeśli numer, godziny lub cokolwiek innego we wpisie jest błędne, daj znać osobom, które prowadzą tę stronę, żeby kolejna osoba nie trafiła w złe miejsce. Jeśli potrzebujesz pomocy teraz, wróć do listy i zadzwoń pod numer alarmowy albo na jedną z linii.
report-what = Napisz, którego wpisu to dotyczy (jego nazwa albo adres strony, na której go widać), co jest nie tak i gdzie są prawidłowe informacje: najlepiej strona samego operatora linii albo instytucji rządowej. Każda poprawka jest sprawdzana w takim źródle, zanim cokolwiek się zmieni.
report-public = Poprawki mogą być publiczne. Nie podawaj swojej historii, imienia i nazwiska ani numeru telefonu, ani niczego o innych osobach.
report-where = Wyślij ją na adres, który osoby prowadzące tę stronę podają do zgłaszania poprawek. Strona z danymi pokazuje źródło każdego wpisu, więc możesz je najpierw sprawdzić.
report-form = Wyślij poprawkę (formularz publiczny)
report-sources = Skąd pochodzą dane każdego wpisu
access-heading = Jeśli nie możesz mówić lub nie słyszysz:
access-tty = Telefon tekstowy (TTY): { $number }
access-relay-via = Przez pośrednika: wybierz { $via }, a potem poproś o połączenie z { $number }
access-relay = Przez pośrednika: zadzwoń pod { $number } przez swoją usługę pośrednictwa
access-video = Wideo: { $language }
access-videophone = { $language }, przez wideotelefon: { $number }
access-whatsapp = WhatsApp { $number }
access-email = E-mail: { $address }
abroad-no = Tylko z sieci telefonicznych w tym kraju: { $country }
abroad-yes = Można dzwonić także spoza kraju ({ $country }): { $number }
abroad-call = Spoza kraju ({ $country }): zadzwoń pod { $number }
networks-only = Tylko z telefonów w sieci { $networks }
data-title = Skąd pochodzą dane
data-intro = Każdy wpis z dniem, w którym jego szczegóły ostatnio potwierdzono, i ze źródłem potwierdzenia. Najstarsze potwierdzenia są na początku.
data-verified = Potwierdzono
data-listing = Wpis
data-emergency-row = Numer alarmowy, { $country }: { $number }
data-source = Źródło
data-stale = starsze niż rok
data-release = To wydanie danych { $release }, opublikowane { $date }. Co zmieniało każde wydanie:
data-no-release = Te dane nie pochodzą z wydania, więc nie towarzyszy im rejestr zmian.
data-archive = Całe wydanie (pliki danych i pakiet HSDS), bajt w bajt takie, jak zostało opublikowane:
data-signed = Jest podpisane przez opiekunów projektu. Aby sprawdzić pobrany plik za pomocą minisign i klucza publicznego tego serwera:
data-unsigned = Ten serwer nie sprawdza podpisu danych: są udostępniane bez podpisu.
data-changed = Ostatnia zmiana
data-checked = Sprawdzone automatycznie
data-check-ok = źródło nadal to pokazuje
data-check-missing = źródło nie pokazuje już { $value }
data-check-problem = nie udało się sprawdzić źródła ({ $kind })
data-checked-at = Źródło każdego wiersza zostało ostatnio automatycznie odczytane ponownie { $date }: wiersz, którego źródło nie pokazuje już jego numeru, zostaje oznaczony dla opiekunów projektu, którzy decydują, co dalej.

# Tematy do wyboru, słowami osoby, która jest w trudnej sytuacji.
choice-crisis = Potrzebuję teraz z kimś porozmawiać
choice-suicide = Mam myśli samobójcze
choice-psychedelic = Mam ciężki odlot
choice-substance-use = Chcę porozmawiać o braniu narkotyków
choice-overdose = Ktoś mógł przedawkować
choice-drug-checking = Chcę sprawdzić skład swoich narkotyków
choice-poison = Ktoś połknął coś szkodliwego
choice-mental-health = Mam problemy ze zdrowiem psychicznym
choice-peer-support = Chcę porozmawiać z kimś, kto przez to przeszedł
choice-lgbtq = Jestem osobą LGBTQ+ i potrzebuję wsparcia
choice-youth = Jestem młodą osobą i potrzebuję pomocy
choice-veterans = Służę w wojsku lub jestem weteranem
choice-domestic-violence = W domu nie jest dla mnie bezpiecznie
choice-sexual-assault = Ktoś użył wobec mnie przemocy seksualnej

# Co robić przy przedawkowaniu; pokazywane najpierw przy tym temacie. Każdy krok opiera się na
# źródle podanym obok na stronie: zachowaj dokładny sens.
overdose-local-number = lokalny numer alarmowy
guide-unreviewed = Przetłumaczone przez lifelines; jeszcze niesprawdzone przez rodzimego użytkownika języka.
law-by-subdivision = Przepisy o „dobrym Samarytaninie” różnią się tu w zależności od stanu lub prowincji. Co prawo może chronić, tam gdzie mamy na to źródło:
expect-heading = Czego się spodziewać, gdy dzwonisz lub piszesz
law-not-advice = Przepisy się różnią; to nie jest porada prawna.
source = Źródło

# Karta do wydruku.
card-title = Numery do zachowania: { $region }
card-scan = Wszystkie linie i informacja, czy są teraz czynne:
card-print = Wydrukuj tę kartkę

topic-crisis = Kryzys
topic-suicide = Samobójstwo
topic-psychedelic = Doświadczenia psychodeliczne
topic-substance-use = Używanie substancji
topic-overdose = Przedawkowanie
topic-drug-checking = Testowanie substancji
topic-poison = Zatrucia
topic-mental-health = Zdrowie psychiczne
topic-peer-support = Wsparcie rówieśnicze
topic-lgbtq = LGBTQ+
topic-youth = Młodzi ludzie
topic-veterans = Weterani
topic-domestic-violence = Przemoc domowa
topic-sexual-assault = Przemoc seksualna

# The embeddable widget's link back to the full page.
embed-full-list = Wszystkie linie w lifelines

# /partners: jak inne strony linkują, osadzają, wywołują API i pobierają dane.
nav-partners = Dla partnerów
partners-title = Podlinkuj, osadź lub wykorzystaj dane
partners-intro = Grupy redukcji szkód, festiwale, przychodnie, usługi SMS i inne katalogi mogą linkować do lifelines, osadzić je u siebie lub pobrać dane: bez konta, bez klucza, bez śledzenia.
partners-link-title = Link do regionu
partners-link-text = Każdy region ma własny adres; dodaj ?topic=, żeby pokazać tylko linie dla jednej potrzeby, i ?lang= z kodem języka (es, fr, de, ar…), żeby wybrać inny język.
partners-embed-heading = Osadź linie na swojej stronie
partners-embed-text = Wybierz region i temat, a potem wklej fragment kodu na swoją stronę. Linki do dzwonienia i SMS otwierają się w telefonie odwiedzającej osoby, inne linki w nowej karcie.
partners-embed-title = Linie kryzysowe i redukcji szkód: { $region }
partners-region = Region
partners-topic = Temat
partners-make = Utwórz fragment kodu
partners-embed-options = Dodaj ?theme=light lub ?theme=dark, żeby ustalić kolory (domyślnie zgodne z ustawieniami odwiedzającej osoby), oraz ?lang= dla języka. Sam widżet:
partners-api-title = Wywołaj API
partners-api-text = API w formacie JSON z otwartym CORS, nagłówkami ETag i błędami w formacie problem+json. Jego opis OpenAPI 3.1:
partners-data-title = Pobierz dane
partners-data-text = Pliki danych w obecnej postaci oraz cały katalog w formacie HSDS 3.0 organizacji Open Referral (pakiet danych z plikami CSV), na licencji CC BY 4.0: podaj „lifelines” jako źródło wraz ze stroną, z której pobrano dane. Każdy wiersz zachowuje swoje źródło i dzień potwierdzenia.
partners-stability-title = Co pozostaje stałe
partners-stability-text = Adresy regionów, /embed i /api/v1 zachowują swoje adresy URL i pola tak długo, jak obowiązuje wersja 1: pola mogą być dodawane, ale nigdy nie zmieniają nazw ani nie są usuwane. Zmiana, która cokolwiek psuje, pojawi się jako /api/v2, a wersja 1 będzie utrzymywana równolegle przez co najmniej sześć miesięcy.
data-files = Pliki danych na licencji CC BY 4.0 (podaj źródło: „lifelines”):

# The place search on the region picker, region pages and the 404 page (POST /find).
find-label = Miasto, kod pocztowy lub region
find-button = Szukaj
find-several-title = Które miejsce?
find-several = Ta nazwa pasuje do kilku miejsc. Wybierz swoje:
find-none-title = Nie udało się znaleźć tego miejsca
find-none = Spróbuj wpisać miasto, kod pocztowy lub region albo wybierz z listy.
about-places = Miejscowości pochodzą z GeoNames (geonames.org), na licencji Creative Commons Uznanie autorstwa 4.0.
about-languages = Własne teksty strony są dostępne w tych językach. Kto przetłumaczył każdy z nich i czy sprawdził go rodzimy użytkownik języka:
language-original = język, w którym strona została napisana
language-reviewed = tłumaczenie: { $by }; sprawdzone przez rodzimego użytkownika języka
language-partly = tłumaczenie: { $by }; sprawdzone na poziomie rodzimego użytkownika języka, z wyjątkiem najnowszych zdań
language-unreviewed = tłumaczenie: { $by }; jeszcze niesprawdzone przez rodzimego użytkownika języka
