# docloc UI strings: Lithuanian (Lithuania) (lt-lt). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Pereiti prie pagrindinio turinio
menu = Meniu
table-of-contents = Turinys
in-this-article = Šiame straipsnyje
language-switcher = Kalba
breadcrumb = Naršymo kelias
footer-text = Turinys visomis kalbomis, sukurta naudojant „docloc“

article-date = Paskutinį kartą atnaujinta { $date }

fallback-notice = Šis puslapis dar nepasiekiamas šia kalba: { $locale }. Skaitote versiją šia kalba: { $fallback }.
fallback-badge = Neišversta

alert-note = Pastaba
alert-tip = Patarimas
alert-important = Svarbu
alert-caution = Atsargiai
alert-warning = Įspėjimas

image-enlarge = Pasirinkite, kad padidintumėte
image-description = Vaizdo aprašas
video-link = Žiūrėti vaizdo įrašą
tab-list-label = Pasirinkite skirtuką

redirect-title = Puslapis perkeltas
redirect-notice = Šis puslapis perkeltas adresu { $url }.
redirect-link = Eiti į naują puslapį

root-choose-language = Pasirinkite kalbą
landing-more = Rodyti daugiau
hub-highlights = Rekomenduojamas turinys
stale-notice = Šis vertimas yra senesnis nei naujausia šio puslapio versija.
stale-notice-sections = Nuo vertimo pakeisti skyriai: { $sections }.
stale-newest-link = Skaityti naujausią versiją ({ $language })
switcher-stale = senesnė versija


## Search

search = Ieškoti
search-results = Ieškos rezultatai
search-no-results = Nėra rezultatų pagal „{ $query }“
search-loading = Ieškoma…
search-unavailable = Ieška čia nepasiekiama.

## Page not found (404.html)

not-found-title = Puslapis nerastas
not-found-text = Ieškomo puslapio nėra arba jis buvo perkeltas.
not-found-home = Eiti į pagrindinį puslapį

## End of an article

article-navigation = Ankstesnis ir kitas straipsnis
previous-article = Ankstesnis
next-article = Kitas

## Code blocks

code-copy = Kopijuoti
code-copied = Nukopijuota
code-language = Kodo kalba

## Page actions and notices

edit-page = Redaguoti
mt-notice = Šis straipsnis išverstas mašininiu būdu.
mt-notice-source = Originali versija: { $locale }
