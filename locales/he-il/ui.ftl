# docloc UI strings: Hebrew (Israel) (he-il). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = דלג לתוכן הראשי
menu = תפריט
table-of-contents = תוכן העניינים
in-this-article = במאמר זה
language-switcher = שפה
breadcrumb = נתיב ניווט
footer-text = תוכן בכל שפה, נבנה באמצעות docloc

article-date = עדכון אחרון: { $date }

fallback-notice = דף זה עדיין אינו זמין בשפה { $locale }. מוצגת לך הגרסה בשפה { $fallback }.
fallback-badge = לא תורגם

alert-note = הערה
alert-tip = עצה
alert-important = חשוב
alert-caution = זהירות
alert-warning = אזהרה

image-enlarge = בחר כדי להגדיל
image-description = תיאור התמונה
video-link = צפה בסרטון
tab-list-label = בחר כרטיסיה

redirect-title = הדף הועבר
redirect-notice = דף זה הועבר אל { $url }.
redirect-link = מעבר לדף החדש

root-choose-language = בחר את השפה שלך
landing-more = הצג עוד
hub-highlights = תוכן מומלץ
stale-notice = תרגום זה ישן יותר מהגרסה העדכנית ביותר של דף זה.
stale-notice-sections = מקטעים שהשתנו מאז: { $sections }.
stale-newest-link = קריאת הגרסה העדכנית ביותר ({ $language })
switcher-stale = גרסה ישנה יותר


## Search

search = חיפוש
search-results = תוצאות חיפוש
search-no-results = אין תוצאות עבור ”{ $query }“
search-loading = מחפש…
search-unavailable = החיפוש אינו זמין כאן.

## Page not found (404.html)

not-found-title = הדף לא נמצא
not-found-text = הדף שאתה מחפש אינו קיים או שהועבר.
not-found-home = מעבר לדף הבית

## End of an article

article-navigation = המאמר הקודם והבא
previous-article = הקודם
next-article = הבא

## Code blocks

code-copy = העתק
code-copied = הועתק
code-language = שפת הקוד

## Page actions and notices

edit-page = עריכה
mt-notice = מאמר זה תורגם באמצעות מכונה.
mt-notice-source = הגרסה המקורית: { $locale }
