# docloc UI strings: Thai (Thailand) (th-th). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = ข้ามไปยังเนื้อหาหลัก
menu = เมนู
table-of-contents = สารบัญ
in-this-article = ในบทความนี้
language-switcher = ภาษา
breadcrumb = เส้นทางการนำทาง
footer-text = เนื้อหาในทุกภาษา สร้างด้วย docloc

article-date = อัปเดตล่าสุดเมื่อ { $date }

fallback-notice = หน้านี้ยังไม่มีในภาษา { $locale } คุณกำลังอ่านเวอร์ชันภาษา { $fallback }
fallback-badge = ยังไม่ได้แปล

alert-note = หมายเหตุ
alert-tip = เคล็ดลับ
alert-important = สำคัญ
alert-caution = ข้อควรระวัง
alert-warning = คำเตือน

image-enlarge = เลือกเพื่อขยาย
image-description = คำอธิบายรูปภาพ
video-link = ดูวิดีโอ
tab-list-label = เลือกแท็บ

redirect-title = ย้ายหน้าแล้ว
redirect-notice = หน้านี้ย้ายไปที่ { $url } แล้ว
redirect-link = ไปยังหน้าใหม่

root-choose-language = เลือกภาษาของคุณ
landing-more = ดูเพิ่มเติม
hub-highlights = เนื้อหาแนะนำ
stale-notice = คำแปลนี้เก่ากว่าเวอร์ชันล่าสุดของหน้านี้
stale-notice-sections = ส่วนที่เปลี่ยนแปลงตั้งแต่นั้น: { $sections }
stale-newest-link = อ่านเวอร์ชันล่าสุด ({ $language })
switcher-stale = เวอร์ชันเก่ากว่า


## Search

search = ค้นหา
search-results = ผลการค้นหา
search-no-results = ไม่มีผลลัพธ์สำหรับ “{ $query }”
search-loading = กำลังค้นหา…
search-unavailable = การค้นหาไม่พร้อมใช้งานที่นี่

## Page not found (404.html)

not-found-title = ไม่พบหน้า
not-found-text = หน้าที่คุณกำลังค้นหาไม่มีอยู่หรือถูกย้ายแล้ว
not-found-home = ไปที่หน้าแรก

## End of an article

article-navigation = บทความก่อนหน้าและถัดไป
previous-article = ก่อนหน้า
next-article = ถัดไป

## Code blocks

code-copy = คัดลอก
code-copied = คัดลอกแล้ว
code-language = ภาษาของโค้ด

## Page actions and notices

edit-page = แก้ไข
mt-notice = บทความนี้แปลด้วยเครื่อง
mt-notice-source = เวอร์ชันต้นฉบับ: { $locale }
