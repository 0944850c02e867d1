# docloc UI strings: Italian (Italy) (it-it). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Passa al contenuto principale
menu = Menu
table-of-contents = Sommario
in-this-article = In questo articolo
language-switcher = Lingua
breadcrumb = Percorso di navigazione
footer-text = Contenuti in tutte le lingue, creati con docloc

article-date = Ultimo aggiornamento: { $date }

fallback-notice = Questa pagina non è ancora disponibile in { $locale }. Stai leggendo la versione in { $fallback }.
fallback-badge = Non tradotto

alert-note = Nota
alert-tip = Suggerimento
alert-important = Importante
alert-caution = Attenzione
alert-warning = Avviso

image-enlarge = Seleziona per ingrandire
image-description = Descrizione dell’immagine
video-link = Guarda il video
tab-list-label = Scegli una scheda

redirect-title = Pagina spostata
redirect-notice = Questa pagina è stata spostata in { $url }.
redirect-link = Vai alla nuova pagina

root-choose-language = Scegli la lingua
landing-more = Mostra altro
hub-highlights = Contenuti in evidenza
stale-notice = Questa traduzione è precedente alla versione più recente di questa pagina.
stale-notice-sections = Sezioni modificate da allora: { $sections }.
stale-newest-link = Leggi la versione più recente ({ $language })
switcher-stale = versione precedente


## Search

search = Cerca
search-results = Risultati della ricerca
search-no-results = Nessun risultato per “{ $query }”
search-loading = Ricerca in corso…
search-unavailable = La ricerca non è disponibile qui.

## Page not found (404.html)

not-found-title = Pagina non trovata
not-found-text = La pagina cercata non esiste o è stata spostata.
not-found-home = Vai alla home page

## End of an article

article-navigation = Articoli precedente e successivo
previous-article = Precedente
next-article = Successivo

## Code blocks

code-copy = Copia
code-copied = Copiato
code-language = Linguaggio del codice

## Page actions and notices

edit-page = Modifica
mt-notice = Questo articolo è stato tradotto automaticamente.
mt-notice-source = Versione originale: { $locale }
