# docloc UI strings: Portuguese (Brazil) (pt-br). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Ir para o conteúdo principal
menu = Menu
table-of-contents = Sumário
in-this-article = Neste artigo
language-switcher = Idioma
breadcrumb = Trilha de navegação
footer-text = Conteúdo em todos os idiomas, criado com o docloc

article-date = Última atualização em { $date }

fallback-notice = Esta página ainda não está disponível em { $locale }. Você está lendo a versão em { $fallback }.
fallback-badge = Não traduzido

alert-note = Observação
alert-tip = Dica
alert-important = Importante
alert-caution = Cuidado
alert-warning = Aviso

image-enlarge = Selecione para ampliar
image-description = Descrição da imagem
video-link = Assista ao vídeo
tab-list-label = Escolha uma guia

redirect-title = Página movida
redirect-notice = Esta página foi movida para { $url }.
redirect-link = Ir para a nova página

root-choose-language = Escolha seu idioma
landing-more = Ver mais
hub-highlights = Conteúdo em destaque
stale-notice = Esta tradução é anterior à versão mais recente desta página.
stale-notice-sections = Seções alteradas desde então: { $sections }.
stale-newest-link = Leia a versão mais recente ({ $language })
switcher-stale = versão anterior


## Search

search = Pesquisar
search-results = Resultados da pesquisa
search-no-results = Nenhum resultado para “{ $query }”
search-loading = Pesquisando…
search-unavailable = A pesquisa não está disponível aqui.

## Page not found (404.html)

not-found-title = Página não encontrada
not-found-text = A página que você está procurando não existe ou foi movida.
not-found-home = Ir para a página inicial

## End of an article

article-navigation = Artigos anterior e próximo
previous-article = Anterior
next-article = Próximo

## Code blocks

code-copy = Copiar
code-copied = Copiado
code-language = Linguagem do código

## Page actions and notices

edit-page = Editar
mt-notice = Este artigo foi traduzido automaticamente.
mt-notice-source = Versão original: { $locale }
