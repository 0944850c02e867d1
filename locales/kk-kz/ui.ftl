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
