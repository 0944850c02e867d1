# docloc UI strings: German (Germany) (de-de). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Zum Hauptinhalt wechseln
menu = Menü
table-of-contents = Inhaltsverzeichnis
in-this-article = In diesem Artikel
language-switcher = Sprache
breadcrumb = Navigationspfad
footer-text = Inhalte in allen Sprachen, erstellt mit docloc

article-date = Zuletzt aktualisiert am { $date }

fallback-notice = Diese Seite ist noch nicht auf { $locale } verfügbar. Sie lesen die Version auf { $fallback }.
fallback-badge = Nicht übersetzt

alert-note = Hinweis
alert-tip = Tipp
alert-important = Wichtig
alert-caution = Achtung
alert-warning = Warnung

image-enlarge = Zum Vergrößern auswählen
image-description = Bildbeschreibung
video-link = Video ansehen
tab-list-label = Registerkarte auswählen

redirect-title = Seite verschoben
redirect-notice = Diese Seite wurde nach { $url } verschoben.
redirect-link = Zur neuen Seite

root-choose-language = Sprache auswählen
landing-more = Mehr anzeigen
hub-highlights = Empfohlene Inhalte
stale-notice = Diese Übersetzung ist älter als die neueste Version dieser Seite.
stale-notice-sections = Seitdem geänderte Abschnitte: { $sections }.
stale-newest-link = Neueste Version lesen ({ $language })
switcher-stale = ältere Version


## Search

search = Suchen
search-results = Suchergebnisse
search-no-results = Keine Ergebnisse für „{ $query }“
search-loading = Suche läuft…
search-unavailable = Die Suche ist hier nicht verfügbar.

## Page not found (404.html)

not-found-title = Seite nicht gefunden
not-found-text = Die gesuchte Seite existiert nicht oder wurde verschoben.
not-found-home = Zur Startseite

## End of an article

article-navigation = Vorheriger und nächster Artikel
previous-article = Zurück
next-article = Weiter

## Code blocks

code-copy = Kopieren
code-copied = Kopiert
code-language = Codesprache

## Page actions and notices

edit-page = Bearbeiten
mt-notice = Dieser Artikel wurde maschinell übersetzt.
mt-notice-source = Originalversion: { $locale }
