# lifelines interface strings, Spanish. Translators: keep every { $variable } as it is.

site-name = lifelines
tagline = Líneas de crisis y reducción de daños donde estés
# El nombre del idioma en el propio idioma, como lo muestra el selector de idioma.
language-name = Español
language-switcher = Otros idiomas
leave-quickly = Sal rápido de este sitio
leave-note = El enlace de salida rápida reemplaza esta página, pero no borra el historial de tu navegador.
leave-how = Cómo borrarlo
showing-help-for = Ayuda para { $region }
change-region = cambiar
worldwide = cualquier lugar (no encontramos tu región)
emergency-label = Emergencias
emergency-call = ¿Estás en peligro ahora? Llama al { $number }
# The first number with the services it reaches, e.g. "In danger now? Call 119 (ambulance and fire)".
emergency-call-service = ¿Estás en peligro ahora? Llama al { $number } ({ $service })
# The label of a further number whose service its source does not state ("Also: 112").
emergency-other = También
emergency-service-all = todas las emergencias
emergency-service-ambulance = ambulancia
emergency-service-fire = bomberos
emergency-service-police = policía
emergency-service-coast-guard = guardia costera
emergency-service-sea-rescue = salvamento marítimo
emergency-service-mountain-rescue = rescate de montaña
emergency-cannot-speak = Si no puedes hablar u oír:
emergency-way-sms = Envía un SMS al { $number }
emergency-way-tty = Teléfono de texto (TTY): { $number }
emergency-way-relay = Llamada con intermediación: { $number }
emergency-way-video = Videollamada en lengua de señas
emergency-way-app = App de emergencias
emergency-register-first = solo si registraste tu teléfono antes
emergency-register-sms = regístrate antes: envía { $word } al { $number }
emergency-register-url = regístrate antes
emergency-eu112 = El 112 es el número de emergencias en toda la Unión Europea.
emergency-worldwide = Si estás en peligro, llama ahora a tu número local de emergencias. Elige tu región abajo para verlo.
emergency-none = Todavía no tenemos un número de emergencias confirmado para este país. Si estás en peligro, pide a alguien que esté cerca que busque ayuda.
lines-heading = Líneas que pueden ayudarte
lines-none = No hay líneas sobre este tema aquí. Muestra todos los temas para ver todas las líneas.
services-heading = Información y servicios
services-intro = Estos no tienen línea de teléfono, SMS ni chat. Sus sitios web explican cómo contactarlos.
choices-more = Otra cosa
choices-heading = ¿Qué está pasando?
filter-all = Ver todas las líneas
call = Llama al { $number }
then-press = luego marca la opción { $option }
text-keyword = Envía { $keyword } por SMS al { $number }
text-number = Envía un SMS al { $number }
chat = Chat en línea
website = Sitio web
app = App
hours-always = Abierto 24/7
hours-unknown = Horario no confirmado
open-now = Abierto ahora
closed-now = Cerrado ahora
# { $time } es la hora local en que la línea cierra o abre, { $zone } el nombre de su zona horaria
# ("hora del Pacífico"), { $day } el día de la semana cuando no es hoy, { $hour } la hora como
# número (0–23), para decir "la 1:00" pero "las 2:00".
open-until = Abierto ahora · hasta { $hour ->
        [1] la
       *[other] las
    } { $time } ({ $zone })
open-until-day = Abierto ahora · hasta el { $day } a { $hour ->
        [1] la
       *[other] las
    } { $time } ({ $zone })
closed-opens = Cerrado · abre a { $hour ->
        [1] la
       *[other] las
    } { $time } ({ $zone })
closed-opens-day = Cerrado · abre el { $day } a { $hour ->
        [1] la
       *[other] las
    } { $time } ({ $zone })
