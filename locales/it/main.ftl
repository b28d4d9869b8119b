# lifelines interface strings, Italian. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = Linee di crisi e di riduzione del danno, dove ti trovi
# Il nome della lingua nella lingua stessa, come lo mostra il selettore delle lingue.
language-name = Italiano
language-switcher = Altre lingue
leave-quickly = Esci subito da questo sito
leave-note = Il collegamento di uscita rapida sostituisce questa pagina, ma non cancella la cronologia del tuo browser.
leave-how = Come cancellarla
showing-help-for = Aiuto per { $region }
change-region = cambia
worldwide = ovunque (nessuna regione trovata)
emergency-label = Emergenza
emergency-call = In pericolo adesso? Chiama il { $number }
# Il primo numero con i servizi che raggiunge, p. es. "In pericolo adesso? Chiama il 119 (ambulanza e vigili del fuoco)".
emergency-call-service = In pericolo adesso? Chiama il { $number } ({ $service })
# L'etichetta di un altro numero di cui la fonte non indica il servizio ("Anche: 112").
emergency-other = Anche
emergency-service-all = tutte le emergenze
emergency-service-ambulance = ambulanza
emergency-service-fire = vigili del fuoco
emergency-service-police = polizia
emergency-service-coast-guard = guardia costiera
emergency-service-sea-rescue = soccorso in mare
emergency-service-mountain-rescue = soccorso in montagna
emergency-cannot-speak = Se non puoi parlare o sentire:
emergency-way-sms = Invia un SMS al { $number }
emergency-way-tty = Telefono testuale (TTY): { $number }
emergency-way-relay = Chiamata tramite servizio di intermediazione: { $number }
emergency-way-video = Videochiamata nella lingua dei segni
emergency-way-app = App di emergenza
emergency-register-first = solo se hai registrato prima il tuo telefono
emergency-register-sms = registrati prima: invia { $word } al { $number }
emergency-register-url = registrati prima
emergency-eu112 = Il 112 è il numero di emergenza in tutta l'Unione europea.
emergency-worldwide = Se sei in pericolo, chiama subito il numero di emergenza locale. Scegli la tua regione qui sotto per vederlo.
emergency-none = Non abbiamo ancora un numero di emergenza confermato per questo paese. Se sei in pericolo, chiedi a qualcuno vicino a te di chiamare aiuto.
lines-heading = Linee che possono aiutarti
lines-none = Qui nessuna linea corrisponde a questo argomento. Mostra tutti gli argomenti per vedere ogni linea.
services-heading = Informazioni e servizi
services-intro = Questi non hanno una linea telefonica, SMS o chat. I loro siti spiegano come contattarli.
choices-more = Altro
choices-heading = Che cosa sta succedendo?
filter-all = Mostra tutte le linee
call = Chiama il { $number }
then-press = poi premi { $option }
text-keyword = Invia { $keyword } per SMS al { $number }
text-number = Invia un SMS al { $number }
chat = Chat sul web
website = Sito web
app = App
hours-always = Aperto 24 ore su 24, tutti i giorni
hours-unknown = Orari non confermati
open-now = Aperto ora
closed-now = Chiuso ora
# { $time } è l'ora locale in cui la linea chiude o apre, { $zone } il nome del suo fuso orario
# ("ora del Pacifico"), { $day } il giorno della settimana quando non è oggi, { $hour } l'ora come
# numero (0–23), per dire "all'01:00" (l'una) ma "alle 02:00".
open-until = Aperto ora · fino { $hour ->
        [1] all'{ $time }
       *[other] alle { $time }
    } ({ $zone })
open-until-day = Aperto ora · fino a { $day } { $hour ->
        [1] all'{ $time }
       *[other] alle { $time }
    } ({ $zone })
closed-opens = Chiuso · apre { $hour ->
        [1] all'{ $time }
       *[other] alle { $time }
    } ({ $zone })
closed-opens-day = Chiuso · apre { $day } { $hour ->
        [1] all'{ $time }
       *[other] alle { $time }
    } ({ $zone })
