# lifelines : réponses SMS, français. Traducteurs : gardez chaque { $variable } telle quelle.
# Les réponses se comptent en segments SMS : les caractères hors de l'alphabet GSM-7 sont
# remplacés par la lettre simple la plus proche quand toute la réponse le permet (ê → e).

sms-emergency = { $place }. Urgence : { $number }
sms-place = { $place } :
sms-worldwide = En danger ? Appelez votre numéro d'urgence local. Envoyez votre province ou pays (ex. Québec, France) ou un code postal canadien pour les lignes locales.
sms-line = { $name } : { $how }
sms-call-press = { $number }, option { $option }
sms-text-keyword = SMS { $keyword } au { $number }
sms-text = SMS au { $number }
sms-call-or-text = appel ou SMS au { $number }
sms-chat = chat { $url }
sms-web = { $url } (lignes par pays)
sms-ask-other = Ailleurs ? Envoyez une province, un État ou un pays.
sms-ask-guessed = Lieu estimé : { $place }. Sinon, envoyez votre province ou pays.
sms-which = Plusieurs lieux s'appellent { $name }. Envoyez { $options }.
sms-town-other = Un autre lieu nommé { $name } ? Envoyez { $example }.
sms-topic-none = Aucune ligne { $topic } trouvée pour { $place }. Autre aide :

sms-help-danger = En danger ? Appelez votre numéro d'urgence local.
sms-help-about = { $program } : envoi automatique de numéros d'aide, gratuit. Pas un service d'écoute.
sms-help-ask = Envoyez votre province ou pays (ex. Québec, France) pour les lignes locales.
sms-help-rates = Frais de messagerie et de données possibles. STOP ou ARRET pour vous désabonner.
sms-help-contact = Plus : { $contact }
sms-stop = { $program } : désabonnement confirmé, vous ne recevrez plus de messages. Envoyez START pour vous réabonner.
sms-start = { $program } : réabonnement confirmé. Envoyez une province ou un pays pour les lignes de crise, AIDE pour de l'aide.

sms-topic-crisis = crise
sms-topic-suicide = suicide
sms-topic-psychedelic = psychédéliques
sms-topic-substance-use = consommation de substances
sms-topic-overdose = surdose
sms-topic-drug-checking = analyse de drogues
sms-topic-poison = intoxication
sms-topic-mental-health = santé mentale
sms-topic-peer-support = soutien par les pairs
sms-topic-lgbtq = LGBTQ+
sms-topic-youth = jeunes
sms-topic-veterans = vétérans
sms-topic-domestic-violence = violence conjugale
sms-topic-sexual-assault = agression sexuelle

# La page qui montre aux organisations comment connecter une passerelle (/sms).
sms-page-title = Connecter un numéro SMS
sms-page-intro = Une organisation peut faire pointer un numéro SMS vers lifelines : une personne envoie un lieu (« california », « 90210 », « M5V 2T6 », « UK ») ou un mot-clé, et reçoit en retour le numéro d’urgence et les lignes qui peuvent aider, en un ou deux segments SMS. lifelines n’engage jamais de conversation et ne stocke rien.
sms-page-reads = Il comprend d’abord les mots-clés (HELP, INFO, AYUDA, AIDE ; STOP et ses synonymes ; START), puis les codes ISO, les noms de pays, d’États et de provinces en anglais, en espagnol et en français, les codes ZIP américains, les codes postaux canadiens et des mots de sujet comme surdose, suicide ou champignons. Si le message ne contient aucun lieu, c’est le numéro de l’expéditeur qui décide.
sms-page-budget = Les réponses tiennent dans le nombre de segments configuré
sms-page-twilio-title = Un numéro Twilio
sms-page-twilio-step1 = Dans la console Twilio, ouvrez le numéro de téléphone (ou le Messaging Service) sous Messaging.
sms-page-twilio-step2 = Réglez « A message comes in » sur Webhook, avec cette URL :
sms-page-twilio-step3 = Donnez à lifelines l’auth token du compte et cette URL exacte, pour qu’il puisse vérifier le X-Twilio-Signature de chaque requête :
sms-page-signed = Ce serveur vérifie les signatures : une requête sans X-Twilio-Signature valide reçoit 403 et aucune réponse.
sms-page-unsigned = Ce serveur n’a pas d’auth token configuré, il répond donc aux requêtes non signées : configurez-en un avant la mise en service.
sms-page-other-title = Toute autre passerelle
sms-page-other-text = Appelez cette URL pour chaque SMS entrant, en GET ou par un POST de formulaire, et renvoyez la réponse en texte brut comme réponse au SMS.
sms-page-param-text = le message, obligatoire (seuls les 160 premiers caractères sont lus)
sms-page-param-from = le numéro de l’expéditeur au format E.164, facultatif (encodez + en %2B dans une URL)
sms-page-param-country = le pays ou la région de l’expéditeur en code ISO 3166 (US, US-CA), facultatif
sms-page-examples-title = Essayez
sms-page-example-zip = Un code ZIP
sms-page-example-ayuda = AYUDA depuis un numéro américain : la réponse d’aide, en espagnol
sms-page-example-postal = Un code postal canadien, en GET
sms-page-example-twilio = Ce qu’envoie Twilio (une signature valide est requise quand un token est configuré)
sms-page-privacy-title = Confidentialité
sms-page-privacy-text = Ni le texte ni le numéro de l’expéditeur ne sont journalisés, stockés ou comptés. Les limites de débit par expéditeur utilisent un hachage à clé du numéro, conservé uniquement en mémoire, et il y a aussi des limites par adresse de passerelle. Les corps de plus de 32 KiB reçoivent 413, les requêtes mal formées 400, dans les deux cas sans texte de réponse.
