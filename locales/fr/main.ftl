# Textes de l'interface de lifelines, en français. Traducteurs : gardez chaque { $variable } telle quelle.

site-name = lifelines
tagline = Lignes de crise et de réduction des risques, là où vous êtes
# Le nom de la langue dans cette langue, tel que le sélecteur de langue l'affiche.
language-name = Français
language-switcher = Autres langues
leave-quickly = Quitter ce site rapidement
leave-note = Le lien de sortie rapide remplace cette page, mais n’efface pas l’historique de votre navigateur.
leave-how = Comment l’effacer
showing-help-for = Région affichée : { $region }
change-region = changer
worldwide = partout (aucune région trouvée)
emergency-label = Urgence
emergency-call = En danger immédiat ? Appelez le { $number }
# The first number with the services it reaches, e.g. "In danger now? Call 119 (ambulance and fire)".
emergency-call-service = En danger immédiat ? Appelez le { $number } ({ $service })
# The label of a further number whose service its source does not state ("Also: 112").
emergency-other = Aussi
emergency-service-all = toutes les urgences
emergency-service-ambulance = ambulance
emergency-service-fire = pompiers
emergency-service-police = police
emergency-service-coast-guard = garde côtière
emergency-service-sea-rescue = sauvetage en mer
emergency-service-mountain-rescue = secours en montagne
emergency-cannot-speak = Si vous ne pouvez pas parler ou entendre :
emergency-way-sms = Envoyez un SMS au { $number }
emergency-way-tty = Téléscripteur (ATS) : { $number }
emergency-way-relay = Appel relais : { $number }
emergency-way-video = Appel vidéo en langue des signes
emergency-way-app = Application d’urgence
emergency-register-first = seulement si vous avez enregistré votre téléphone avant
emergency-register-sms = inscrivez-vous avant : envoyez { $word } au { $number }
emergency-register-url = inscrivez-vous avant
emergency-eu112 = Le 112 est le numéro d’urgence dans toute l’Union européenne.
emergency-worldwide = Si vous êtes en danger, appelez maintenant votre numéro d’urgence local. Choisissez votre région ci-dessous pour le voir.
emergency-none = Nous n’avons pas encore de numéro d’urgence confirmé pour ce pays. Si vous êtes en danger, demandez à une personne près de vous d’appeler les secours.
lines-heading = Des lignes qui peuvent vous aider
lines-none = Aucune ligne ne correspond à ce sujet ici. Affichez tous les sujets pour voir toutes les lignes.
services-heading = Informations et services
services-intro = Ces ressources n’ont ni ligne téléphonique, ni SMS, ni chat. Leur site web indique comment les joindre.
choices-more = Autre chose
choices-heading = Que se passe-t-il ?
filter-all = Voir toutes les lignes
call = Appeler le { $number }
then-press = puis choisir l’option { $option }
text-keyword = Envoyer { $keyword } par SMS au { $number }
text-number = Envoyer un SMS au { $number }
chat = Discuter en ligne
website = Site web
app = Application
hours-always = Ouvert 24 h/24, 7 j/7
hours-unknown = Horaires non confirmés
open-now = Ouvert maintenant
closed-now = Fermé maintenant
# { $time } est l'heure locale de fermeture ou d'ouverture, { $zone } le nom du fuseau horaire
# (« heure du Pacifique »), { $day } le jour de la semaine quand ce n'est pas aujourd'hui.
open-until = Ouvert · jusqu’à { $time } ({ $zone })
open-until-day = Ouvert · jusqu’à { $day } { $time } ({ $zone })
closed-opens = Fermé · ouvre à { $time } ({ $zone })
closed-opens-day = Fermé · ouvre { $day } à { $time } ({ $zone })
closed-instead = En attendant, { $name } est disponible maintenant.
closed-instead-emergency = En attendant, si vous êtes en danger, appelez le numéro d’urgence.
languages = Langues : { $list }
cost = Coût : { $cost }
cost-free = gratuit
save-contacts = Enregistrer ces numéros dans votre téléphone
print-card = Imprimer une carte avec ces numéros
report-problem = Signaler un problème avec cette fiche
nav-regions = Toutes les régions
nav-about = À propos
nav-privacy = Confidentialité
nav-data = D’où viennent les données
nav-sms = Pour les passerelles SMS
regions-title = Choisissez une région
regions-intro = Tous les pays pour lesquels nous avons des lignes. Choisissez le vôtre, ou un État ou une province quand il y en a.
not-found-title = Page introuvable
not-found-text = Nous n’avons pas trouvé cette page. Voici des lignes qui aident partout, et toutes les régions que nous couvrons.
bad-request-title = Nous n’avons pas pu lire cette demande
bad-request-text = Quelque chose dans cette adresse ne nous est pas connu. Voici des lignes qui aident partout, et toutes les régions que nous couvrons.
bad-request-topic = Nous ne connaissons pas ce thème. Voici des lignes qui aident partout ; la page de chaque région propose ses thèmes.
bad-request-language = Ce site n’existe pas dans cette langue. Les langues dans lesquelles il existe sont listées en bas de chaque page.
bad-request-region = Nous ne connaissons pas ce code de région. Choisissez votre région dans la liste ci-dessous.
bad-request-theme = Nous ne connaissons pas ce thème de couleurs : il peut être light, dark ou auto.
server-error-title = Une erreur s’est produite de notre côté
server-error-text = Cette page n’a pas pu s’afficher à cause d’une erreur sur notre serveur. Voici des lignes qui aident partout, et toutes les régions que nous couvrons.
about-title = À propos de lifelines
about-text = lifelines présente les lignes de crise et de réduction des risques là où vous êtes : d’abord le numéro d’urgence, puis les lignes de prévention du suicide et de crise, le soutien par les pairs pour les expériences psychédéliques, et les services liés aux surdoses et à l’analyse de drogues. Chaque numéro est vérifié auprès d’une source nommée, indiquée sur la page des données.
about-geo = Votre région est estimée une seule fois à partir de votre adresse réseau, pour choisir la liste, puis l’adresse est oubliée. Vous pouvez toujours changer de région.
privacy-title = Confidentialité
privacy-text = lifelines ne dépose aucun cookie, ne charge rien depuis d’autres sites et ne garde aucune trace de votre visite : votre adresse réseau sert uniquement à estimer votre région et n’est jamais journalisée ni stockée. Son seul petit script sert uniquement à ce que le lien de sortie rapide remplace la page.
privacy-history = Le lien « Quitter ce site rapidement » remplace cette page par une page neutre, pour que le bouton Retour ne ramène pas ici. Il n’efface pas l’historique de votre navigateur : cette visite y figure toujours.
privacy-history-how = Pour la supprimer, ouvrez l’historique de votre navigateur (Ctrl+H sur la plupart des ordinateurs, ou Historique dans le menu du navigateur sur un téléphone) et supprimez les entrées de ce site. Une fenêtre de navigation privée ne garde aucun historique.
report-title = Signaler un problème sur une fiche
report-intro = Si un numéro, des horaires ou toute autre information d’une fiche sont faux, dites-le aux personnes qui tiennent ce site, pour que la prochaine personne ne soit pas envoyée au mauvais endroit. Si vous avez besoin d’aide maintenant, revenez à la liste et appelez le numéro d’urgence ou une ligne.
report-what = Indiquez de quelle fiche il s’agit (son nom, ou l’adresse de la page où vous l’avez vue), ce qui est faux et où se trouve la bonne information : de préférence une page de l’organisme qui gère la ligne ou d’un gouvernement. Chaque correction est vérifiée auprès d’une telle source avant tout changement.
report-public = Les corrections peuvent être publiques. N’y mettez ni votre propre histoire, ni votre nom ou votre numéro de téléphone, ni rien sur une autre personne.
report-where = Envoyez-la à l’adresse que les personnes qui gèrent ce site donnent pour les corrections. La page des données montre la source de chaque fiche, pour que vous puissiez la vérifier d’abord.
report-form = Envoyer une correction (un formulaire public)
report-sources = D’où viennent les données de chaque fiche
access-heading = Si vous ne pouvez pas parler ou entendre :
access-tty = Téléscripteur (ATS) : { $number }
access-relay-via = Service de relais : composez le { $via }, puis demandez le { $number }
access-relay = Service de relais : appelez le { $number } par votre service de relais
access-video = Vidéo en { $language }
access-videophone = { $language } par visiophone : { $number }
access-whatsapp = WhatsApp { $number }
access-email = Courriel { $address }
abroad-no = Uniquement depuis les réseaux téléphoniques de ce pays : { $country }
abroad-yes = Joignable aussi depuis l’étranger ({ $country }) : { $number }
abroad-call = Depuis l’étranger ({ $country }) : appelez le { $number }
networks-only = Uniquement depuis les téléphones { $networks }
data-title = D’où viennent les données
data-intro = Chaque fiche, avec la date de la dernière confirmation de ses informations et l’endroit où elles ont été confirmées. Les confirmations les plus anciennes apparaissent en premier.
data-verified = Confirmé
data-listing = Fiche
data-emergency-row = Numéro d’urgence, { $country } : { $number }
data-source = Source
data-stale = il y a plus d’un an
data-release = Voici les données de la version { $release }, publiée le { $date }. Ce que chaque version a changé :
data-no-release = Ces données n’ont pas été publiées comme une version : aucun historique des changements ne les accompagne.
data-archive = La version complète (les fichiers de données et le paquet HSDS), octet pour octet telle que publiée :
data-signed = Elle est signée par les responsables des données. Pour vérifier un téléchargement avec minisign et la clé publique de ce serveur :
data-unsigned = Ce serveur ne vérifie aucune signature des données : elles sont servies sans signature.
data-changed = Dernier changement
data-checked = Vérifié automatiquement
data-check-ok = la source l’affiche toujours
data-check-missing = la source n’affiche plus { $value }
data-check-problem = la source n’a pas pu être vérifiée ({ $kind })
data-checked-at = La source de chaque fiche a été relue automatiquement le { $date } : une fiche dont la source n’affiche plus le numéro est signalée aux responsables des données, qui décident de la suite.

