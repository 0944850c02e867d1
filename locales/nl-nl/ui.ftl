# docloc UI strings: Dutch (Netherlands) (nl-nl). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Overslaan en naar de hoofdinhoud gaan
menu = Menu
table-of-contents = Inhoudsopgave
in-this-article = In dit artikel
language-switcher = Taal
breadcrumb = Kruimelpad
footer-text = Inhoud in elke taal, gebouwd met docloc

article-date = Laatst bijgewerkt op { $date }

fallback-notice = Deze pagina is nog niet beschikbaar in { $locale }. U leest de versie in { $fallback }.
fallback-badge = Niet vertaald

alert-note = Notitie
alert-tip = Tip
alert-important = Belangrijk
alert-caution = Let op
alert-warning = Waarschuwing

image-enlarge = Selecteer om te vergroten
image-description = Beschrijving van afbeelding
video-link = De video bekijken
tab-list-label = Kies een tabblad

redirect-title = Pagina verplaatst
redirect-notice = Deze pagina is verplaatst naar { $url }.
redirect-link = Naar de nieuwe pagina

root-choose-language = Kies uw taal
landing-more = Meer weergeven
hub-highlights = Aanbevolen inhoud
stale-notice = Deze vertaling is ouder dan de nieuwste versie van deze pagina.
stale-notice-sections = Sindsdien gewijzigde secties: { $sections }.
stale-newest-link = De nieuwste versie lezen ({ $language })
switcher-stale = oudere versie


## Search

search = Zoeken
search-results = Zoekresultaten
search-no-results = Geen resultaten voor ‘{ $query }’
search-loading = Bezig met zoeken…
search-unavailable = Zoeken is hier niet beschikbaar.

## Page not found (404.html)

not-found-title = Pagina niet gevonden
not-found-text = De pagina die u zoekt, bestaat niet of is verplaatst.
not-found-home = Naar de startpagina

## End of an article

article-navigation = Vorig en volgend artikel
previous-article = Vorige
next-article = Volgende

## Code blocks

code-copy = Kopiëren
code-copied = Gekopieerd
code-language = Codetaal

## Page actions and notices

edit-page = Bewerken
mt-notice = Dit artikel is automatisch vertaald.
mt-notice-source = Oorspronkelijke versie: { $locale }
