# Рядки форм (схему ідентифікаторів описано на початку locales/en-us/forms.ftl).

## Shared

form-locale = uk-ua
form-error-prefix = Помилка:{" "}
form-error-summary-title = Виникла проблема
form-optional = (необов’язково)
form-select-choose = Виберіть варіант
form-check = Перевірити заявку
form-download = Завантажити JSON
form-print = Надрукувати заявку
form-clear = Очистити форму
form-checklist-title = Контрольний список
form-checklist-progress = Виконано пунктів: { $done } з { $total }
form-status-complete = Готово
form-status-incomplete = Не готово
form-status-not-needed = Не потрібно
form-draft-offer = У цьому браузері збережено чернетку цієї заявки.
form-draft-offer-hint = Відновіть її, щоб продовжити, або видаліть. Поки ви не виберете, нічого нового не зберігається.
form-draft-restore = Відновити чернетку
form-draft-discard = Видалити чернетку
form-draft-restored = Чернетку відновлено.
form-draft-discarded = Чернетку видалено.
form-saved-locally = Введені дані зберігаються лише в цьому браузері як чернетка для цієї мови. Нікуди нічого не надсилається.
form-no-script = Для перевірки відповідей, чернетки й завантаження потрібен JavaScript. Форму можна прочитати й надрукувати і без нього.
form-cleared = Форму очищено, чернетку видалено.
form-valid = Проблем не знайдено. Завантажте або надрукуйте заявку, а потім введіть її в Центрі партнерів.
form-print-title = Зведення заявки

## CPOR claim

cpor-claim-title = Підготовка заявки на зв’язок із клієнтом
cpor-claim-intro = Введіть відомості, потрібні для заявки, — їх буде перевірено за правилами Центру партнерів. Потім завантажте або надрукуйте заявку та введіть її в Центрі партнерів.
cpor-claim-checklist-lead = Щоб завершити заявку, знадобляться такі відомості:
cpor-claim-terms-locale = uk-ua

cpor-claim-item-1 = Ідентифікатор MPN
cpor-claim-item-2 = Доменне ім’я клієнта
cpor-claim-item-3 = Ідентифікатор каталогу (клієнта) клієнта
cpor-claim-item-4 = Область рішення
cpor-claim-item-5 = Дія та тип заявки
cpor-claim-item-6 = Контактна особа клієнта
cpor-claim-item-7 = Технічна контактна особа клієнта (Dynamics 365)
cpor-claim-item-8 = Контактна особа вашої організації
cpor-claim-item-9 = Назва заявки
cpor-claim-item-10 = Продукти або робочі навантаження
cpor-claim-item-11 = Підтвердження виконання (PoE)
cpor-claim-item-12 = Відомості про зіставлення доходів

# Виділені жирним назви полів у контрольному списку статті, як їх пише український переклад
# статті (термінологія Microsoft; у корпусі немає статті uk-ua).
cpor-claim-term-mpn-id = Ідентифікатор MPN
cpor-claim-term-domain-name = доменне ім’я
cpor-claim-term-directory-id = ідентифікатор каталогу
cpor-claim-term-tenant-id = ідентифікатор клієнта
cpor-claim-term-solution-area = Область рішення
cpor-claim-term-activity = Дія
cpor-claim-term-customer-contact-name = Ім’я контактної особи
cpor-claim-term-technical-contact = технічної контактної особи
cpor-claim-term-partner-contact-name = Ім’я контактної особи
cpor-claim-term-claim-name = назву
cpor-claim-term-products = Продукти
cpor-claim-term-proof-of-execution = Підтвердження виконання
cpor-claim-term-dynamics-seller-name = Назва продавця рішення Dynamics
cpor-claim-term-customer-name = Ім’я клієнта
cpor-claim-term-isv-solution-name = Назва продукту або рішення ISV

cpor-claim-group-customer-contact = Контактна особа клієнта
cpor-claim-group-technical-contact = Технічна контактна особа клієнта
cpor-claim-group-partner-contact = Контактна особа вашої організації
cpor-claim-required-when-solution-area-business-applications = Обов’язково для заявок Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Лише для заявок на зіставлення доходів.

cpor-claim-mpn-id-label = Ідентифікатор MPN
cpor-claim-mpn-id-hint = Ідентифікатор Microsoft Partner Network для розташування партнера, що подає заявку, лише цифри, наприклад 1234567.
cpor-claim-mpn-id-error-required = Введіть ідентифікатор MPN
cpor-claim-mpn-id-error-format = Ідентифікатор MPN має складатися лише з цифр, наприклад 1234567

