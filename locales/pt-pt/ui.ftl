# docloc UI strings: Portuguese (Portugal) (pt-pt). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Avançar para o conteúdo principal
menu = Menu
table-of-contents = Índice
in-this-article = Neste artigo
language-switcher = Idioma
breadcrumb = Trilho de navegação
footer-text = Conteúdo em todos os idiomas, criado com o docloc

article-date = Última atualização: { $date }

fallback-notice = Esta página ainda não está disponível em { $locale }. Está a ler a versão em { $fallback }.
fallback-badge = Não traduzido

alert-note = Nota
alert-tip = Sugestão
alert-important = Importante
alert-caution = Atenção
alert-warning = Aviso

image-enlarge = Selecione para ampliar
image-description = Descrição da imagem
video-link = Ver o vídeo
tab-list-label = Escolha um separador

redirect-title = Página movida
redirect-notice = Esta página foi movida para { $url }.
redirect-link = Ir para a nova página

root-choose-language = Escolha o seu idioma
landing-more = Ver mais
hub-highlights = Conteúdo em destaque
stale-notice = Esta tradução é anterior à versão mais recente desta página.
stale-notice-sections = Secções alteradas desde então: { $sections }.
stale-newest-link = Ler a versão mais recente ({ $language })
switcher-stale = versão anterior
