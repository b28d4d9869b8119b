# lifelines interface strings, Portuguese. Translators: keep every { $variable } as it is.
# Português do Brasil como base; evitamos formas que soam erradas em Portugal quando há uma forma neutra igualmente clara.

site-name = lifelines
tagline = Linhas de crise e de redução de danos, onde quer que esteja
# O nome do idioma no próprio idioma, como o seletor de idiomas o mostra.
language-name = Português
language-switcher = Outros idiomas
leave-quickly = Sair rapidamente deste site
leave-note = O link de saída rápida substitui esta página, mas não apaga o histórico do seu navegador.
leave-how = Como apagá-lo
showing-help-for = Ajuda para { $region }
change-region = mudar
worldwide = qualquer lugar (região não encontrada)
emergency-label = Emergência
emergency-call = Em perigo agora? Ligue para o { $number }
# O primeiro número com os serviços que atende, p. ex. "Em perigo agora? Ligue para o 119 (ambulância e bombeiros)".
emergency-call-service = Em perigo agora? Ligue para o { $number } ({ $service })
# O rótulo de outro número cujo serviço a fonte não indica ("Também: 112").
emergency-other = Também
emergency-service-all = todas as emergências
emergency-service-ambulance = ambulância
emergency-service-fire = bombeiros
emergency-service-police = polícia
emergency-service-coast-guard = guarda costeira
emergency-service-sea-rescue = salvamento marítimo
emergency-service-mountain-rescue = resgate em montanha
emergency-cannot-speak = Se não pode falar ou ouvir:
emergency-way-sms = Envie SMS para o { $number }
emergency-way-tty = Telefone de texto (TTY): { $number }
emergency-way-relay = Chamada por serviço de intermediação: { $number }
emergency-way-video = Videochamada em língua de sinais (língua gestual)
emergency-way-app = Aplicativo de emergência
emergency-register-first = só se tiver inscrito o seu telefone antes
emergency-register-sms = inscreva-se antes: envie { $word } para o { $number }
emergency-register-url = inscreva-se antes
emergency-eu112 = O 112 é o número de emergência em toda a União Europeia.
emergency-worldwide = Se está em perigo, ligue agora para o número de emergência local. Escolha a sua região abaixo para vê-lo.
emergency-none = Ainda não temos um número de emergência confirmado para este país. Se está em perigo, peça a alguém que esteja por perto para pedir ajuda.
lines-heading = Linhas que podem ajudar
lines-none = Nenhuma linha corresponde a este tema aqui. Mostre todos os temas para ver todas as linhas.
services-heading = Informações e serviços
services-intro = Estes não têm linha de telefone, mensagem nem chat. Os sites deles explicam como chegar até eles.
choices-more = Outra coisa
choices-heading = O que está acontecendo?
filter-all = Mostrar todas as linhas
call = Ligue para o { $number }
then-press = depois escolha a opção { $option }
text-keyword = Envie { $keyword } por SMS para o { $number }
text-number = Envie SMS para o { $number }
chat = Chat pela internet
website = Site
app = Aplicativo
hours-always = Aberto 24 horas, todos os dias
hours-unknown = Horário não confirmado
open-now = Aberto agora
closed-now = Fechado agora
# { $time } é a hora local em que a linha fecha ou abre, { $zone } o nome do seu fuso horário
# ("horário do Pacífico"), { $day } o dia da semana quando não é hoje, { $hour } a hora como
# número (0–23), para dizer "à 01:00" mas "às 02:00".
open-until = Aberto agora · até { $hour ->
        [1] à
       *[other] às
    } { $time } ({ $zone })
open-until-day = Aberto agora · até { $day } { $hour ->
        [1] à
       *[other] às
    } { $time } ({ $zone })
closed-opens = Fechado · abre { $hour ->
        [1] à
       *[other] às
    } { $time } ({ $zone })
closed-opens-day = Fechado · abre { $day } { $hour ->
        [1] à
       *[other] às
    } { $time } ({ $zone })