cpor-claim-customer-domain-label = Доменне ім’я клієнта
cpor-claim-customer-domain-hint = Наприклад, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Введіть доменне ім’я клієнта
cpor-claim-customer-domain-error-format = Введіть доменне ім’я в правильному форматі, наприклад contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Ідентифікатор каталогу (клієнта) клієнта
cpor-claim-tenant-id-hint = Ідентифікатор каталогу також називають ідентифікатором клієнта: 32 шістнадцяткові цифри в п’яти групах, наприклад 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Введіть ідентифікатор каталогу (клієнта) клієнта
cpor-claim-tenant-id-error-format = Введіть ідентифікатор каталогу (клієнта) в правильному форматі, наприклад 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Область рішення
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Виберіть область рішення

cpor-claim-claim-type-label = Дія та тип заявки
cpor-claim-claim-type-pre-sales = Передпродаж
cpor-claim-claim-type-usage = Використання
cpor-claim-claim-type-revenue-association = Зіставлення доходів
cpor-claim-claim-type-revenue-association-hint = Лише для Business Applications
cpor-claim-claim-type-revenue-association-error = Зіставлення доходів доступне лише для Business Applications: виберіть Business Applications або інший тип заявки
cpor-claim-claim-type-error-required = Виберіть тип заявки

cpor-claim-dynamics-seller-name-label = Назва продавця рішення Dynamics
cpor-claim-dynamics-seller-name-error-required = Введіть назву продавця рішення Dynamics
cpor-claim-customer-name-label = Ім’я клієнта
cpor-claim-customer-name-error-required = Введіть ім’я клієнта
cpor-claim-isv-solution-name-label = Назва продукту або рішення ISV
cpor-claim-isv-solution-name-error-required = Введіть назву продукту або рішення ISV

cpor-claim-customer-contact-name-label = Ім’я
cpor-claim-customer-contact-name-error-required = Введіть ім’я контактної особи клієнта
cpor-claim-customer-contact-title-label = Посада
cpor-claim-customer-contact-title-error-required = Введіть посаду контактної особи клієнта
cpor-claim-customer-contact-email-label = Адреса електронної пошти
cpor-claim-customer-contact-email-error-required = Введіть адресу електронної пошти контактної особи клієнта
cpor-claim-customer-contact-email-error-format = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

cpor-claim-technical-contact-name-label = Ім’я
cpor-claim-technical-contact-name-error-required = Введіть ім’я технічної контактної особи клієнта
cpor-claim-technical-contact-title-label = Посада
cpor-claim-technical-contact-title-error-required = Введіть посаду технічної контактної особи клієнта
cpor-claim-technical-contact-email-label = Адреса електронної пошти
cpor-claim-technical-contact-email-error-required = Введіть адресу електронної пошти технічної контактної особи клієнта
cpor-claim-technical-contact-email-error-format = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

cpor-claim-partner-contact-name-label = Ім’я
cpor-claim-partner-contact-name-error-required = Введіть ім’я контактної особи вашої організації
cpor-claim-partner-contact-email-label = Адреса електронної пошти
cpor-claim-partner-contact-email-error-required = Введіть адресу електронної пошти контактної особи вашої організації
cpor-claim-partner-contact-email-error-format = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

cpor-claim-claim-name-label = Назва заявки
cpor-claim-claim-name-hint = Назва, яку ви даєте цій заявці, щоб потім знайти її в Центрі партнерів.
cpor-claim-claim-name-error-required = Введіть назву заявки

cpor-claim-products-label = Продукти або робочі навантаження
cpor-claim-products-hint = Продукти або робочі навантаження, на які ви подаєте заявку, наприклад Exchange Online або Dynamics 365 Sales.
cpor-claim-products-error-required = Введіть продукти або робочі навантаження, на які ви подаєте заявку

cpor-claim-subscription-id-label = Ідентифікатор підписки
cpor-claim-subscription-id-hint = Лише для Dynamics 365, якщо вибраний продукт має кілька підписок цього клієнта. GUID, наприклад 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Введіть ідентифікатор підписки в правильному форматі, наприклад 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Підтвердження виконання (PoE)
cpor-claim-proof-of-execution-hint = Опишіть підтвердження, наприклад опис робіт, підписаний клієнтом. Сам документ додається в Центрі партнерів.
cpor-claim-proof-of-execution-error-required = Опишіть підтвердження виконання
