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


## Search

search = Procurar
search-results = Resultados da procura
search-no-results = Sem resultados para “{ $query }”
search-loading = A procurar…
search-unavailable = A procura não está disponível aqui.

## Page not found (404.html)

not-found-title = Página não encontrada
not-found-text = A página que procura não existe ou foi movida.
not-found-home = Ir para a página inicial

## End of an article

article-navigation = Artigos anterior e seguinte
previous-article = Anterior
next-article = Seguinte

## Code blocks

code-copy = Copiar
code-copied = Copiado
code-language = Linguagem do código

## Page actions and notices

edit-page = Editar
mt-notice = Este artigo foi traduzido automaticamente.
mt-notice-source = Versão original: { $locale }