closed-instead = Enquanto isso, { $name } está disponível agora.
closed-instead-emergency = Enquanto isso, se está em perigo, ligue para o número de emergência.
languages = Idiomas: { $list }
cost = Custo: { $cost }
cost-free = gratuito
save-contacts = Guarde estes números no seu telefone
print-card = Imprima um cartão com estes números
report-problem = Comunicar um problema nesta ficha
nav-regions = Todas as regiões
nav-about = Sobre
nav-privacy = Privacidade
nav-data = De onde vêm os dados
nav-sms = Para plataformas de SMS
regions-title = Escolha uma região
regions-intro = Todos os países para os quais temos linhas. Escolha o seu, ou um estado ou província, quando aparecer na lista.
not-found-title = Página não encontrada
not-found-text = Não encontramos essa página. Aqui estão linhas que ajudam em qualquer lugar, e todas as regiões que cobrimos.
bad-request-title = Não conseguimos ler esse pedido
bad-request-text = Há algo nesse endereço que não reconhecemos. Aqui estão linhas que ajudam em qualquer lugar, e todas as regiões que cobrimos.
bad-request-topic = Não reconhecemos esse tema. Aqui estão linhas que ajudam em qualquer lugar; a página de cada região oferece os seus temas.
bad-request-language = Este site não está disponível nesse idioma. Os idiomas disponíveis aparecem no fim de cada página.
bad-request-region = Não reconhecemos esse código de região. Escolha a sua região na lista abaixo.
bad-request-theme = Não reconhecemos esse tema de cores: pode ser light, dark ou auto.
server-error-title = Houve um erro do nosso lado
server-error-text = Não foi possível mostrar esta página por causa de um erro no nosso servidor. Aqui estão linhas que ajudam em qualquer lugar, e todas as regiões que cobrimos.
about-title = Sobre o lifelines
about-text = O lifelines reúne linhas de crise e de redução de danos para o lugar onde está: primeiro o número de emergência, depois linhas de crise e de prevenção do suicídio, apoio entre pares para experiências psicodélicas, e serviços de overdose e de análise de drogas. Cada número é verificado com uma fonte identificada, indicada na página de dados.
about-geo = A sua região é estimada uma única vez a partir do seu endereço de rede, para escolher a lista, e depois o endereço é esquecido. Pode sempre mudar a região.
privacy-title = Privacidade
privacy-text = O lifelines não usa cookies, não carrega nada de outros sites e não guarda nenhuma informação sobre a sua visita: o seu endereço de rede só é usado para estimar a sua região e nunca é gravado nem armazenado. O seu único script, que é pequeno, só serve para que o link de saída rápida substitua a página.
privacy-history = O link "Sair rapidamente deste site" substitui esta página por uma página neutra, para que o botão de voltar não traga de volta a esta página. Não apaga o histórico do seu navegador: esta visita ainda aparece lá.
privacy-history-how = Para removê-la, abra o histórico do seu navegador (Ctrl+H na maioria dos computadores, ou Histórico no menu do navegador num telefone) e apague as entradas deste site. Uma janela privada ou em modo incógnito não guarda histórico nenhum.
report-title = Comunicar um problema numa ficha
report-intro = Se um número, um horário ou qualquer outro dado de uma ficha estiver errado, avise as pessoas que mantêm este site, para que a próxima pessoa não seja enviada para o lugar errado. Se precisa de ajuda agora, volte à lista e ligue para o número de emergência ou para uma linha.
report-what = Diga de que ficha se trata (o nome dela, ou o endereço da página onde a viu), o que está errado e onde está a informação correta: de preferência uma página do próprio serviço ou de um governo. Cada correção é verificada com uma fonte assim antes de qualquer mudança.
report-public = As correções podem ser públicas. Não inclua a sua própria história, o seu nome ou número de telefone, nem nada sobre outra pessoa.
report-where = Envie-a para o endereço que as pessoas que mantêm este site indicam para correções. A página de dados mostra a fonte de cada ficha, para que possa verificá-la antes.
report-form = Enviar uma correção (um formulário público)
report-sources = De onde vêm os dados de cada ficha
access-heading = Se não pode falar ou ouvir:
access-tty = Telefone de texto (TTY): { $number }
access-relay-via = Intermediação: ligue para { $via } e depois peça o { $number }
access-relay = Intermediação: ligue para o { $number } através do seu serviço de intermediação
access-video = Vídeo em { $language }
access-videophone = { $language } por videotelefone: { $number }
access-whatsapp = WhatsApp { $number }
access-email = E-mail { $address }
abroad-no = Só a partir de redes telefónicas deste país: { $country }
abroad-yes = Também pode ser chamado de fora ({ $country }): { $number }
abroad-call = De fora ({ $country }): ligue para { $number }
networks-only = Só a partir de telefones { $networks }
data-title = De onde vêm os dados
data-intro = Cada ficha, com o dia em que os seus dados foram confirmados pela última vez e onde. As confirmações mais antigas aparecem primeiro.
data-verified = Confirmado
data-listing = Ficha
data-emergency-row = Número de emergência, { $country }: { $number }
data-source = Fonte
data-stale = há mais de um ano
data-release = Esta é a versão { $release } dos dados, publicada em { $date }. O que mudou em cada versão:
data-no-release = Estes dados não vêm de uma versão publicada, por isso não vêm acompanhados de uma lista de mudanças.
data-archive = A versão completa (os arquivos de dados e o pacote HSDS), byte a byte, tal como foi publicada:
data-signed = É assinada por quem mantém os dados. Para verificar um arquivo transferido com o minisign e a chave pública deste servidor:
data-unsigned = Este servidor não verifica nenhuma assinatura dos dados: eles são disponibilizados sem assinatura.
data-changed = Última alteração
data-checked = Verificação automática
data-check-ok = a fonte ainda o mostra
data-check-missing = a fonte já não mostra { $value }
data-check-problem = não foi possível verificar a fonte ({ $kind })
data-checked-at = A fonte de cada ficha foi relida automaticamente pela última vez em { $date }: uma ficha cuja fonte já não mostra o seu número fica assinalada para quem mantém os dados, que decide o que fazer.

