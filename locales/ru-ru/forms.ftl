# Строки форм (схема идентификаторов описана в начале locales/en-us/forms.ftl).

## Shared

form-locale = ru-ru
form-error-prefix = Ошибка:{" "}
form-error-summary-title = Есть проблема
form-optional = (необязательно)
form-select-choose = Выберите вариант
form-check = Проверить заявку
form-download = Скачать JSON
form-print = Распечатать заявку
form-clear = Очистить форму
form-checklist-title = Контрольный список
form-checklist-progress = Выполнено пунктов: { $done } из { $total }
form-status-complete = Готово
form-status-incomplete = Не готово
form-status-not-needed = Не требуется
form-draft-offer = В этом браузере сохранен черновик этой заявки.
form-draft-offer-hint = Восстановите его, чтобы продолжить, или удалите. Пока вы не выберете, новое не сохраняется.
form-draft-restore = Восстановить черновик
form-draft-discard = Удалить черновик
form-draft-restored = Черновик восстановлен.
form-draft-discarded = Черновик удален.
form-saved-locally = Введенные данные хранятся только в этом браузере, как черновик для этого языка. Никуда ничего не отправляется.
form-no-script = Для проверки ответов, черновика и скачивания нужен JavaScript. Форму можно прочитать и распечатать и без него.
form-cleared = Форма очищена, черновик удален.
form-valid = Проблем не найдено. Скачайте или распечатайте заявку, затем введите ее в Центре партнеров.
form-print-title = Сводка заявки

## CPOR claim

cpor-claim-title = Подготовка заявки на связь с клиентом
cpor-claim-intro = Введите сведения, которые нужны для заявки, — они проверяются по правилам Центра партнеров. Затем скачайте или распечатайте заявку и введите ее в Центре партнеров.
cpor-claim-checklist-lead = Для завершения утверждения потребуются следующие сведения:
cpor-claim-terms-locale = ru-ru

cpor-claim-item-1 = Идентификатор MPN
cpor-claim-item-2 = Доменное имя клиента
cpor-claim-item-3 = Идентификатор каталога (клиента) клиента
cpor-claim-item-4 = Область решения
cpor-claim-item-5 = Действие и тип заявки
cpor-claim-item-6 = Контактное лицо клиента
cpor-claim-item-7 = Техническое контактное лицо клиента (Dynamics 365)
cpor-claim-item-8 = Контактное лицо вашей организации
cpor-claim-item-9 = Название заявки
cpor-claim-item-10 = Продукты или рабочие нагрузки
cpor-claim-item-11 = Подтверждение выполнения (ПОЕ)
cpor-claim-item-12 = Сведения о сопоставлении доходов

# Выделенные полужирным названия полей в контрольном списке статьи (как в статье).
cpor-claim-term-mpn-id = Идентификатор MPN
cpor-claim-term-domain-name = Доменное имя
cpor-claim-term-directory-id = Идентификатор каталога
cpor-claim-term-tenant-id = идентификатор клиента
cpor-claim-term-solution-area = Область решения
cpor-claim-term-activity = Действие
cpor-claim-term-customer-contact-name = Имя контактного лица
# Перевод статьи пропустил этот термин; так его назвал бы пункт 7 по образцу пункта 6.
cpor-claim-term-technical-contact = технического контактного лица
cpor-claim-term-partner-contact-name = Имя контактного лица
cpor-claim-term-claim-name = имя
cpor-claim-term-products = Продукт
cpor-claim-term-proof-of-execution = Подтверждение выполнения
cpor-claim-term-dynamics-seller-name = название продавца решения Dynamics
cpor-claim-term-customer-name = имя клиента
cpor-claim-term-isv-solution-name = Название продукта или решения ISV

cpor-claim-group-customer-contact = Контактное лицо клиента
cpor-claim-group-technical-contact = Техническое контактное лицо клиента
cpor-claim-group-partner-contact = Контактное лицо вашей организации
cpor-claim-required-when-solution-area-business-applications = Обязательно для заявок Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Только для заявок на сопоставление доходов.

cpor-claim-mpn-id-label = Идентификатор MPN
cpor-claim-mpn-id-hint = Идентификатор Microsoft Partner Network для расположения партнера, подающего заявку, только цифры, например 1234567.
cpor-claim-mpn-id-error-required = Введите идентификатор MPN
cpor-claim-mpn-id-error-format = Идентификатор MPN должен состоять только из цифр, например 1234567