closed-instead = Mientras tanto, { $name } está disponible ahora.
closed-instead-emergency = Mientras tanto, si estás en peligro, llama al número de emergencias.
languages = Idiomas: { $list }
cost = Costo: { $cost }
cost-free = gratis
save-contacts = Guarda estos números en tu teléfono
print-card = Imprime una tarjeta con estos números
report-problem = Avísanos de un error en esta ficha
nav-regions = Todas las regiones
nav-about = Acerca de
nav-privacy = Privacidad
nav-data = De dónde vienen los datos
nav-sms = Para pasarelas SMS
regions-title = Elige una región
regions-intro = Todos los países para los que tenemos líneas. Elige el tuyo, o un estado o provincia si aparece en la lista.
not-found-title = Página no encontrada
not-found-text = No encontramos esa página. Aquí tienes líneas que ayudan en cualquier lugar, y todas las regiones que cubrimos.
bad-request-title = No pudimos leer esa solicitud
bad-request-text = Algo en esa dirección no lo conocemos. Aquí tienes líneas que ayudan en cualquier lugar, y todas las regiones que cubrimos.
bad-request-topic = No conocemos ese tema. Aquí tienes líneas que ayudan en cualquier lugar; la página de cada región ofrece sus temas.
bad-request-language = Este sitio no está en ese idioma. Los idiomas en que está aparecen al pie de cada página.
bad-request-region = No conocemos ese código de región. Elige tu región en la lista de abajo.
bad-request-theme = No conocemos ese tema de colores: puede ser light, dark o auto.
server-error-title = Algo salió mal de nuestro lado
server-error-text = No pudimos mostrar esta página por un error en nuestro servidor. Aquí tienes líneas que ayudan en cualquier lugar, y todas las regiones que cubrimos.
about-title = Acerca de lifelines
about-text = lifelines reúne líneas de crisis y de reducción de daños para el lugar donde estás: primero el número de emergencias, luego líneas de crisis y de prevención del suicidio, apoyo entre pares para experiencias psicodélicas, y servicios de prevención de sobredosis y de análisis de drogas. Cada número se verifica con una fuente identificada, que aparece en la página de datos.
about-geo = Tu región se estima una sola vez a partir de tu dirección de red, para elegir la lista, y luego la dirección se olvida. Siempre puedes cambiar la región.
privacy-title = Privacidad
privacy-text = lifelines no usa cookies, no carga nada de otros sitios y no guarda ningún registro de tu visita: tu dirección de red solo se usa para estimar tu región y nunca se registra ni se almacena. Su único script, muy pequeño, solo hace que el enlace de salida rápida reemplace la página.
privacy-history = El enlace "Sal rápido de este sitio" reemplaza esta página por una neutral, así que el botón Atrás no te trae de vuelta aquí. No borra el historial de tu navegador: esta visita sigue apareciendo ahí.
privacy-history-how = Para quitarla, abre el historial de tu navegador (Ctrl+H en la mayoría de los navegadores de escritorio, o Historial en el menú del navegador en un teléfono) y borra las entradas de este sitio. Una ventana privada o de incógnito no guarda ningún historial.
report-title = Informar de un problema con una ficha
report-intro = Si un número, un horario o cualquier otro dato de una ficha es incorrecto, díselo a quienes mantienen este sitio, para que la próxima persona no termine en el lugar equivocado. Si necesitas ayuda ahora, vuelve a la lista y llama al número de emergencias o a una línea.
report-what = Di de qué ficha se trata (su nombre, o la dirección de la página en la que la viste), qué está mal y dónde está la información correcta: mejor una página del propio servicio o de un gobierno. Cada corrección se comprueba con una fuente así antes de cambiar nada.
report-public = Las correcciones pueden ser públicas. No incluyas tu propia historia, tu nombre ni tu número de teléfono, ni nada sobre otra persona.
report-where = Envíala a la dirección que indiquen para correcciones quienes gestionan este sitio. La página de datos muestra la fuente de cada ficha, para que puedas comprobarla antes.
report-form = Enviar una corrección (un formulario público)
report-sources = De dónde vienen los datos de cada ficha
access-heading = Si no puedes hablar u oír:
access-tty = Teléfono de texto (TTY): { $number }
access-relay-via = Servicio de relevo: marca { $via } y pide { $number }
access-relay = Servicio de relevo: llama al { $number } a través de tu servicio de relevo
access-video = Video en { $language }
access-videophone = { $language } por videoteléfono: { $number }
access-whatsapp = WhatsApp { $number }
access-email = Correo { $address }
abroad-no = Solo desde redes telefónicas de { $country }
abroad-yes = También se puede llamar desde fuera de { $country }: { $number }
abroad-call = Desde fuera de { $country }: llama al { $number }
networks-only = Solo desde teléfonos de { $networks }
data-title = De dónde vienen los datos
data-intro = Cada ficha, con el día en que se confirmaron sus datos por última vez y dónde. Las confirmaciones más antiguas aparecen primero.
data-verified = Confirmado
data-listing = Ficha
data-emergency-row = Número de emergencias, { $country }: { $number }
data-source = Fuente
data-stale = hace más de un año
data-release = Estos son los datos de la versión { $release }, publicada el { $date }. Qué cambió en cada versión:
data-no-release = Estos datos no se publicaron como una versión, así que no vienen con un registro de cambios.
data-archive = La versión completa (los archivos de datos y el paquete HSDS), byte a byte tal como se publicó:
data-signed = Está firmada por quienes mantienen los datos. Para comprobar una descarga con minisign y la clave pública de este servidor:
data-unsigned = Este servidor no comprueba ninguna firma de los datos: se sirven sin firmar.
data-changed = Último cambio
data-checked = Comprobado automáticamente
data-check-ok = la fuente todavía lo muestra
data-check-missing = la fuente ya no muestra { $value }
data-check-problem = no se pudo comprobar la fuente ({ $kind })
data-checked-at = La fuente de cada ficha se volvió a leer automáticamente el { $date }: si una fuente ya no muestra su número, la ficha queda marcada para quienes mantienen los datos, que deciden qué hacer.