closed-instead = Nel frattempo, { $name } è disponibile adesso.
closed-instead-emergency = Nel frattempo, se sei in pericolo, chiama il numero di emergenza.
languages = Lingue: { $list }
cost = Costo: { $cost }
cost-free = gratuito
save-contacts = Salva questi numeri sul tuo telefono
print-card = Stampa un biglietto con questi numeri
report-problem = Segnala un problema con questa voce
nav-regions = Tutte le regioni
nav-about = Informazioni
nav-privacy = Privacy
nav-data = Da dove vengono i dati
nav-sms = Per le piattaforme SMS
regions-title = Scegli una regione
regions-intro = Tutti i paesi per cui abbiamo delle linee. Scegli il tuo, oppure uno stato o una provincia, se compaiono nell'elenco.
not-found-title = Pagina non trovata
not-found-text = Non abbiamo trovato questa pagina. Ecco le linee che aiutano ovunque, e tutte le regioni che copriamo.
bad-request-title = Non siamo riusciti a leggere questa richiesta
bad-request-text = C'è qualcosa in questo indirizzo che non conosciamo. Ecco le linee che aiutano ovunque, e tutte le regioni che copriamo.
bad-request-topic = Non conosciamo questo argomento. Ecco le linee che aiutano ovunque; la pagina di ogni regione offre i suoi argomenti.
bad-request-language = Questo sito non è disponibile in questa lingua. Le lingue disponibili sono elencate in fondo a ogni pagina.
bad-request-region = Non conosciamo questo codice di regione. Scegli la tua regione dall'elenco qui sotto.
bad-request-theme = Non conosciamo questo tema di colori: può essere light, dark o auto.
server-error-title = Qualcosa è andato storto da parte nostra
server-error-text = Non è stato possibile mostrare questa pagina a causa di un errore sul nostro server. Ecco le linee che aiutano ovunque, e tutte le regioni che copriamo.
about-title = Informazioni su lifelines
about-text = lifelines elenca le linee di crisi e di riduzione del danno per il luogo in cui ti trovi: prima il numero di emergenza, poi le linee di crisi e di prevenzione del suicidio, il supporto tra pari per le esperienze psichedeliche, i servizi per le overdose e di analisi delle sostanze. Ogni numero è verificato con una fonte indicata per nome, che compare nella pagina dei dati.
about-geo = La tua regione viene stimata una sola volta dal tuo indirizzo di rete, per scegliere l'elenco, e poi l'indirizzo viene dimenticato. Puoi sempre cambiare regione.
privacy-title = Privacy
privacy-text = lifelines non usa cookie, non carica nulla da altri siti e non conserva alcuna traccia della tua visita: il tuo indirizzo di rete serve solo a stimare la tua regione e non viene mai registrato né conservato. Il suo unico piccolo script serve solo a far sì che il collegamento di uscita rapida sostituisca la pagina.
privacy-history = Il collegamento "Esci subito da questo sito" sostituisce questa pagina con una pagina neutra, così il tasto Indietro non riporta qui. Non cancella la cronologia del tuo browser: questa visita vi compare ancora.
privacy-history-how = Per rimuoverla, apri la cronologia del browser (Ctrl+H sulla maggior parte dei computer, o Cronologia nel menu del browser sul telefono) ed elimina le voci di questo sito. Una finestra privata o in incognito non conserva alcuna cronologia.
report-title = Segnala un problema con una voce
report-intro = Se un numero, un orario o qualsiasi altro dato di una voce è sbagliato, dillo a chi cura questo sito, così la prossima persona non verrà mandata nel posto sbagliato. Se hai bisogno di aiuto adesso, torna all'elenco e chiama il numero di emergenza o una linea.
report-what = Indica di quale voce si tratta (il suo nome, o l'indirizzo della pagina in cui l'hai vista), che cosa è sbagliato e dove si trova l'informazione corretta: meglio una pagina del servizio stesso o di un ente pubblico. Ogni correzione viene verificata con una fonte di questo tipo prima di cambiare qualsiasi cosa.
report-public = Le correzioni possono essere pubbliche. Non includere la tua storia personale, il tuo nome o il tuo numero di telefono, né nulla che riguardi altre persone.
report-where = Inviala all'indirizzo che chi gestisce questo sito indica per le correzioni. La pagina dei dati mostra la fonte di ogni voce, così puoi verificarla prima.
report-form = Invia una correzione (un modulo pubblico)
report-sources = Da dove vengono i dati di ogni voce
access-heading = Se non puoi parlare o sentire:
access-tty = Telefono testuale (TTY): { $number }
access-relay-via = Intermediazione: componi { $via }, poi chiedi il { $number }
access-relay = Intermediazione: chiama il { $number } tramite il tuo servizio di intermediazione
access-video = Video in { $language }
access-videophone = { $language } tramite videotelefono: { $number }
access-whatsapp = WhatsApp { $number }
access-email = E-mail { $address }
abroad-no = Solo dalle reti telefoniche di questo paese: { $country }
abroad-yes = Raggiungibile anche dall’estero ({ $country }): { $number }
abroad-call = Dall’estero ({ $country }): chiama il { $number }
networks-only = Solo da telefoni { $networks }
data-title = Da dove vengono i dati
data-intro = Ogni voce, con il giorno in cui i suoi dati sono stati confermati l'ultima volta e dove. Le conferme più vecchie vengono per prime.
data-verified = Confermato
data-listing = Voce
data-emergency-row = Numero di emergenza, { $country }: { $number }
data-source = Fonte
data-stale = risale a più di un anno fa
data-release = Questa è la versione { $release } dei dati, pubblicata il { $date }. Cosa è cambiato in ogni versione:
data-no-release = Questi dati non provengono da una versione pubblicata, quindi non sono accompagnati da un registro delle modifiche.
data-archive = La versione completa (i file di dati e il pacchetto HSDS), byte per byte come è stata pubblicata:
data-signed = È firmata da chi cura i dati. Per verificare un file scaricato con minisign e la chiave pubblica di questo server:
data-unsigned = Questo server non verifica alcuna firma sui dati: vengono forniti senza firma.
data-changed = Ultima modifica
data-checked = Controllo automatico
data-check-ok = la fonte lo mostra ancora
data-check-missing = la fonte non mostra più { $value }
data-check-problem = non è stato possibile controllare la fonte ({ $kind })
data-checked-at = La fonte di ogni voce è stata riletta automaticamente l'ultima volta il { $date }: una voce la cui fonte non mostra più il suo numero viene segnalata a chi cura i dati, che decide cosa fare.

