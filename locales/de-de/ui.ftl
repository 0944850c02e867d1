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
