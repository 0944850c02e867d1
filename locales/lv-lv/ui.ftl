# docloc UI strings: Latvian (Latvia) (lv-lv). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Pāriet uz galveno saturu
menu = Izvēlne
table-of-contents = Satura rādītājs
in-this-article = Šajā rakstā
language-switcher = Valoda
breadcrumb = Navigācijas ceļš
footer-text = Saturs visās valodās, izveidots ar docloc

article-date = Pēdējoreiz atjaunināts: { $date }

fallback-notice = Šī lapa vēl nav pieejama šajā valodā: { $locale }. Jūs lasāt versiju šajā valodā: { $fallback }.
fallback-badge = Nav tulkots

alert-note = Piezīme
alert-tip = Padoms
alert-important = Svarīgi
alert-caution = Uzmanību
alert-warning = Brīdinājums

image-enlarge = Atlasiet, lai palielinātu
image-description = Attēla apraksts
video-link = Skatīties video
tab-list-label = Izvēlieties cilni

redirect-title = Lapa ir pārvietota
redirect-notice = Šī lapa ir pārvietota uz { $url }.
redirect-link = Doties uz jauno lapu

root-choose-language = Izvēlieties valodu
landing-more = Skatīt vairāk
hub-highlights = Piedāvātais saturs
stale-notice = Šis tulkojums ir vecāks par šīs lapas jaunāko versiju.
stale-notice-sections = Kopš tulkošanas mainītās sadaļas: { $sections }.
stale-newest-link = Lasīt jaunāko versiju ({ $language })
switcher-stale = vecāka versija


## Search

search = Meklēt
search-results = Meklēšanas rezultāti
search-no-results = Vaicājumam “{ $query }” nav rezultātu
search-loading = Notiek meklēšana…
search-unavailable = Meklēšana šeit nav pieejama.

## Page not found (404.html)

not-found-title = Lapa nav atrasta
not-found-text = Meklētā lapa neeksistē vai ir pārvietota.
not-found-home = Doties uz sākumlapu

## End of an article

article-navigation = Iepriekšējais un nākamais raksts
previous-article = Iepriekšējais
next-article = Nākamais

## Code blocks

code-copy = Kopēt
code-copied = Nokopēts
code-language = Koda valoda

## Page actions and notices

edit-page = Rediģēt
mt-notice = Šis raksts ir tulkots mašīntulkošanā.
mt-notice-source = Oriģinālā versija: { $locale }
