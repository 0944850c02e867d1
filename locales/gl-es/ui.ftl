# docloc UI strings: Galician (Spain) (gl-es). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Ir ao contido principal
menu = Menú
table-of-contents = Táboa de contidos
in-this-article = Neste artigo
language-switcher = Idioma
breadcrumb = Ruta de navegación
footer-text = Contido en todos os idiomas, creado con docloc

article-date = Última actualización: { $date }

fallback-notice = Esta páxina aínda non está dispoñible en { $locale }. Estás a ler a versión en { $fallback }.
fallback-badge = Sen traducir

alert-note = Nota
alert-tip = Consello
alert-important = Importante
alert-caution = Precaución
alert-warning = Advertencia

image-enlarge = Selecciona para ampliar
image-description = Descrición da imaxe
video-link = Ver o vídeo
tab-list-label = Escolle un separador

redirect-title = A páxina moveuse
redirect-notice = Esta páxina moveuse a { $url }.
redirect-link = Ir á nova páxina

root-choose-language = Escolle o teu idioma
landing-more = Ver máis
hub-highlights = Contido destacado
stale-notice = Esta tradución é anterior á versión máis recente desta páxina.
stale-notice-sections = Seccións modificadas desde entón: { $sections }.
stale-newest-link = Ler a versión máis recente ({ $language })
switcher-stale = versión anterior


## Search

search = Buscar
search-results = Resultados da busca
search-no-results = Non hai resultados para «{ $query }»
search-loading = Buscando…
search-unavailable = A busca non está dispoñible aquí.

## Page not found (404.html)

not-found-title = Non se atopou a páxina
not-found-text = A páxina que buscas non existe ou moveuse.
not-found-home = Ir á páxina principal

## End of an article

article-navigation = Artigos anterior e seguinte
previous-article = Anterior
next-article = Seguinte

## Code blocks

code-copy = Copiar
code-copied = Copiado
code-language = Linguaxe do código

## Page actions and notices

edit-page = Editar
mt-notice = Este artigo traduciuse automaticamente.
mt-notice-source = Versión orixinal: { $locale }