# Gli argomenti da scegliere, con le parole che userebbe una persona in difficoltà.
choice-crisis = Ho bisogno di parlare con qualcuno adesso
choice-suicide = Sto pensando al suicidio
choice-psychedelic = Il mio viaggio sta andando male
choice-substance-use = Voglio parlare dell'uso di droghe
choice-overdose = Qualcuno potrebbe essere in overdose
choice-drug-checking = Voglio far analizzare le mie sostanze
choice-poison = Qualcuno ha ingoiato qualcosa di pericoloso
choice-mental-health = La mia salute mentale non va bene
choice-peer-support = Voglio parlare con qualcuno che ci è passato
choice-lgbtq = Sono LGBTQ+ e ho bisogno di supporto
choice-youth = Sono giovane e ho bisogno di aiuto
choice-veterans = Sono militare o ex militare
choice-domestic-violence = A casa non sono al sicuro
choice-sexual-assault = Ho subito una violenza sessuale

# Cosa fare in caso di overdose; compare per primo scegliendo overdose. Ogni passo segue la fonte
# indicata accanto nella pagina: mantenere il senso esatto.
# overdose-local-number sostituisce { emergency } nei passi ("Chiama il …") quando il paese non ha un numero noto.
overdose-local-number = numero di emergenza locale
guide-unreviewed = Tradotto da lifelines; non ancora rivisto da un madrelingua.
law-by-subdivision = Qui le leggi del Buon Samaritano cambiano da uno stato o da una provincia all'altra. Cosa può proteggere la legge, dove ne abbiamo una fonte:
expect-heading = Cosa aspettarti quando chiami o scrivi
law-not-advice = Le leggi variano; questa non è una consulenza legale.
source = Fonte

