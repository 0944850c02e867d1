# Пішін жолдары (идентификаторлар сұлбасы locales/en-us/forms.ftl файлының басында сипатталған).

## Shared

form-locale = kk-kz
form-error-prefix = Қате:{" "}
form-error-summary-title = Мәселе бар
form-optional = (міндетті емес)
form-select-choose = Опцияны таңдаңыз
form-check = Талапты тексеру
form-download = JSON жүктеп алу
form-print = Талапты басып шығару
form-clear = Пішінді тазалау
form-checklist-title = Бақылау тізімі
form-checklist-progress = Орындалған тармақтар: { $done } / { $total }
form-status-complete = Дайын
form-status-incomplete = Дайын емес
form-status-not-needed = Қажет емес
form-draft-offer = Бұл талаптың нобайы осы браузерде сақталған.
form-draft-offer-hint = Жалғастыру үшін оны қалпына келтіріңіз немесе жойыңыз. Таңдау жасағанша жаңа ештеңе сақталмайды.
form-draft-restore = Нобайды қалпына келтіру
form-draft-discard = Нобайды жою
form-draft-restored = Нобай қалпына келтірілді.
form-draft-discarded = Нобай жойылды.
form-saved-locally = Енгізген деректеріңіз осы тілдің нобайы ретінде тек осы браузерде сақталады. Ештеңе ешқайда жіберілмейді.
form-no-script = Жауаптарды тексеру, нобайды сақтау және жүктеп алу үшін JavaScript қажет. Бұл пішінді бәрібір оқып, басып шығара аласыз.
form-cleared = Пішін тазаланды, оның нобайы жойылды.
form-valid = Мәселе табылмады. Талапты жүктеп алыңыз немесе басып шығарыңыз, содан кейін оны Серіктестер орталығына енгізіңіз.
form-print-title = Талаптың қысқаша мазмұны

## CPOR claim

cpor-claim-title = Клиентті байланыстыру талабын дайындау
cpor-claim-intro = Талапқа қажетті мәліметтерді енгізіңіз — олар Серіктестер орталығының ережелері бойынша тексеріледі. Содан кейін талапты жүктеп алыңыз немесе басып шығарыңыз да, Серіктестер орталығына енгізіңіз.
cpor-claim-checklist-lead = Талапты аяқтау үшін сізге келесі мәліметтер қажет болады:
cpor-claim-terms-locale = kk-kz

cpor-claim-item-1 = MPN идентификаторы
cpor-claim-item-2 = Клиенттің домен атауы
cpor-claim-item-3 = Клиенттің каталог (тенант) идентификаторы
cpor-claim-item-4 = Шешім аймағы
cpor-claim-item-5 = Әрекет және талап түрі
cpor-claim-item-6 = Клиенттің байланыс тұлғасы
cpor-claim-item-7 = Клиенттің техникалық байланыс тұлғасы (Dynamics 365)
cpor-claim-item-8 = Ұйымыңыздың байланыс тұлғасы
cpor-claim-item-9 = Талап атауы
cpor-claim-item-10 = Өнімдер немесе жұмыс жүктемелері
cpor-claim-item-11 = Орындау дәлелі (PoE)
cpor-claim-item-12 = Кірісті байланыстыру мәліметтері

# Мақаланың бақылау тізіміндегі қалың қаріппен жазылған өріс атаулары, мақаланың қазақша
# аудармасы жазатындай (Microsoft терминологиясы; корпуста kk-kz мақаласы жоқ).
cpor-claim-term-mpn-id = MPN идентификаторы
cpor-claim-term-domain-name = домен атауы
cpor-claim-term-directory-id = каталог идентификаторы
cpor-claim-term-tenant-id = тенант идентификаторы
cpor-claim-term-solution-area = Шешім аймағы
cpor-claim-term-activity = Әрекет
cpor-claim-term-customer-contact-name = Байланыс тұлғасының аты
cpor-claim-term-technical-contact = техникалық байланыс тұлғасының
cpor-claim-term-partner-contact-name = Байланыс тұлғасының аты
cpor-claim-term-claim-name = атау
cpor-claim-term-products = Өнімдер
cpor-claim-term-proof-of-execution = Орындау дәлелі
cpor-claim-term-dynamics-seller-name = Dynamics шешімін сатушының атауы
cpor-claim-term-customer-name = Клиент атауы
cpor-claim-term-isv-solution-name = ISV өнімінің/шешімінің атауы

cpor-claim-group-customer-contact = Клиентіңіздің байланыс тұлғасы
cpor-claim-group-technical-contact = Клиентіңіздің техникалық байланыс тұлғасы
cpor-claim-group-partner-contact = Ұйымыңыздың байланыс тұлғасы
cpor-claim-required-when-solution-area-business-applications = Business Applications (Dynamics 365) талаптары үшін міндетті.
cpor-claim-shown-when-claim-type-revenue-association = Тек кірісті байланыстыру талаптары үшін.

cpor-claim-mpn-id-label = MPN идентификаторы
cpor-claim-mpn-id-hint = Талап қоятын серіктес орнының Microsoft Partner Network идентификаторы, тек сандар, мысалы, 1234567.
cpor-claim-mpn-id-error-required = MPN идентификаторыңызды енгізіңіз
cpor-claim-mpn-id-error-format = MPN идентификаторында тек сандар болуы керек, мысалы, 1234567

