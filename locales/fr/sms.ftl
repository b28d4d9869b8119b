# lifelines : réponses SMS, français. Traducteurs : gardez chaque { $variable } telle quelle.
# Les réponses se comptent en segments SMS : les caractères hors de l'alphabet GSM-7 sont
# remplacés par la lettre simple la plus proche quand toute la réponse le permet (ê → e).

sms-emergency = { $place }. Urgence : { $number }
sms-place = { $place } :
sms-worldwide = En danger ? Appelez votre numéro d'urgence local. Envoyez un lieu ou un code postal (ex. 90210, Ontario, UK) pour les lignes locales.
sms-line = { $name } : { $how }
sms-call-press = { $number }, faites le { $option }
sms-text-keyword = SMS { $keyword } au { $number }
sms-text = SMS au { $number }
sms-call-or-text = appel ou SMS au { $number }
sms-chat = chat { $url }
sms-ask-other = Ailleurs ? Envoyez un code postal, une province ou un pays.
sms-ask-guessed = Ailleurs qu'en { $place } ? Envoyez votre code postal, province ou pays.
sms-which = Quel { $name } ? Envoyez { $options }.
sms-topic-none = Pas de ligne { $topic } ici. Autres lignes :

sms-help-danger = En danger ? Appelez votre numéro d'urgence local.
sms-help-about = { $program } : aide de crise et réduction des méfaits par SMS, gratuite. 1 réponse par message.
sms-help-ask = Envoyez un lieu ou un code postal (ex. H2X) pour les lignes locales.
sms-help-rates = Frais de messagerie et de données possibles. STOP ou ARRET pour vous désabonner.
sms-help-contact = Plus : { $contact }
sms-stop = { $program } : vous êtes désabonné et ne recevrez plus de messages. Envoyez START pour vous réabonner.
sms-start = { $program } : vous êtes réabonné. Envoyez un lieu ou un code postal pour les lignes de crise, AIDE pour de l'info.

sms-topic-crisis = crise
sms-topic-suicide = suicide
sms-topic-psychedelic = psychédéliques
sms-topic-substance-use = consommation
sms-topic-overdose = surdose
sms-topic-drug-checking = analyse de drogues
sms-topic-poison = intoxication
sms-topic-mental-health = santé mentale
sms-topic-peer-support = soutien par les pairs
sms-topic-lgbtq = LGBTQ+
sms-topic-youth = jeunes
sms-topic-veterans = anciens combattants
sms-topic-domestic-violence = violence conjugale
sms-topic-sexual-assault = agression sexuelle