# Los temas a elegir, con las palabras que usaría una persona en apuros.
choice-crisis = Necesito hablar con alguien ahora
choice-suicide = Estoy pensando en suicidarme
choice-psychedelic = Estoy teniendo un mal viaje
choice-substance-use = Quiero hablar sobre el consumo de drogas
choice-overdose = Creo que alguien tiene una sobredosis
choice-drug-checking = Quiero analizar mis drogas
choice-poison = Alguien se tragó algo dañino
choice-mental-health = No estoy bien de salud mental
choice-peer-support = Quiero hablar con alguien que haya pasado por lo mismo
choice-lgbtq = Soy LGBTQ+ y necesito apoyo
choice-youth = Soy joven y necesito ayuda
choice-veterans = Soy militar o exmilitar
choice-domestic-violence = No estoy a salvo en casa
choice-sexual-assault = Sufrí una agresión sexual

# Qué hacer ante una sobredosis; se muestra primero al elegir sobredosis. Cada paso sigue la
# fuente citada a su lado en la página: mantener el sentido exacto.
# overdose-local-number sustituye a { emergency } en los pasos cuando el país no tiene un número conocido.
overdose-local-number = número local de emergencias
guide-unreviewed = Traducido por lifelines; aún no lo ha revisado un hablante nativo.
law-by-subdivision = Aquí las leyes del Buen Samaritano cambian según el estado o la provincia. Lo que la ley puede proteger, donde tenemos una fuente:
expect-heading = Qué esperar cuando llamas o escribes
law-not-advice = Las leyes cambian; esto no es asesoría legal.
source = Fuente

# La tarjeta para imprimir.
card-title = Números para guardar: { $region }
card-scan = Todas las líneas, y si están abiertas ahora:
card-print = Imprime esta tarjeta