cpor-claim-customer-domain-label = Клиенттің домен атауы
cpor-claim-customer-domain-hint = Мысалы, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Клиенттің домен атауын енгізіңіз
cpor-claim-customer-domain-error-format = Домен атауын дұрыс пішімде енгізіңіз, мысалы, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Клиенттің каталог (тенант) идентификаторы
cpor-claim-tenant-id-hint = Каталог идентификаторы тенант идентификаторы деп те аталады: бес топқа бөлінген 32 он алтылық цифр, мысалы, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Клиенттің каталог (тенант) идентификаторын енгізіңіз
cpor-claim-tenant-id-error-format = Каталог (тенант) идентификаторын дұрыс пішімде енгізіңіз, мысалы, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Шешім аймағы
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Шешім аймағын таңдаңыз

cpor-claim-claim-type-label = Әрекет және талап түрі
cpor-claim-claim-type-pre-sales = Сату алдындағы кезең
cpor-claim-claim-type-usage = Пайдалану
cpor-claim-claim-type-revenue-association = Кірісті байланыстыру
cpor-claim-claim-type-revenue-association-hint = Тек Business Applications үшін
cpor-claim-claim-type-revenue-association-error = Кірісті байланыстыру тек Business Applications үшін қолжетімді: Business Applications немесе басқа талап түрін таңдаңыз
cpor-claim-claim-type-error-required = Талап түрін таңдаңыз

cpor-claim-dynamics-seller-name-label = Dynamics шешімін сатушының атауы
cpor-claim-dynamics-seller-name-error-required = Dynamics шешімін сатушының атауын енгізіңіз
cpor-claim-customer-name-label = Клиент атауы
cpor-claim-customer-name-error-required = Клиенттің атауын енгізіңіз
cpor-claim-isv-solution-name-label = ISV өнімінің немесе шешімінің атауы
cpor-claim-isv-solution-name-error-required = ISV өнімінің немесе шешімінің атауын енгізіңіз

cpor-claim-customer-contact-name-label = Аты-жөні
cpor-claim-customer-contact-name-error-required = Клиентіңіздің байланыс тұлғасының аты-жөнін енгізіңіз
cpor-claim-customer-contact-title-label = Лауазымы
cpor-claim-customer-contact-title-error-required = Клиентіңіздің байланыс тұлғасының лауазымын енгізіңіз
cpor-claim-customer-contact-email-label = Электрондық пошта мекенжайы
cpor-claim-customer-contact-email-error-required = Клиентіңіздің байланыс тұлғасының электрондық пошта мекенжайын енгізіңіз
cpor-claim-customer-contact-email-error-format = Электрондық пошта мекенжайын дұрыс пішімде енгізіңіз, мысалы, name@example.com

cpor-claim-technical-contact-name-label = Аты-жөні
cpor-claim-technical-contact-name-error-required = Клиентіңіздің техникалық байланыс тұлғасының аты-жөнін енгізіңіз
cpor-claim-technical-contact-title-label = Лауазымы
cpor-claim-technical-contact-title-error-required = Клиентіңіздің техникалық байланыс тұлғасының лауазымын енгізіңіз
cpor-claim-technical-contact-email-label = Электрондық пошта мекенжайы
cpor-claim-technical-contact-email-error-required = Клиентіңіздің техникалық байланыс тұлғасының электрондық пошта мекенжайын енгізіңіз
cpor-claim-technical-contact-email-error-format = Электрондық пошта мекенжайын дұрыс пішімде енгізіңіз, мысалы, name@example.com

cpor-claim-partner-contact-name-label = Аты-жөні
cpor-claim-partner-contact-name-error-required = Ұйымыңыздың байланыс тұлғасының аты-жөнін енгізіңіз
cpor-claim-partner-contact-email-label = Электрондық пошта мекенжайы
cpor-claim-partner-contact-email-error-required = Ұйымыңыздың байланыс тұлғасының электрондық пошта мекенжайын енгізіңіз
cpor-claim-partner-contact-email-error-format = Электрондық пошта мекенжайын дұрыс пішімде енгізіңіз, мысалы, name@example.com

cpor-claim-claim-name-label = Талап атауы
cpor-claim-claim-name-hint = Бұл талапты кейін Серіктестер орталығынан табу үшін өзіңіз таңдаған атау.
cpor-claim-claim-name-error-required = Талаптың атауын енгізіңіз

cpor-claim-products-label = Өнімдер немесе жұмыс жүктемелері
cpor-claim-products-hint = Талап қоятын өнімдер немесе жұмыс жүктемелері, мысалы, Exchange Online немесе Dynamics 365 Sales.
cpor-claim-products-error-required = Талап қоятын өнімдерді немесе жұмыс жүктемелерін енгізіңіз

cpor-claim-subscription-id-label = Жазылым идентификаторы
cpor-claim-subscription-id-hint = Тек Dynamics 365 үшін, талап қоятын өнімнің осы клиентте бірнеше жазылымы болғанда. GUID, мысалы, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Жазылым идентификаторын дұрыс пішімде енгізіңіз, мысалы, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Орындау дәлелі (PoE)
cpor-claim-proof-of-execution-hint = Дәлелді сипаттаңыз, мысалы, клиент қол қойған жұмыс сипаттамасы. Құжаттың өзін Серіктестер орталығында тіркейсіз.
cpor-claim-proof-of-execution-error-required = Орындау дәлелін сипаттаңыз
