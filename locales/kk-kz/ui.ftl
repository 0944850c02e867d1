# docloc UI strings: Kazakh (Kazakhstan) (kk-kz). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Негізгі мазмұнға өту
menu = Мәзір
table-of-contents = Мазмұны
in-this-article = Осы мақалада
language-switcher = Тіл
breadcrumb = Шарлау жолы
footer-text = Барлық тілдегі мазмұн, docloc арқылы жасалған

article-date = Соңғы жаңартылған күні: { $date }

fallback-notice = Бұл бет әлі «{ $locale }» тілінде қолжетімді емес. Сіз «{ $fallback }» тіліндегі нұсқасын оқып отырсыз.
fallback-badge = Аударылмаған

alert-note = Ескертпе
alert-tip = Кеңес
alert-important = Маңызды
alert-caution = Абайлаңыз
alert-warning = Ескерту

image-enlarge = Үлкейту үшін таңдаңыз
image-description = Сурет сипаттамасы
video-link = Бейнені көру
tab-list-label = Қойындыны таңдаңыз

redirect-title = Бет көшірілді
redirect-notice = Бұл бет { $url } мекенжайына көшірілді.
redirect-link = Жаңа бетке өту

root-choose-language = Тілді таңдаңыз
landing-more = Толығырақ
hub-highlights = Ұсынылған мазмұн
stale-notice = Бұл аударма осы беттің соңғы нұсқасынан ескірек.
stale-notice-sections = Содан бері өзгерген бөлімдер: { $sections }.
stale-newest-link = Соңғы нұсқаны оқу ({ $language })
switcher-stale = ескі нұсқа


## Search

search = Іздеу
search-results = Іздеу нәтижелері
search-no-results = «{ $query }» бойынша нәтиже жоқ
search-loading = Іздеуде…
search-unavailable = Мұнда іздеу қолжетімсіз.

## Page not found (404.html)

not-found-title = Бет табылмады
not-found-text = Сіз іздеген бет жоқ немесе басқа жерге жылжытылған.
not-found-home = Басты бетке өту

## End of an article

article-navigation = Алдыңғы және келесі мақала
previous-article = Алдыңғы
next-article = Келесі

## Code blocks

code-copy = Көшіру
code-copied = Көшірілді
code-language = Код тілі

## Page actions and notices

edit-page = Өңдеу
mt-notice = Бұл мақала машиналық аударма арқылы аударылған.
mt-notice-source = Бастапқы нұсқа: { $locale }
