# Строки интерфейса сайта документации (русский).

## Языковой стандарт

language-name = Русский

## Элементы сайта

skip-to-content = Перейти к основному содержимому
menu = Меню
table-of-contents = Оглавление
in-this-article = В этой статье
language-switcher = Язык
breadcrumb = Навигационная цепочка
footer-text = Содержимое на всех языках, собрано с помощью docloc

## Даты

article-date = Последнее обновление: { $date }
date-format = { $day2 }.{ $month2 }.{ $year }

## Резервный язык (страница показана на другом языке)

fallback-notice = Эта страница пока недоступна на языке «{ $locale }». Вы читаете версию на языке «{ $fallback }».
fallback-badge = Не переведено

## Заголовки оповещений

alert-note = Примечание
alert-tip = Совет
alert-important = Важно!
alert-caution = Внимание!
alert-warning = Предупреждение

## Медиа и вкладки

image-enlarge = Выберите, чтобы увеличить
image-description = Описание изображения
video-link = Смотреть видео
tab-list-label = Выберите вкладку

## Страницы перенаправления

redirect-title = Страница перемещена
redirect-notice = Эта страница перемещена по адресу { $url }.
redirect-link = Перейти на новую страницу

## Корневая, целевые и центральные страницы

root-choose-language = Выберите язык
landing-more = Подробнее
hub-highlights = Рекомендуемое содержимое
