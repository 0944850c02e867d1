# Низове на формулярите (схемата на идентификаторите е описана в началото на locales/en-us/forms.ftl).

## Shared

form-locale = bg-bg
form-error-prefix = Грешка:{" "}
form-error-summary-title = Възникна проблем
form-optional = (незадължително)
form-select-choose = Изберете опция
form-check = Проверка на искането
form-download = Изтегляне на JSON
form-print = Отпечатване на искането
form-clear = Изчистване на формуляра
form-checklist-title = Контролен списък
form-checklist-progress = Завършени елементи: { $done } от { $total }
form-status-complete = Завършено
form-status-incomplete = Незавършено
form-status-not-needed = Не е необходимо
form-draft-offer = В този браузър е записана чернова на това искане.
form-draft-offer-hint = Възстановете я, за да продължите, или я отхвърлете. Докато не изберете, нищо ново не се записва.
form-draft-restore = Възстановяване на черновата
form-draft-discard = Отхвърляне на черновата
form-draft-restored = Черновата е възстановена.
form-draft-discarded = Черновата е отхвърлена.
form-saved-locally = Въведените данни се пазят само в този браузър, като чернова за този език. Нищо не се изпраща никъде.
form-no-script = Проверката на отговорите, черновата и изтеглянето изискват JavaScript. Все пак можете да прочетете и отпечатате този формуляр.
form-cleared = Формулярът е изчистен и черновата му е премахната.
form-valid = Не са открити проблеми. Изтеглете или отпечатайте искането, след което го въведете в Партньорския център.
form-print-title = Обобщение на искането

## CPOR claim

cpor-claim-title = Подготовка на искане за асоцииране на клиент
cpor-claim-intro = Въведете информацията, необходима за искането; тя се проверява спрямо правилата на Партньорския център. След това изтеглете или отпечатайте искането и го въведете в Партньорския център.
cpor-claim-checklist-lead = Ще ви е необходима следната информация, за да завършите искане:
cpor-claim-terms-locale = bg-bg

cpor-claim-item-1 = ИД на MPN
cpor-claim-item-2 = Име на домейн на клиента
cpor-claim-item-3 = ИД на директорията (наемателя) на клиента
cpor-claim-item-4 = Област на решението
cpor-claim-item-5 = Дейност и тип искане
cpor-claim-item-6 = Лице за контакт на клиента
cpor-claim-item-7 = Техническо лице за контакт на клиента (Dynamics 365)
cpor-claim-item-8 = Лице за контакт на вашата фирма
cpor-claim-item-9 = Име на искането
cpor-claim-item-10 = Продукти или работни натоварвания
cpor-claim-item-11 = Доказателство за изпълнение (PoE)
cpor-claim-item-12 = Подробности за асоциирането на приходи

# Имената на полета в получер шрифт в контролния списък на статията, както ги пише българският
# превод на статията (терминология на Microsoft; в корпуса няма статия bg-bg).
cpor-claim-term-mpn-id = ИД на MPN
cpor-claim-term-domain-name = име на домейн
cpor-claim-term-directory-id = ИД на директория
cpor-claim-term-tenant-id = ИД на наемател
cpor-claim-term-solution-area = Област на решението
cpor-claim-term-activity = Дейност
cpor-claim-term-customer-contact-name = Име на лицето за контакт
cpor-claim-term-technical-contact = техническото лице за контакт
cpor-claim-term-partner-contact-name = Име на лицето за контакт
cpor-claim-term-claim-name = име
cpor-claim-term-products = Продукти
cpor-claim-term-proof-of-execution = Доказателство за изпълнение
cpor-claim-term-dynamics-seller-name = Име на продавача на решението на Dynamics
cpor-claim-term-customer-name = Име на клиента
cpor-claim-term-isv-solution-name = Име на продукта/решението на ISV

cpor-claim-group-customer-contact = Лице за контакт на вашия клиент
cpor-claim-group-technical-contact = Техническо лице за контакт на вашия клиент
cpor-claim-group-partner-contact = Лице за контакт на вашата фирма
cpor-claim-required-when-solution-area-business-applications = Задължително за искания за Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Само за искания за асоцииране на приходи.

cpor-claim-mpn-id-label = ИД на MPN
cpor-claim-mpn-id-hint = ИД в Microsoft Partner Network на местоположението на партньора, което подава искането, само цифри, например 1234567.
cpor-claim-mpn-id-error-required = Въведете своя ИД на MPN
cpor-claim-mpn-id-error-format = ИД на MPN трябва да съдържа само цифри, например 1234567