# Os temas para escolher, com as palavras que uma pessoa em apuros usaria.
choice-crisis = Preciso falar com alguém agora
choice-suicide = Tenho pensado em suicídio
choice-psychedelic = Estou numa viagem difícil
choice-substance-use = Quero falar sobre uso de drogas
choice-overdose = Alguém pode estar com uma overdose
choice-drug-checking = Quero analisar as minhas drogas
choice-poison = Alguém engoliu algo perigoso
choice-mental-health = A minha saúde mental não está bem
choice-peer-support = Quero falar com alguém que já passou pelo mesmo
choice-lgbtq = Sou LGBTQ+ e preciso de apoio
choice-youth = Sou jovem e preciso de ajuda
choice-veterans = Sou militar ou ex-militar
choice-domestic-violence = Não estou em segurança em casa
choice-sexual-assault = Sofri violência sexual

# O que fazer numa overdose; aparece primeiro ao escolher overdose. Cada passo segue a fonte
# indicada ao lado na página: manter o sentido exato.
# overdose-local-number substitui { emergency } nos passos ("Ligue para o …") quando o país não tem número conhecido.
overdose-local-number = número de emergência local
guide-unreviewed = Traduzido pelo lifelines; ainda sem revisão de um falante nativo.
law-by-subdivision = Aqui, as leis do Bom Samaritano variam conforme o estado ou a província. O que a lei pode proteger, quando temos uma fonte:
expect-heading = O que esperar ao ligar ou enviar mensagem
law-not-advice = As leis variam; isto não é aconselhamento jurídico.
source = Fonte