# Il biglietto da stampare.
card-title = Numeri da conservare: { $region }
card-scan = Tutte le linee, e se sono aperte adesso:
card-print = Stampa questo biglietto

topic-crisis = Crisi
topic-suicide = Suicidio
topic-psychedelic = Esperienze psichedeliche
topic-substance-use = Uso di sostanze
topic-overdose = Overdose
topic-drug-checking = Analisi delle sostanze
topic-poison = Avvelenamento
topic-mental-health = Salute mentale
topic-peer-support = Supporto tra pari
topic-lgbtq = LGBTQ+
topic-youth = Giovani
topic-veterans = Militari ed ex militari
topic-domestic-violence = Violenza domestica
topic-sexual-assault = Violenza sessuale

# Il collegamento del widget incorporabile alla pagina completa.
embed-full-list = Tutte le linee, su lifelines

# /partners: come altri siti si collegano, incorporano, usano l'API e prendono i dati.
nav-partners = Per le organizzazioni
partners-title = Collega, incorpora o usa i dati
partners-intro = Gruppi di riduzione del danno, festival, cliniche, servizi SMS e altri elenchi possono collegarsi a lifelines, incorporarlo o prenderne i dati: senza registrazione, senza chiave, senza tracciamento.
partners-link-title = Collegamento a una regione
partners-link-text = Ogni regione ha il suo indirizzo; aggiungi ?topic= per mostrare solo le linee per un bisogno, e ?lang= con un codice di lingua (es, fr, de, ar…) per un'altra lingua.
partners-embed-heading = Incorpora le linee nel tuo sito
partners-embed-text = Scegli una regione e un argomento, poi incolla il codice nella tua pagina. I collegamenti per chiamare e inviare SMS si aprono sul telefono di chi visita; gli altri collegamenti in una nuova scheda.
partners-embed-title = Linee di crisi e di riduzione del danno: { $region }
partners-region = Regione
partners-topic = Argomento
partners-make = Genera il codice
partners-embed-options = Aggiungi ?theme=light o ?theme=dark per fissare i colori (altrimenti seguono le impostazioni di chi visita), e ?lang= per la lingua. Il widget stesso:
partners-api-title = Usa l'API
partners-api-text = Un'API JSON con CORS aperto, ETag ed errori in formato problem+json. La sua descrizione OpenAPI 3.1:
partners-data-title = Prendi i dati
partners-data-text = I file di dati così come sono, e l'intero elenco nel formato HSDS 3.0 di Open Referral (un pacchetto di dati in file CSV), con licenza CC BY 4.0: cita "lifelines" insieme alla pagina da cui li hai presi. Ogni riga conserva la sua fonte e il giorno in cui è stata confermata.
partners-stability-title = Cosa resta stabile
partners-stability-text = Gli indirizzi delle regioni, /embed e /api/v1 mantengono i loro URL e campi finché dura la versione 1: si possono aggiungere campi, ma non verranno mai rinominati né rimossi. Una modifica che rompe qualcosa arriverà come /api/v2, con la versione 1 mantenuta in parallelo per almeno sei mesi.
data-files = I file di dati, con licenza CC BY 4.0 (cita "lifelines"):

# La ricerca di luoghi nel selettore di regioni, nelle pagine delle regioni e nella pagina 404 (POST /find).
find-label = Città, codice postale o regione
find-button = Cerca
find-several-title = Quale luogo?
find-several = Questo nome corrisponde a più luoghi. Scegli il tuo:
find-none-title = Non abbiamo trovato questo luogo
find-none = Prova con una città, un codice postale o una regione, oppure scegli dall'elenco.
about-places = Paesi e città provengono da GeoNames (geonames.org), con licenza Creative Commons Attribuzione 4.0.
about-languages = Le parole del sito sono in queste lingue. Chi ha tradotto ciascuna, e se un madrelingua l'ha rivista:
language-original = la lingua in cui è scritto il sito
language-reviewed = tradotto da { $by }; rivisto da un madrelingua
language-partly = tradotto da { $by }; rivisto a livello di madrelingua, tranne le frasi più recenti
language-unreviewed = tradotto da { $by }; non ancora rivisto da un madrelingua