cpor-claim-customer-domain-label = Име на домейн на клиента
cpor-claim-customer-domain-hint = Например contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Въведете името на домейна на клиента
cpor-claim-customer-domain-error-format = Въведете име на домейн в правилния формат, например contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ИД на директорията (наемателя) на клиента
cpor-claim-tenant-id-hint = ИД на директорията се нарича още ИД на наемателя: 32 шестнадесетични цифри в пет групи, например 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Въведете ИД на директорията (наемателя) на клиента
cpor-claim-tenant-id-error-format = Въведете ИД на директорията (наемателя) в правилния формат, например 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Област на решението
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Изберете областта на решението

cpor-claim-claim-type-label = Дейност и тип искане
cpor-claim-claim-type-pre-sales = Предпродажба
cpor-claim-claim-type-usage = Използване
cpor-claim-claim-type-revenue-association = Асоцииране на приходи
cpor-claim-claim-type-revenue-association-hint = Само за Business Applications
cpor-claim-claim-type-revenue-association-error = Асоциирането на приходи е само за Business Applications: изберете Business Applications или друг тип искане
cpor-claim-claim-type-error-required = Изберете типа на искането

cpor-claim-dynamics-seller-name-label = Име на продавача на решението на Dynamics
cpor-claim-dynamics-seller-name-error-required = Въведете името на продавача на решението на Dynamics
cpor-claim-customer-name-label = Име на клиента
cpor-claim-customer-name-error-required = Въведете името на клиента
cpor-claim-isv-solution-name-label = Име на продукта или решението на ISV
cpor-claim-isv-solution-name-error-required = Въведете името на продукта или решението на ISV

cpor-claim-customer-contact-name-label = Име
cpor-claim-customer-contact-name-error-required = Въведете името на лицето за контакт на вашия клиент
cpor-claim-customer-contact-title-label = Длъжност
cpor-claim-customer-contact-title-error-required = Въведете длъжността на лицето за контакт на вашия клиент
cpor-claim-customer-contact-email-label = Имейл адрес
cpor-claim-customer-contact-email-error-required = Въведете имейл адреса на лицето за контакт на вашия клиент
cpor-claim-customer-contact-email-error-format = Въведете имейл адрес в правилния формат, например name@example.com

cpor-claim-technical-contact-name-label = Име
cpor-claim-technical-contact-name-error-required = Въведете името на техническото лице за контакт на вашия клиент
cpor-claim-technical-contact-title-label = Длъжност
cpor-claim-technical-contact-title-error-required = Въведете длъжността на техническото лице за контакт на вашия клиент
cpor-claim-technical-contact-email-label = Имейл адрес
cpor-claim-technical-contact-email-error-required = Въведете имейл адреса на техническото лице за контакт на вашия клиент
cpor-claim-technical-contact-email-error-format = Въведете имейл адрес в правилния формат, например name@example.com

cpor-claim-partner-contact-name-label = Име
cpor-claim-partner-contact-name-error-required = Въведете името на лицето за контакт на вашата фирма
cpor-claim-partner-contact-email-label = Имейл адрес
cpor-claim-partner-contact-email-error-required = Въведете имейл адреса на лицето за контакт на вашата фирма
cpor-claim-partner-contact-email-error-format = Въведете имейл адрес в правилния формат, например name@example.com

cpor-claim-claim-name-label = Име на искането
cpor-claim-claim-name-hint = Име, което избирате за това искане, за да го намерите отново в Партньорския център.
cpor-claim-claim-name-error-required = Въведете име за искането

cpor-claim-products-label = Продукти или работни натоварвания
cpor-claim-products-hint = Продуктите или работните натоварвания, за които подавате искането, например Exchange Online или Dynamics 365 Sales.
cpor-claim-products-error-required = Въведете продуктите или работните натоварвания, за които подавате искането

cpor-claim-subscription-id-label = ИД на абонамент
cpor-claim-subscription-id-hint = Само за Dynamics 365, когато продуктът, за който подавате искането, има повече от един абонамент за този клиент. GUID, например 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Въведете ИД на абонамента в правилния формат, например 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Доказателство за изпълнение (PoE)
cpor-claim-proof-of-execution-hint = Опишете доказателството, например задание, подписано от клиента. Самият документ се прикачва в Партньорския център.
cpor-claim-proof-of-execution-error-required = Опишете доказателството за изпълнение