# O cartão para imprimir.
card-title = Números para guardar: { $region }
card-scan = Todas as linhas, e se estão abertas agora:
card-print = Imprimir este cartão

topic-crisis = Crise
topic-suicide = Suicídio
topic-psychedelic = Experiências psicodélicas
topic-substance-use = Uso de substâncias
topic-overdose = Overdose
topic-drug-checking = Análise de drogas
topic-poison = Intoxicação
topic-mental-health = Saúde mental
topic-peer-support = Apoio entre pares
topic-lgbtq = LGBTQ+
topic-youth = Jovens
topic-veterans = Militares e ex-militares
topic-domestic-violence = Violência doméstica
topic-sexual-assault = Violência sexual

# O link do widget incorporado para a página completa.
embed-full-list = Todas as linhas, no lifelines

# /partners: como outros sites criam links, incorporam, usam a API e obtêm os dados.
nav-partners = Para parceiros
partners-title = Crie um link, incorpore ou use os dados
partners-intro = Grupos de redução de danos, festivais, clínicas, serviços de SMS e outros diretórios podem criar links para o lifelines, incorporá-lo ou usar os seus dados: sem conta, sem chave, sem rastreamento.
partners-link-title = Link para uma região
partners-link-text = Cada região tem o seu próprio endereço; acrescente ?topic= para mostrar só as linhas de uma necessidade, e ?lang= com um código de idioma (es, fr, de, ar…) para outro idioma.
partners-embed-heading = Incorpore as linhas no seu site
partners-embed-text = Escolha uma região e um tema, e depois cole o código na sua página. Os links para ligar e enviar mensagem abrem no telefone de quem visita; os outros links, numa nova aba.
partners-embed-title = Linhas de crise e de redução de danos: { $region }
partners-region = Região
partners-topic = Tema
partners-make = Gerar o código
partners-embed-options = Acrescente ?theme=light ou ?theme=dark para fixar as cores (sem isso, seguem a configuração de quem visita), e ?lang= para o idioma. O widget em si:
partners-api-title = Use a API
partners-api-text = Uma API JSON com CORS aberto, ETags e erros no formato problem+json. A sua descrição em OpenAPI 3.1:
partners-data-title = Obtenha os dados
partners-data-text = Os arquivos de dados tal como estão, e todo o diretório no formato HSDS 3.0 da Open Referral (um pacote de dados em arquivos CSV), sob a licença CC BY 4.0: cite "lifelines" com a página de onde os tirou. Cada entrada mantém a sua fonte e o dia em que foi confirmada.
partners-stability-title = O que se mantém estável
partners-stability-text = Os endereços das regiões, /embed e /api/v1 mantêm os seus URL e campos enquanto durar a versão 1: podem ser acrescentados campos, mas nunca renomeados nem removidos. Uma mudança que quebre algo virá como /api/v2, e a versão 1 continuará disponível em paralelo durante pelo menos seis meses.
data-files = Os arquivos de dados, sob a licença CC BY 4.0 (cite "lifelines"):

# A busca de lugares no seletor de regiões, nas páginas de região e na página 404 (POST /find).
find-label = Cidade, código postal ou região
find-button = Procurar
find-several-title = Qual lugar?
find-several = Esse nome corresponde a vários lugares. Escolha o seu:
find-none-title = Não encontramos esse lugar
find-none = Tente uma cidade, um código postal ou uma região, ou escolha na lista.
about-places = As cidades e localidades vêm do GeoNames (geonames.org), sob a licença Creative Commons Atribuição 4.0.
about-languages = As palavras do próprio site estão nestes idiomas. Quem traduziu cada um, e se um falante nativo já o revisou:
language-original = o idioma em que o site foi escrito
language-reviewed = traduzido por { $by }; com revisão de um falante nativo
language-partly = traduzido por { $by }; com revisão de nível nativo, exceto as frases mais recentes
language-unreviewed = traduzido por { $by }; ainda sem revisão de um falante nativo
