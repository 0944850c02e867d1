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