# Les sujets à choisir, avec les mots d'une personne en difficulté.
choice-crisis = J’ai besoin de parler à quelqu’un maintenant
choice-suicide = Je pense au suicide
choice-psychedelic = Mon trip se passe mal
choice-substance-use = Je veux parler de consommation de drogues
choice-overdose = Quelqu’un fait peut-être une surdose
choice-drug-checking = Je veux faire analyser mes drogues
choice-poison = Quelqu’un a avalé quelque chose de dangereux
choice-mental-health = Je ne vais pas bien psychologiquement
choice-peer-support = Je veux parler à quelqu’un qui est passé par là
choice-lgbtq = Je suis LGBTQ+ et j’ai besoin de soutien
choice-youth = Je suis jeune et j’ai besoin d’aide
choice-veterans = Je sers ou j’ai servi dans l’armée
choice-domestic-violence = Je ne suis pas en sécurité chez moi
choice-sexual-assault = J’ai subi une agression sexuelle

# Que faire en cas de surdose ; affiché en premier pour ce sujet. Chaque étape suit la source
# nommée à côté sur la page : gardez le sens exact.
# overdose-local-number remplace { emergency } dans les étapes quand le pays n’a pas de numéro connu.
overdose-local-number = numéro d’urgence local
guide-unreviewed = Traduit par lifelines ; pas encore relu par une personne de langue maternelle.
law-by-subdivision = Ici, les lois du bon samaritain varient selon l’État ou la province. Ce que la loi peut protéger, là où nous avons une source :
expect-heading = À quoi s’attendre quand vous appelez ou écrivez
law-not-advice = Les lois varient ; ceci n’est pas un avis juridique.
source = Source

