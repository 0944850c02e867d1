# מחרוזות הטפסים (סכמת המזהים מתוארת בתחילת הקובץ locales/en-us/forms.ftl).

## Shared

form-locale = he-il
form-error-prefix = שגיאה:{" "}
form-error-summary-title = קיימת בעיה
form-optional = (אופציונלי)
form-select-choose = בחר אפשרות
form-check = בדוק את התביעה
form-download = הורד JSON
form-print = הדפס את התביעה
form-clear = נקה את הטופס
form-checklist-title = רשימת ביקורת
form-checklist-progress = פריטים שהושלמו: { $done } מתוך { $total }
form-status-complete = הושלם
form-status-incomplete = לא הושלם
form-status-not-needed = לא נדרש
form-draft-offer = טיוטה של תביעה זו שמורה בדפדפן זה.
form-draft-offer-hint = שחזר אותה כדי להמשיך, או מחק אותה. דבר חדש לא יישמר עד שתבחר.
form-draft-restore = שחזר את הטיוטה
form-draft-discard = מחק את הטיוטה
form-draft-restored = הטיוטה שוחזרה.
form-draft-discarded = הטיוטה נמחקה.
form-saved-locally = מה שאתה מזין נשמר בדפדפן זה בלבד, כטיוטה עבור שפה זו. שום דבר לא נשלח לשום מקום.
form-no-script = בדיקת התשובות, שמירת טיוטה והורדה מחייבות JavaScript. עדיין באפשרותך לקרוא ולהדפיס טופס זה.
form-cleared = הטופס נוקה והטיוטה שלו הוסרה.
form-valid = לא נמצאו בעיות. הורד או הדפס את התביעה, ולאחר מכן הזן אותה במרכז השותפים.
form-print-title = סיכום התביעה

## CPOR claim

cpor-claim-title = הכנת תביעת שיוך הלקוח
cpor-claim-intro = הזן את המידע הדרוש לתביעה; הוא נבדק בהתאם לכללים של מרכז השותפים. לאחר מכן הורד או הדפס את התביעה והזן אותה במרכז השותפים.
cpor-claim-checklist-lead = תזדקק למידע הבא כדי להשלים תביעה:
cpor-claim-terms-locale = he-il

cpor-claim-item-1 = מזהה MPN
cpor-claim-item-2 = שם התחום של הלקוח
cpor-claim-item-3 = מזהה הספריה (הדייר) של הלקוח
cpor-claim-item-4 = אזור פתרונות
cpor-claim-item-5 = פעילות וסוג תביעה
cpor-claim-item-6 = איש הקשר של הלקוח
cpor-claim-item-7 = איש הקשר הטכני של הלקוח (Dynamics 365)
cpor-claim-item-8 = איש הקשר של החברה שלך
cpor-claim-item-9 = שם התביעה
cpor-claim-item-10 = מוצרים או עומסי עבודה
cpor-claim-item-11 = הוכחת ביצוע (PoE)
cpor-claim-item-12 = פרטי שיוך הכנסות

# שמות השדות המודגשים ברשימת הביקורת של המאמר, כפי שהתרגום לעברית של המאמר כותב אותם
# (מינוח של Microsoft; אין מאמר he-il באוסף).
cpor-claim-term-mpn-id = מזהה MPN
cpor-claim-term-domain-name = שם התחום
cpor-claim-term-directory-id = מזהה ספריה
cpor-claim-term-tenant-id = מזהה דייר
cpor-claim-term-solution-area = אזור פתרונות
cpor-claim-term-activity = פעילות
cpor-claim-term-customer-contact-name = שם איש הקשר
cpor-claim-term-technical-contact = איש הקשר הטכני
cpor-claim-term-partner-contact-name = שם איש הקשר
cpor-claim-term-claim-name = שם
cpor-claim-term-products = מוצרים
cpor-claim-term-proof-of-execution = הוכחת ביצוע
cpor-claim-term-dynamics-seller-name = שם המשווק של פתרון Dynamics
cpor-claim-term-customer-name = שם הלקוח
cpor-claim-term-isv-solution-name = שם המוצר/הפתרון של ISV

cpor-claim-group-customer-contact = איש הקשר של הלקוח שלך
cpor-claim-group-technical-contact = איש הקשר הטכני של הלקוח שלך
cpor-claim-group-partner-contact = איש הקשר של החברה שלך
cpor-claim-required-when-solution-area-business-applications = נדרש בתביעות של Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = רק בתביעות לשיוך הכנסות.

cpor-claim-mpn-id-label = מזהה MPN
cpor-claim-mpn-id-hint = מזהה Microsoft Partner Network של מיקום השותף שמגיש את התביעה, ספרות בלבד, לדוגמה 1234567.
cpor-claim-mpn-id-error-required = הזן את מזהה ה-MPN שלך
cpor-claim-mpn-id-error-format = מזהה MPN חייב להכיל ספרות בלבד, לדוגמה 1234567

