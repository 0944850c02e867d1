# سلاسل النماذج (مخطط المعرفات موصوف في بداية الملف locales/en-us/forms.ftl).

## Shared

form-locale = ar-sa
form-error-prefix = خطأ:{" "}
form-error-summary-title = توجد مشكلة
form-optional = (اختياري)
form-select-choose = اختر خياراً
form-check = التحقق من المطالبة
form-download = تنزيل JSON
form-print = طباعة المطالبة
form-clear = مسح النموذج
form-checklist-title = قائمة التحقق
form-checklist-progress = العناصر المكتملة: { $done } من { $total }
form-status-complete = مكتمل
form-status-incomplete = غير مكتمل
form-status-not-needed = غير مطلوب
form-draft-offer = توجد مسودة لهذه المطالبة محفوظة في هذا المستعرض.
form-draft-offer-hint = استعدها للمتابعة، أو تجاهلها. لن يُحفظ أي شيء جديد حتى تختار.
form-draft-restore = استعادة المسودة
form-draft-discard = تجاهل المسودة
form-draft-restored = تمت استعادة المسودة.
form-draft-discarded = تم تجاهل المسودة.
form-saved-locally = يُحفظ ما تدخله في هذا المستعرض فقط، كمسودة لهذه اللغة. لا يُرسل أي شيء إلى أي مكان.
form-no-script = يتطلب التحقق من الإجابات والاحتفاظ بمسودة والتنزيل JavaScript. لا يزال بإمكانك قراءة هذا النموذج وطباعته.
form-cleared = تم مسح النموذج وإزالة مسودته.
form-valid = لم يتم العثور على أي مشكلات. نزّل المطالبة أو اطبعها، ثم أدخلها في مركز الشركاء.
form-print-title = ملخص المطالبة

## CPOR claim

cpor-claim-title = إعداد مطالبة ربط العميل
cpor-claim-intro = أدخل المعلومات التي تحتاجها المطالبة، ويتم التحقق منها وفق قواعد مركز الشركاء. ثم نزّلها أو اطبعها وأدخلها في مركز الشركاء.
cpor-claim-checklist-lead = ستحتاج إلى المعلومات التالية لإكمال مطالبة:
cpor-claim-terms-locale = ar-sa

cpor-claim-item-1 = معرف MPN
cpor-claim-item-2 = اسم مجال العميل
cpor-claim-item-3 = معرف الدليل (المستأجر) للعميل
cpor-claim-item-4 = مجال الحل
cpor-claim-item-5 = النشاط ونوع المطالبة
cpor-claim-item-6 = جهة اتصال العميل
cpor-claim-item-7 = جهة الاتصال الفنية للعميل (Dynamics 365)
cpor-claim-item-8 = جهة اتصال شركتك
cpor-claim-item-9 = اسم المطالبة
cpor-claim-item-10 = المنتجات أو أحمال العمل
cpor-claim-item-11 = إثبات التنفيذ (PoE)
cpor-claim-item-12 = تفاصيل ربط الإيرادات

# أسماء الحقول المكتوبة بخط غامق في قائمة التحقق في المقالة، كما تكتبها الترجمة العربية
# للمقالة (مصطلحات Microsoft؛ لا توجد مقالة ar-sa في المجموعة).
cpor-claim-term-mpn-id = معرف MPN
cpor-claim-term-domain-name = اسم المجال
cpor-claim-term-directory-id = معرف الدليل
cpor-claim-term-tenant-id = معرف المستأجر
cpor-claim-term-solution-area = مجال الحل
cpor-claim-term-activity = النشاط
cpor-claim-term-customer-contact-name = اسم جهة الاتصال
cpor-claim-term-technical-contact = جهة الاتصال الفنية
cpor-claim-term-partner-contact-name = اسم جهة الاتصال
cpor-claim-term-claim-name = اسم
cpor-claim-term-products = المنتجات
cpor-claim-term-proof-of-execution = إثبات التنفيذ
cpor-claim-term-dynamics-seller-name = اسم بائع حل Dynamics
cpor-claim-term-customer-name = اسم العميل
cpor-claim-term-isv-solution-name = اسم منتج/حل ISV

cpor-claim-group-customer-contact = جهة اتصال عميلك
cpor-claim-group-technical-contact = جهة الاتصال الفنية لعميلك
cpor-claim-group-partner-contact = جهة اتصال شركتك
cpor-claim-required-when-solution-area-business-applications = مطلوب لمطالبات Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = لمطالبات ربط الإيرادات فقط.

cpor-claim-mpn-id-label = معرف MPN
cpor-claim-mpn-id-hint = معرف Microsoft Partner Network لموقع الشريك الذي يقدم المطالبة، بالأرقام فقط، على سبيل المثال 1234567.
cpor-claim-mpn-id-error-required = أدخل معرف MPN الخاص بك
cpor-claim-mpn-id-error-format = يجب أن يحتوي معرف MPN على أرقام فقط، مثل 1234567