topic-crisis = Crisis
topic-suicide = Suicidio
topic-psychedelic = Experiencias psicodélicas
topic-substance-use = Consumo de sustancias
topic-overdose = Sobredosis
topic-drug-checking = Análisis de drogas
topic-poison = Intoxicación
topic-mental-health = Salud mental
topic-peer-support = Apoyo entre pares
topic-lgbtq = LGBTQ+
topic-youth = Jóvenes
topic-veterans = Militares y veteranos
topic-domestic-violence = Violencia doméstica
topic-sexual-assault = Agresión sexual

# The embeddable widget's link back to the full page.
embed-full-list = Todas las líneas, en lifelines

# /partners: cómo otros sitios enlazan, insertan, llaman a la API y toman los datos.
nav-partners = Para organizaciones
partners-title = Enlaza, inserta o usa los datos
partners-intro = Grupos de reducción de daños, festivales, clínicas, servicios de SMS y otros directorios pueden enlazar a lifelines, insertarlo o tomar sus datos: sin cuenta, sin clave y sin rastreo.
partners-link-title = Enlaza a una región
partners-link-text = Cada región tiene su propia dirección; agrega ?topic= para mostrar solo las líneas de una necesidad, y ?lang= con el código de un idioma (es, fr, de, ar…) para otro idioma.
partners-embed-heading = Inserta las líneas en tu sitio
partners-embed-text = Elige una región y un tema, y luego pega el fragmento de código en tu página. Los enlaces para llamar y enviar SMS se abren en el teléfono de quien visita; los demás enlaces, en una pestaña nueva.
partners-embed-title = Líneas de crisis y reducción de daños: { $region }
partners-region = Región
partners-topic = Tema
partners-make = Genera el fragmento
partners-embed-options = Agrega ?theme=light o ?theme=dark para fijar los colores (por defecto siguen la configuración de quien visita), y ?lang= para el idioma. El widget en sí:
partners-api-title = Consulta la API
partners-api-text = Una API JSON con CORS abierto, encabezados ETag y errores en formato problem+json. Su descripción OpenAPI 3.1:
partners-data-title = Descarga los datos
partners-data-text = Los archivos de datos tal como están, y todo el directorio en el formato HSDS 3.0 de Open Referral (un paquete de datos en archivos CSV), con licencia CC BY 4.0: cita "lifelines" junto con la página de donde los tomaste. Cada fila conserva su fuente y el día en que se confirmó.
partners-stability-title = Qué se mantiene estable
partners-stability-text = Las direcciones de las regiones, /embed y /api/v1 conservan sus URL y sus campos mientras dure la versión 1: se pueden agregar campos, pero nunca se renombran ni se eliminan. Un cambio incompatible llegará como /api/v2, y la versión 1 seguirá en paralelo durante al menos seis meses.
data-files = Los archivos de datos, con licencia CC BY 4.0 (cita "lifelines"):

# The place search on the region picker, region pages and the 404 page (POST /find).
find-label = Ciudad, código postal o región
find-button = Buscar
find-several-title = ¿Qué lugar?
find-several = Ese nombre es el de varios lugares. Elige el tuyo:
find-none-title = No encontramos ese lugar
find-none = Prueba con una ciudad, un código postal o una región, o elige en la lista.
about-places = Las ciudades y pueblos vienen de GeoNames (geonames.org), con licencia Creative Commons Atribución 4.0.
about-languages = Las palabras propias del sitio están en estos idiomas. Quién tradujo cada uno, y si lo ha revisado un hablante nativo:
language-original = el idioma en que está escrito el sitio
language-reviewed = traducido por { $by }; revisado por un hablante nativo
language-partly = traducido por { $by }; revisado con nivel de hablante nativo, salvo las frases más recientes
language-unreviewed = traducido por { $by }; aún no lo ha revisado un hablante nativo
