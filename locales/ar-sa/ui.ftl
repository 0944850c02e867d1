# docloc UI strings: Arabic (Saudi Arabia) (ar-sa). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = التخطي إلى المحتوى الرئيسي
menu = القائمة
table-of-contents = جدول المحتويات
in-this-article = في هذه المقالة
language-switcher = اللغة
breadcrumb = مسار التنقل
footer-text = محتوى بكل اللغات، تم إنشاؤه باستخدام docloc

article-date = آخر تحديث: { $date }

fallback-notice = هذه الصفحة غير متوفرة بعد باللغة { $locale }. أنت تقرأ النسخة باللغة { $fallback }.
fallback-badge = غير مترجمة

alert-note = ملاحظة
alert-tip = تلميح
alert-important = هام
alert-caution = تنبيه
alert-warning = تحذير

image-enlarge = حدد للتكبير
image-description = وصف الصورة
video-link = مشاهدة الفيديو
tab-list-label = اختر علامة تبويب

redirect-title = تم نقل الصفحة
redirect-notice = تم نقل هذه الصفحة إلى { $url }.
redirect-link = الانتقال إلى الصفحة الجديدة

root-choose-language = اختر لغتك
landing-more = عرض المزيد
hub-highlights = المحتوى المميز
stale-notice = هذه الترجمة أقدم من أحدث نسخة من هذه الصفحة.
stale-notice-sections = الأقسام التي تغيّرت منذ الترجمة: { $sections }.
stale-newest-link = قراءة أحدث نسخة ({ $language })
switcher-stale = نسخة أقدم


## Search

search = بحث
search-results = نتائج البحث
search-no-results = لا توجد نتائج عن ”{ $query }“
search-loading = جارٍ البحث…
search-unavailable = البحث غير متوفر هنا.

## Page not found (404.html)

not-found-title = لم يتم العثور على الصفحة
not-found-text = الصفحة التي تبحث عنها غير موجودة أو تم نقلها.
not-found-home = الانتقال إلى الصفحة الرئيسية

## End of an article

article-navigation = المقالة السابقة والتالية
previous-article = السابق
next-article = التالي

## Code blocks

code-copy = نسخ
code-copied = تم النسخ
code-language = لغة التعليمات البرمجية

## Page actions and notices

edit-page = تحرير
mt-notice = تمت ترجمة هذه المقالة آليًا.
mt-notice-source = الإصدار الأصلي: { $locale }