# La carte à imprimer.
card-title = Numéros à garder : { $region }
card-scan = Toutes les lignes, et si elles sont ouvertes maintenant :
card-print = Imprimer cette carte

topic-crisis = Crise
topic-suicide = Suicide
topic-psychedelic = Expériences psychédéliques
topic-substance-use = Consommation de substances
topic-overdose = Surdose
topic-drug-checking = Analyse de drogues
topic-poison = Intoxication
topic-mental-health = Santé mentale
topic-peer-support = Soutien par les pairs
topic-lgbtq = LGBTQ+
topic-youth = Jeunes
topic-veterans = Militaires et vétérans
topic-domestic-violence = Violence conjugale et familiale
topic-sexual-assault = Agression sexuelle

# The embeddable widget's link back to the full page.
embed-full-list = Toutes les lignes, sur lifelines

# /partners : comment d'autres sites créent des liens, intègrent, appellent l'API et récupèrent les données.
nav-partners = Pour les partenaires
partners-title = Créer un lien, intégrer ou utiliser les données
partners-intro = Les groupes de réduction des risques, festivals, cliniques, services SMS et autres répertoires peuvent créer un lien vers lifelines, l’intégrer ou récupérer ses données : sans compte, sans clé, sans pistage.
partners-link-title = Créer un lien vers une région
partners-link-text = Chaque région a sa propre adresse ; ajoutez ?topic= pour n’afficher que les lignes correspondant à un besoin, et ?lang= avec le code d’une langue (es, fr, de, ar…) pour une autre langue.
partners-embed-heading = Intégrer les lignes à votre site
partners-embed-text = Choisissez une région et un sujet, puis collez l’extrait de code dans votre page. Les liens d’appel et de SMS s’ouvrent sur le téléphone du visiteur, les autres liens dans un nouvel onglet.
partners-embed-title = Lignes de crise et de réduction des risques : { $region }
partners-region = Région
partners-topic = Sujet
partners-make = Générer l’extrait
partners-embed-options = Ajoutez ?theme=light ou ?theme=dark pour fixer les couleurs (par défaut, elles suivent le réglage du visiteur), et ?lang= pour la langue. Le widget lui-même :
partners-api-title = Appeler l’API
partners-api-text = Une API JSON avec CORS ouvert, en-têtes ETag et erreurs au format problem+json. Sa description OpenAPI 3.1 :
partners-data-title = Récupérer les données
partners-data-text = Les fichiers de données tels quels, et tout le répertoire au format HSDS 3.0 d’Open Referral (un paquet de données en fichiers CSV), sous licence CC BY 4.0 : citez « lifelines » avec la page d’où vous les avez tirées. Chaque enregistrement garde sa source et la date de sa confirmation.
partners-stability-title = Ce qui reste stable
partners-stability-text = Les adresses des régions, /embed et /api/v1 gardent leurs URL et leurs champs tant que dure la version 1 : des champs peuvent être ajoutés, jamais renommés ni supprimés. Tout changement incompatible sera publié sous /api/v2, et la version 1 restera disponible en parallèle pendant au moins six mois.
data-files = Les fichiers de données, sous licence CC BY 4.0 (citez « lifelines ») :

# The place search on the region picker, region pages and the 404 page (POST /find).
find-label = Ville, code postal ou région
find-button = Chercher
find-several-title = Quel lieu ?
find-several = Ce nom est celui de plusieurs lieux. Choisissez le vôtre :
find-none-title = Nous n’avons pas trouvé ce lieu
find-none = Essayez une ville, un code postal ou une région, ou choisissez dans la liste.
about-places = Les villes viennent de GeoNames (geonames.org), sous licence Creative Commons Attribution 4.0.
about-languages = Les textes propres au site existent dans ces langues. Qui a traduit chacune, et si une personne de langue maternelle l’a relue :
language-original = la langue dans laquelle le site est écrit
language-reviewed = traduit par { $by } ; relu par une personne de langue maternelle
language-partly = traduit par { $by } ; relu avec un niveau de langue maternelle, sauf les phrases les plus récentes
language-unreviewed = traduit par { $by } ; pas encore relu par une personne de langue maternelle
