# docloc UI strings: Bulgarian (Bulgaria) (bg-bg). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Преминаване към основното съдържание
menu = Меню
table-of-contents = Съдържание
in-this-article = В тази статия
language-switcher = Език
breadcrumb = Навигационна следа
footer-text = Съдържание на всички езици, създадено с docloc

article-date = Последна актуализация: { $date }

fallback-notice = Тази страница все още не е налична на езика „{ $locale }“. Четете версията на езика „{ $fallback }“.
fallback-badge = Не е преведено

alert-note = Забележка
alert-tip = Съвет
alert-important = Важно
alert-caution = Внимание
alert-warning = Предупреждение

image-enlarge = Изберете, за да увеличите
image-description = Описание на изображението
video-link = Гледайте видеото
tab-list-label = Изберете раздел

redirect-title = Страницата е преместена
redirect-notice = Тази страница е преместена на адрес { $url }.
redirect-link = Към новата страница

root-choose-language = Изберете своя език
landing-more = Вижте повече
hub-highlights = Препоръчано съдържание
stale-notice = Този превод е по-стар от най-новата версия на тази страница.
stale-notice-sections = Раздели, променени след превода: { $sections }.
stale-newest-link = Прочетете най-новата версия ({ $language })
switcher-stale = по-стара версия


## Search

search = Търсене
search-results = Резултати от търсенето
search-no-results = Няма резултати за „{ $query }“
search-loading = Търсене…
search-unavailable = Търсенето не е налично тук.

## Page not found (404.html)

not-found-title = Страницата не е намерена
not-found-text = Страницата, която търсите, не съществува или е преместена.
not-found-home = Към началната страница

## End of an article

article-navigation = Предишна и следваща статия
previous-article = Предишна
next-article = Следваща

## Code blocks

code-copy = Копиране
code-copied = Копирано
code-language = Език на кода

## Page actions and notices

edit-page = Редактиране
mt-notice = Тази статия е преведена машинно.
mt-notice-source = Оригинална версия: { $locale }
