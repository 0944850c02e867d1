# docloc UI strings: Ukrainian (Ukraine) (uk-ua). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Перейти до основного вмісту
menu = Меню
table-of-contents = Зміст
in-this-article = У цій статті
language-switcher = Мова
breadcrumb = Навігаційний ланцюжок
footer-text = Вміст усіма мовами, створено за допомогою docloc

article-date = Останнє оновлення: { $date }

fallback-notice = Ця сторінка ще недоступна мовою «{ $locale }». Ви читаєте версію мовою «{ $fallback }».
fallback-badge = Не перекладено

alert-note = Примітка
alert-tip = Порада
alert-important = Важливо
alert-caution = Увага
alert-warning = Попередження

image-enlarge = Виберіть, щоб збільшити
image-description = Опис зображення
video-link = Переглянути відео
tab-list-label = Виберіть вкладку

redirect-title = Сторінку переміщено
redirect-notice = Цю сторінку переміщено за адресою { $url }.
redirect-link = Перейти на нову сторінку

root-choose-language = Виберіть мову
landing-more = Докладніше
hub-highlights = Рекомендований вміст
stale-notice = Цей переклад старіший за останню версію цієї сторінки.
stale-notice-sections = Розділи, змінені відтоді: { $sections }.
stale-newest-link = Читати останню версію ({ $language })
switcher-stale = старіша версія


## Search

search = Пошук
search-results = Результати пошуку
search-no-results = Немає результатів для «{ $query }»
search-loading = Триває пошук…
search-unavailable = Пошук тут недоступний.

## Page not found (404.html)

not-found-title = Сторінку не знайдено
not-found-text = Сторінка, яку ви шукаєте, не існує або її переміщено.
not-found-home = Перейти на домашню сторінку

## End of an article

article-navigation = Попередня й наступна статті
previous-article = Назад
next-article = Далі

## Code blocks

code-copy = Копіювати
code-copied = Скопійовано
code-language = Мова коду

## Page actions and notices

edit-page = Редагувати
mt-notice = Цю статтю перекладено машинним способом.
mt-notice-source = Оригінальна версія: { $locale }
