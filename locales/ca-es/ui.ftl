# docloc UI strings: Catalan (Spain) (ca-es). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Ves al contingut principal
menu = Menú
table-of-contents = Taula de continguts
in-this-article = En aquest article
language-switcher = Idioma
breadcrumb = Ruta de navegació
footer-text = Contingut en tots els idiomes, creat amb docloc

article-date = Darrera actualització: { $date }

fallback-notice = Aquesta pàgina encara no està disponible en { $locale }. Esteu llegint la versió en { $fallback }.
fallback-badge = No traduït

alert-note = Nota
alert-tip = Consell
alert-important = Important
alert-caution = Precaució
alert-warning = Advertiment

image-enlarge = Seleccioneu per ampliar
image-description = Descripció de la imatge
video-link = Mireu el vídeo
tab-list-label = Trieu una pestanya

redirect-title = La pàgina s’ha mogut
redirect-notice = Aquesta pàgina s’ha mogut a { $url }.
redirect-link = Ves a la pàgina nova

root-choose-language = Trieu l’idioma
landing-more = Mostra’n més
hub-highlights = Contingut destacat
stale-notice = Aquesta traducció és anterior a la darrera versió d’aquesta pàgina.
stale-notice-sections = Seccions modificades des de llavors: { $sections }.
stale-newest-link = Llegiu la darrera versió ({ $language })
switcher-stale = versió anterior


## Search

search = Cerca
search-results = Resultats de la cerca
search-no-results = No hi ha resultats per a «{ $query }»
search-loading = S'està cercant…
search-unavailable = La cerca no està disponible aquí.

## Page not found (404.html)

not-found-title = No s'ha trobat la pàgina
not-found-text = La pàgina que cerqueu no existeix o s'ha mogut.
not-found-home = Ves a la pàgina d'inici

## End of an article

article-navigation = Articles anterior i següent
previous-article = Anterior
next-article = Següent

## Code blocks

code-copy = Copia
code-copied = S'ha copiat
code-language = Llenguatge del codi

## Page actions and notices

edit-page = Edita
mt-notice = Aquest article s'ha traduït automàticament.
mt-notice-source = Versió original: { $locale }