cpor-claim-customer-domain-label = שם התחום של הלקוח
cpor-claim-customer-domain-hint = לדוגמה, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = הזן את שם התחום של הלקוח
cpor-claim-customer-domain-error-format = הזן שם תחום בתבנית הנכונה, לדוגמה contoso.onmicrosoft.com

cpor-claim-tenant-id-label = מזהה הספריה (הדייר) של הלקוח
cpor-claim-tenant-id-hint = מזהה הספריה נקרא גם מזהה הדייר: 32 ספרות הקסדצימליות בחמש קבוצות, לדוגמה 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = הזן את מזהה הספריה (הדייר) של הלקוח
cpor-claim-tenant-id-error-format = הזן את מזהה הספריה (הדייר) בתבנית הנכונה, לדוגמה 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = אזור פתרונות
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = בחר את אזור הפתרונות

cpor-claim-claim-type-label = פעילות וסוג תביעה
cpor-claim-claim-type-pre-sales = טרום מכירה
cpor-claim-claim-type-usage = שימוש
cpor-claim-claim-type-revenue-association = שיוך הכנסות
cpor-claim-claim-type-revenue-association-hint = Business Applications בלבד
cpor-claim-claim-type-revenue-association-error = שיוך הכנסות זמין עבור Business Applications בלבד: בחר Business Applications או סוג תביעה אחר
cpor-claim-claim-type-error-required = בחר את סוג התביעה

cpor-claim-dynamics-seller-name-label = שם המשווק של פתרון Dynamics
cpor-claim-dynamics-seller-name-error-required = הזן את שם המשווק של פתרון Dynamics
cpor-claim-customer-name-label = שם הלקוח
cpor-claim-customer-name-error-required = הזן את שם הלקוח
cpor-claim-isv-solution-name-label = שם המוצר או הפתרון של ISV
cpor-claim-isv-solution-name-error-required = הזן את שם המוצר או הפתרון של ISV

cpor-claim-customer-contact-name-label = שם
cpor-claim-customer-contact-name-error-required = הזן את השם של איש הקשר של הלקוח שלך
cpor-claim-customer-contact-title-label = תפקיד
cpor-claim-customer-contact-title-error-required = הזן את התפקיד של איש הקשר של הלקוח שלך
cpor-claim-customer-contact-email-label = כתובת דואר אלקטרוני
cpor-claim-customer-contact-email-error-required = הזן את כתובת הדואר האלקטרוני של איש הקשר של הלקוח שלך
cpor-claim-customer-contact-email-error-format = הזן כתובת דואר אלקטרוני בתבנית הנכונה, לדוגמה name@example.com

cpor-claim-technical-contact-name-label = שם
cpor-claim-technical-contact-name-error-required = הזן את השם של איש הקשר הטכני של הלקוח שלך
cpor-claim-technical-contact-title-label = תפקיד
cpor-claim-technical-contact-title-error-required = הזן את התפקיד של איש הקשר הטכני של הלקוח שלך
cpor-claim-technical-contact-email-label = כתובת דואר אלקטרוני
cpor-claim-technical-contact-email-error-required = הזן את כתובת הדואר האלקטרוני של איש הקשר הטכני של הלקוח שלך
cpor-claim-technical-contact-email-error-format = הזן כתובת דואר אלקטרוני בתבנית הנכונה, לדוגמה name@example.com

cpor-claim-partner-contact-name-label = שם
cpor-claim-partner-contact-name-error-required = הזן את השם של איש הקשר של החברה שלך
cpor-claim-partner-contact-email-label = כתובת דואר אלקטרוני
cpor-claim-partner-contact-email-error-required = הזן את כתובת הדואר האלקטרוני של איש הקשר של החברה שלך
cpor-claim-partner-contact-email-error-format = הזן כתובת דואר אלקטרוני בתבנית הנכונה, לדוגמה name@example.com

cpor-claim-claim-name-label = שם התביעה
cpor-claim-claim-name-hint = שם שאתה בוחר לתביעה זו, כדי למצוא אותה שוב במרכז השותפים.
cpor-claim-claim-name-error-required = הזן שם לתביעה

cpor-claim-products-label = מוצרים או עומסי עבודה
cpor-claim-products-hint = המוצרים או עומסי העבודה שאתה תובע, לדוגמה Exchange Online או Dynamics 365 Sales.
cpor-claim-products-error-required = הזן את המוצרים או עומסי העבודה שאתה תובע

cpor-claim-subscription-id-label = מזהה מינוי
cpor-claim-subscription-id-hint = עבור Dynamics 365 בלבד, כאשר למוצר שאתה תובע יש יותר ממינוי אחד עבור לקוח זה. GUID, לדוגמה 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = הזן את מזהה המינוי בתבנית הנכונה, לדוגמה 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = הוכחת ביצוע (PoE)
cpor-claim-proof-of-execution-hint = תאר את ההוכחה, כגון הצהרת עבודה חתומה על-ידי הלקוח. את המסמך עצמו מצרפים במרכז השותפים.
cpor-claim-proof-of-execution-error-required = תאר את הוכחת הביצוע
