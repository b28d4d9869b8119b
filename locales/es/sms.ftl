# lifelines: respuestas SMS, español. Traductores: mantengan cada { $variable } tal cual.
# Las respuestas se cuentan en segmentos SMS: los caracteres fuera del alfabeto GSM-7 se
# cambian por la letra simple más cercana cuando toda la respuesta lo permite (í → i).

sms-emergency = { $place }. Emergencias: { $number }
sms-place = { $place }:
sms-worldwide = ¿En peligro? Llama a tu número local de emergencias. Envía un lugar o código postal (ej. 90210, Ontario, UK) para ver líneas locales.
sms-line = { $name }: { $how }
sms-call-press = { $number }, marca { $option }
sms-text-keyword = SMS { $keyword } al { $number }
sms-text = SMS al { $number }
sms-call-or-text = llamada o SMS al { $number }
sms-chat = chat { $url }
sms-ask-other = ¿Otro lugar? Envía un código postal, estado o país.
sms-ask-guessed = ¿No estás en { $place }? Envía tu código postal, estado o país.
sms-which = ¿Cuál { $name }? Envía { $options }.
sms-topic-none = No hay línea de { $topic } aquí. Otras líneas:

sms-help-danger = ¿En peligro? Llama a tu número local de emergencias.
sms-help-about = { $program }: ayuda en crisis y reducción de daños por SMS, gratis. 1 respuesta por mensaje.
sms-help-ask = Envía un lugar o código postal (ej. 90210) para líneas locales.
sms-help-rates = Pueden aplicar tarifas de mensajes y datos. STOP para darte de baja.
sms-help-contact = Más: { $contact }
sms-stop = { $program }: te diste de baja y no recibirás más mensajes. Envía START para volver a suscribirte.
sms-start = { $program }: te volviste a suscribir. Envía un lugar o código postal para ver líneas de crisis, AYUDA para info.

sms-topic-crisis = crisis
sms-topic-suicide = suicidio
sms-topic-psychedelic = psicodélicos
sms-topic-substance-use = consumo de sustancias
sms-topic-overdose = sobredosis
sms-topic-drug-checking = análisis de drogas
sms-topic-poison = intoxicación
sms-topic-mental-health = salud mental
sms-topic-peer-support = apoyo entre pares
sms-topic-lgbtq = LGBTQ+
sms-topic-youth = jóvenes
sms-topic-veterans = veteranos
sms-topic-domestic-violence = violencia doméstica
sms-topic-sexual-assault = agresión sexual