cpor-claim-customer-domain-label = Доменное имя клиента
cpor-claim-customer-domain-hint = Например, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Введите доменное имя клиента
cpor-claim-customer-domain-error-format = Введите доменное имя в правильном формате, например contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Идентификатор каталога (клиента) клиента
cpor-claim-tenant-id-hint = Идентификатор каталога также называют идентификатором клиента: 32 шестнадцатеричные цифры в пяти группах, например 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Введите идентификатор каталога (клиента) клиента
cpor-claim-tenant-id-error-format = Введите идентификатор каталога (клиента) в правильном формате, например 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Область решения
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Выберите область решения

cpor-claim-claim-type-label = Действие и тип заявки
cpor-claim-claim-type-pre-sales = Предпродажа
cpor-claim-claim-type-usage = Использование
cpor-claim-claim-type-revenue-association = Сопоставление доходов
cpor-claim-claim-type-revenue-association-hint = Только для Business Applications
cpor-claim-claim-type-revenue-association-error = Сопоставление доходов доступно только для Business Applications: выберите Business Applications или другой тип заявки
cpor-claim-claim-type-error-required = Выберите тип заявки

cpor-claim-dynamics-seller-name-label = Название продавца решения Dynamics
cpor-claim-dynamics-seller-name-error-required = Введите название продавца решения Dynamics
cpor-claim-customer-name-label = Имя клиента
cpor-claim-customer-name-error-required = Введите имя клиента
cpor-claim-isv-solution-name-label = Название продукта или решения ISV
cpor-claim-isv-solution-name-error-required = Введите название продукта или решения ISV

cpor-claim-customer-contact-name-label = Имя
cpor-claim-customer-contact-name-error-required = Введите имя контактного лица клиента
cpor-claim-customer-contact-title-label = Должность
cpor-claim-customer-contact-title-error-required = Введите должность контактного лица клиента
cpor-claim-customer-contact-email-label = Адрес электронной почты
cpor-claim-customer-contact-email-error-required = Введите адрес электронной почты контактного лица клиента
cpor-claim-customer-contact-email-error-format = Введите адрес электронной почты в правильном формате, например name@example.com

cpor-claim-technical-contact-name-label = Имя
cpor-claim-technical-contact-name-error-required = Введите имя технического контактного лица клиента
cpor-claim-technical-contact-title-label = Должность
cpor-claim-technical-contact-title-error-required = Введите должность технического контактного лица клиента
cpor-claim-technical-contact-email-label = Адрес электронной почты
cpor-claim-technical-contact-email-error-required = Введите адрес электронной почты технического контактного лица клиента
cpor-claim-technical-contact-email-error-format = Введите адрес электронной почты в правильном формате, например name@example.com

cpor-claim-partner-contact-name-label = Имя
cpor-claim-partner-contact-name-error-required = Введите имя контактного лица вашей организации
cpor-claim-partner-contact-email-label = Адрес электронной почты
cpor-claim-partner-contact-email-error-required = Введите адрес электронной почты контактного лица вашей организации
cpor-claim-partner-contact-email-error-format = Введите адрес электронной почты в правильном формате, например name@example.com

cpor-claim-claim-name-label = Название заявки
cpor-claim-claim-name-hint = Название, которое вы даете этой заявке, чтобы потом найти ее в Центре партнеров.
cpor-claim-claim-name-error-required = Введите название заявки

cpor-claim-products-label = Продукты или рабочие нагрузки
cpor-claim-products-hint = Продукты или рабочие нагрузки, на которые вы подаете заявку, например Exchange Online или Dynamics 365 Sales.
cpor-claim-products-error-required = Введите продукты или рабочие нагрузки, на которые вы подаете заявку

cpor-claim-subscription-id-label = Идентификатор подписки
cpor-claim-subscription-id-hint = Только для Dynamics 365, если у выбранного продукта несколько подписок этого клиента. GUID, например 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Введите идентификатор подписки в правильном формате, например 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Подтверждение выполнения (ПОЕ)
cpor-claim-proof-of-execution-hint = Опишите подтверждение, например заявление о работе, подписанное клиентом. Сам документ прикрепляется в Центре партнеров.
cpor-claim-proof-of-execution-error-required = Опишите подтверждение выполнения