cpor-claim-customer-domain-label = اسم مجال العميل
cpor-claim-customer-domain-hint = على سبيل المثال، contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = أدخل اسم مجال العميل
cpor-claim-customer-domain-error-format = أدخل اسم مجال بالتنسيق الصحيح، مثل contoso.onmicrosoft.com

cpor-claim-tenant-id-label = معرف الدليل (المستأجر) للعميل
cpor-claim-tenant-id-hint = يُسمى معرف الدليل أيضاً معرف المستأجر: 32 رقماً بالنظام السداسي عشري في خمس مجموعات، على سبيل المثال 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = أدخل معرف الدليل (المستأجر) للعميل
cpor-claim-tenant-id-error-format = أدخل معرف الدليل (المستأجر) بالتنسيق الصحيح، مثل 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = مجال الحل
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = حدد مجال الحل

cpor-claim-claim-type-label = النشاط ونوع المطالبة
cpor-claim-claim-type-pre-sales = ما قبل البيع
cpor-claim-claim-type-usage = الاستخدام
cpor-claim-claim-type-revenue-association = ربط الإيرادات
cpor-claim-claim-type-revenue-association-hint = Business Applications فقط
cpor-claim-claim-type-revenue-association-error = ربط الإيرادات متاح لـ Business Applications فقط: حدد Business Applications أو نوع مطالبة آخر
cpor-claim-claim-type-error-required = حدد نوع المطالبة

cpor-claim-dynamics-seller-name-label = اسم بائع حل Dynamics
cpor-claim-dynamics-seller-name-error-required = أدخل اسم بائع حل Dynamics
cpor-claim-customer-name-label = اسم العميل
cpor-claim-customer-name-error-required = أدخل اسم العميل
cpor-claim-isv-solution-name-label = اسم منتج أو حل ISV
cpor-claim-isv-solution-name-error-required = أدخل اسم منتج أو حل ISV

cpor-claim-customer-contact-name-label = الاسم
cpor-claim-customer-contact-name-error-required = أدخل اسم جهة اتصال عميلك
cpor-claim-customer-contact-title-label = المسمى الوظيفي
cpor-claim-customer-contact-title-error-required = أدخل المسمى الوظيفي لجهة اتصال عميلك
cpor-claim-customer-contact-email-label = عنوان البريد الإلكتروني
cpor-claim-customer-contact-email-error-required = أدخل عنوان البريد الإلكتروني لجهة اتصال عميلك
cpor-claim-customer-contact-email-error-format = أدخل عنوان بريد إلكتروني بالتنسيق الصحيح، مثل name@example.com

cpor-claim-technical-contact-name-label = الاسم
cpor-claim-technical-contact-name-error-required = أدخل اسم جهة الاتصال الفنية لعميلك
cpor-claim-technical-contact-title-label = المسمى الوظيفي
cpor-claim-technical-contact-title-error-required = أدخل المسمى الوظيفي لجهة الاتصال الفنية لعميلك
cpor-claim-technical-contact-email-label = عنوان البريد الإلكتروني
cpor-claim-technical-contact-email-error-required = أدخل عنوان البريد الإلكتروني لجهة الاتصال الفنية لعميلك
cpor-claim-technical-contact-email-error-format = أدخل عنوان بريد إلكتروني بالتنسيق الصحيح، مثل name@example.com

cpor-claim-partner-contact-name-label = الاسم
cpor-claim-partner-contact-name-error-required = أدخل اسم جهة اتصال شركتك
cpor-claim-partner-contact-email-label = عنوان البريد الإلكتروني
cpor-claim-partner-contact-email-error-required = أدخل عنوان البريد الإلكتروني لجهة اتصال شركتك
cpor-claim-partner-contact-email-error-format = أدخل عنوان بريد إلكتروني بالتنسيق الصحيح، مثل name@example.com

cpor-claim-claim-name-label = اسم المطالبة
cpor-claim-claim-name-hint = اسم تختاره لهذه المطالبة، لتجدها مرة أخرى في مركز الشركاء.
cpor-claim-claim-name-error-required = أدخل اسماً للمطالبة

cpor-claim-products-label = المنتجات أو أحمال العمل
cpor-claim-products-hint = المنتجات أو أحمال العمل التي تطالب بها، على سبيل المثال Exchange Online أو Dynamics 365 Sales.
cpor-claim-products-error-required = أدخل المنتجات أو أحمال العمل التي تطالب بها

cpor-claim-subscription-id-label = معرف الاشتراك
cpor-claim-subscription-id-hint = لـ Dynamics 365 فقط، عندما يكون للمنتج الذي تطالب به أكثر من اشتراك واحد لهذا العميل. معرف GUID، على سبيل المثال 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = أدخل معرف الاشتراك بالتنسيق الصحيح، مثل 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = إثبات التنفيذ (PoE)
cpor-claim-proof-of-execution-hint = صِف الإثبات، مثل بيان عمل موقّع من العميل. وتُرفق المستند نفسه في مركز الشركاء.
cpor-claim-proof-of-execution-error-required = صِف إثبات التنفيذ
