# docloc UI strings: Spanish (Spain) (es-es). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Saltar al contenido principal
menu = Menú
table-of-contents = Tabla de contenido
in-this-article = En este artículo
language-switcher = Idioma
breadcrumb = Ruta de navegación
footer-text = Contenido en todos los idiomas, creado con docloc

article-date = Última actualización: { $date }

fallback-notice = Esta página aún no está disponible en { $locale }. Está leyendo la versión en { $fallback }.
fallback-badge = Sin traducir

alert-note = Nota
alert-tip = Sugerencia
alert-important = Importante
alert-caution = Precaución
alert-warning = Advertencia

image-enlarge = Seleccione para ampliar
image-description = Descripción de la imagen
video-link = Ver el vídeo
tab-list-label = Elija una pestaña

redirect-title = La página se ha movido
redirect-notice = Esta página se ha movido a { $url }.
redirect-link = Ir a la nueva página

root-choose-language = Elija su idioma
landing-more = Ver más
hub-highlights = Contenido destacado
stale-notice = Esta traducción es anterior a la versión más reciente de esta página.
stale-notice-sections = Secciones modificadas desde entonces: { $sections }.
stale-newest-link = Leer la versión más reciente ({ $language })
switcher-stale = versión anterior


## Search

search = Buscar
search-results = Resultados de la búsqueda
search-no-results = No hay resultados para «{ $query }»
search-loading = Buscando…
search-unavailable = La búsqueda no está disponible aquí.

## Page not found (404.html)

not-found-title = No se encontró la página
not-found-text = La página que busca no existe o se ha movido.
not-found-home = Ir a la página principal

## End of an article

article-navigation = Artículos anterior y siguiente
previous-article = Anterior
next-article = Siguiente

## Code blocks

code-copy = Copiar
code-copied = Copiado
code-language = Lenguaje del código

## Page actions and notices

edit-page = Editar
mt-notice = Este artículo se ha traducido automáticamente.
mt-notice-source = Versión original: { $locale }
