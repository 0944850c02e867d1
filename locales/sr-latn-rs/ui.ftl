# docloc UI strings: Serbian, Latin (Serbia) (sr-latn-rs). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Pređi na glavni sadržaj
menu = Meni
table-of-contents = Sadržaj
in-this-article = U ovom članku
language-switcher = Jezik
breadcrumb = Putanja navigacije
footer-text = Sadržaj na svim jezicima, napravljeno pomoću alatke docloc

article-date = Poslednje ažuriranje: { $date }

fallback-notice = Ova stranica još nije dostupna na jeziku { $locale }. Čitate verziju na jeziku { $fallback }.
fallback-badge = Nije prevedeno

alert-note = Napomena
alert-tip = Savet
alert-important = Važno
alert-caution = Oprez
alert-warning = Upozorenje

image-enlarge = Izaberite da biste uvećali
image-description = Opis slike
video-link = Pogledajte video
tab-list-label = Izaberite karticu

redirect-title = Stranica je premeštena
redirect-notice = Ova stranica je premeštena na adresu { $url }.
redirect-link = Idi na novu stranicu

root-choose-language = Izaberite jezik
landing-more = Prikaži još
hub-highlights = Istaknuti sadržaj
stale-notice = Ovaj prevod je stariji od najnovije verzije ove stranice.
stale-notice-sections = Odeljci promenjeni od tada: { $sections }.
stale-newest-link = Pročitajte najnoviju verziju ({ $language })
switcher-stale = starija verzija
