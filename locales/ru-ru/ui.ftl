# docloc UI strings: Russian (Russia) (ru-ru). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Перейти к основному содержимому
menu = Меню
table-of-contents = Оглавление
in-this-article = В этой статье
language-switcher = Язык
breadcrumb = Навигационная цепочка
footer-text = Содержимое на всех языках, собрано с помощью docloc

article-date = Последнее обновление: { $date }

fallback-notice = Эта страница пока недоступна на языке «{ $locale }». Вы читаете версию на языке «{ $fallback }».
fallback-badge = Не переведено

alert-note = Примечание
alert-tip = Совет
alert-important = Важно!
alert-caution = Внимание!
alert-warning = Предупреждение

image-enlarge = Выберите, чтобы увеличить
image-description = Описание изображения
video-link = Смотреть видео
tab-list-label = Выберите вкладку

redirect-title = Страница перемещена
redirect-notice = Эта страница перемещена по адресу { $url }.
redirect-link = Перейти на новую страницу

root-choose-language = Выберите язык
landing-more = Подробнее
hub-highlights = Рекомендуемое содержимое
stale-notice = Этот перевод соответствует более ранней версии этой страницы.
stale-notice-sections = Разделы, измененные с тех пор: { $sections }.
stale-newest-link = Читать последнюю версию ({ $language })
switcher-stale = более ранняя версия


## Search

search = Поиск
search-results = Результаты поиска
search-no-results = Нет результатов для «{ $query }»
search-loading = Идет поиск…
search-unavailable = Поиск здесь недоступен.

## Page not found (404.html)

not-found-title = Страница не найдена
not-found-text = Запрашиваемая страница не существует или была перемещена.
not-found-home = Перейти на главную страницу

## End of an article

article-navigation = Предыдущая и следующая статьи
previous-article = Назад
next-article = Далее

## Code blocks

code-copy = Копировать
code-copied = Скопировано
code-language = Язык кода

## Page actions and notices

edit-page = Изменить
mt-notice = Эта статья переведена с помощью машинного перевода.
mt-notice-source = Исходная версия: { $locale }
