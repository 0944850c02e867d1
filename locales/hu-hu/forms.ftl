# Űrlapszövegek (az azonosítók sémáját a locales/en-us/forms.ftl fájl eleje írja le).

## Shared

form-locale = hu-hu
form-error-prefix = Hiba:{" "}
form-error-summary-title = Probléma merült fel
form-optional = (nem kötelező)
form-select-choose = Válasszon egy lehetőséget
form-check = Jogcím ellenőrzése
form-download = JSON letöltése
form-print = Jogcím nyomtatása
form-clear = Űrlap törlése
form-checklist-title = Ellenőrzőlista
form-checklist-progress = { $total } elemből { $done } kész
form-status-complete = Kész
form-status-incomplete = Nincs kész
form-status-not-needed = Nem szükséges
form-draft-offer = Ebben a böngészőben mentve van a jogcím egy piszkozata.
form-draft-offer-hint = A folytatáshoz állítsa vissza, vagy vesse el. Amíg nem választ, semmi új nem lesz mentve.
form-draft-restore = Piszkozat visszaállítása
form-draft-discard = Piszkozat elvetése
form-draft-restored = A piszkozat vissza lett állítva.
form-draft-discarded = A piszkozat el lett vetve.
form-saved-locally = A beírt adatok csak ebben a böngészőben maradnak meg, ennek a nyelvnek a piszkozataként. Semmi sem lesz elküldve.
form-no-script = A válaszok ellenőrzéséhez, a piszkozat megőrzéséhez és a letöltéshez JavaScript szükséges. Az űrlapot így is elolvashatja és kinyomtathatja.
form-cleared = Az űrlap törölve lett, a piszkozata pedig el lett távolítva.
form-valid = Nem található probléma. Töltse le vagy nyomtassa ki a jogcímet, majd adja meg a Partnerközpontban.
form-print-title = A jogcím összegzése

## CPOR claim

cpor-claim-title = Ügyfél-társítási jogcím előkészítése
cpor-claim-intro = Adja meg a jogcímhez szükséges adatokat; ezek a Partnerközpont szabályai szerint lesznek ellenőrizve. Ezután töltse le vagy nyomtassa ki a jogcímet, és adja meg a Partnerközpontban.
cpor-claim-checklist-lead = A jogcím befejezéséhez a következő információkra lesz szüksége:
cpor-claim-terms-locale = hu-hu

cpor-claim-item-1 = MPN-azonosító
cpor-claim-item-2 = Az ügyfél tartományneve
cpor-claim-item-3 = Az ügyfél címtár-azonosítója (bérlőazonosítója)
cpor-claim-item-4 = Megoldási terület
cpor-claim-item-5 = Tevékenység és jogcímtípus
cpor-claim-item-6 = Az ügyfél kapcsolattartója
cpor-claim-item-7 = Az ügyfél műszaki kapcsolattartója (Dynamics 365)
cpor-claim-item-8 = A vállalata kapcsolattartója
cpor-claim-item-9 = A jogcím neve
cpor-claim-item-10 = Termékek vagy számítási feladatok
cpor-claim-item-11 = Végrehajtás igazolása (PoE)
cpor-claim-item-12 = A bevétel-társítás adatai

# A cikk ellenőrzőlistájában félkövérrel szedett mezőnevek úgy, ahogy a cikk magyar fordítása
# írja őket (a Microsoft terminológiája; a korpuszban nincs hu-hu cikk).
cpor-claim-term-mpn-id = MPN-azonosító
cpor-claim-term-domain-name = tartományneve
cpor-claim-term-directory-id = címtár-azonosító
cpor-claim-term-tenant-id = bérlőazonosító
cpor-claim-term-solution-area = Megoldási terület
cpor-claim-term-activity = Tevékenység
cpor-claim-term-customer-contact-name = kapcsolattartó neve
cpor-claim-term-technical-contact = műszaki kapcsolattartó
cpor-claim-term-partner-contact-name = kapcsolattartó neve
cpor-claim-term-claim-name = nevet
cpor-claim-term-products = Termék(ek)
cpor-claim-term-proof-of-execution = Végrehajtás igazolása
cpor-claim-term-dynamics-seller-name = Dynamics-megoldás értékesítőjének neve
cpor-claim-term-customer-name = Ügyfél neve
cpor-claim-term-isv-solution-name = ISV-termék/-megoldás neve

cpor-claim-group-customer-contact = Az ügyfele kapcsolattartója
cpor-claim-group-technical-contact = Az ügyfele műszaki kapcsolattartója
cpor-claim-group-partner-contact = A vállalata kapcsolattartója
cpor-claim-required-when-solution-area-business-applications = Kötelező a Business Applications (Dynamics 365) jogcímeknél.
cpor-claim-shown-when-claim-type-revenue-association = Csak bevétel-társítási jogcímeknél.

cpor-claim-mpn-id-label = MPN-azonosító
cpor-claim-mpn-id-hint = A jogcímet benyújtó partnerhely Microsoft Partner Network-azonosítója, csak számjegyek, például 1234567.
cpor-claim-mpn-id-error-required = Adja meg az MPN-azonosítóját
cpor-claim-mpn-id-error-format = Az MPN-azonosító csak számjegyeket tartalmazhat, például 1234567

cpor-claim-customer-domain-label = Az ügyfél tartományneve
cpor-claim-customer-domain-hint = Például contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Adja meg az ügyfél tartománynevét
cpor-claim-customer-domain-error-format = Helyes formátumban adja meg a tartománynevet, például contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Az ügyfél címtár-azonosítója (bérlőazonosítója)
cpor-claim-tenant-id-hint = A címtár-azonosítót bérlőazonosítónak is nevezik: 32 hexadecimális számjegy öt csoportban, például 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Adja meg az ügyfél címtár-azonosítóját (bérlőazonosítóját)
cpor-claim-tenant-id-error-format = Helyes formátumban adja meg a címtár-azonosítót (bérlőazonosítót), például 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Megoldási terület
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Válassza ki a megoldási területet

cpor-claim-claim-type-label = Tevékenység és jogcímtípus
cpor-claim-claim-type-pre-sales = Előértékesítés
cpor-claim-claim-type-usage = Használat
cpor-claim-claim-type-revenue-association = Bevétel-társítás
cpor-claim-claim-type-revenue-association-hint = Csak Business Applications
cpor-claim-claim-type-revenue-association-error = A bevétel-társítás csak a Business Applications területre vonatkozik: válassza a Business Applications lehetőséget vagy egy másik jogcímtípust
cpor-claim-claim-type-error-required = Válassza ki a jogcím típusát

cpor-claim-dynamics-seller-name-label = A Dynamics-megoldás értékesítőjének neve
cpor-claim-dynamics-seller-name-error-required = Adja meg a Dynamics-megoldás értékesítőjének nevét
cpor-claim-customer-name-label = Ügyfél neve
cpor-claim-customer-name-error-required = Adja meg az ügyfél nevét
cpor-claim-isv-solution-name-label = Az ISV-termék vagy -megoldás neve
cpor-claim-isv-solution-name-error-required = Adja meg az ISV-termék vagy -megoldás nevét

cpor-claim-customer-contact-name-label = Név
cpor-claim-customer-contact-name-error-required = Adja meg az ügyfele kapcsolattartójának nevét
cpor-claim-customer-contact-title-label = Beosztás
cpor-claim-customer-contact-title-error-required = Adja meg az ügyfele kapcsolattartójának beosztását
cpor-claim-customer-contact-email-label = E-mail-cím
cpor-claim-customer-contact-email-error-required = Adja meg az ügyfele kapcsolattartójának e-mail-címét
cpor-claim-customer-contact-email-error-format = Helyes formátumban adja meg az e-mail-címet, például name@example.com

cpor-claim-technical-contact-name-label = Név
cpor-claim-technical-contact-name-error-required = Adja meg az ügyfele műszaki kapcsolattartójának nevét
cpor-claim-technical-contact-title-label = Beosztás
cpor-claim-technical-contact-title-error-required = Adja meg az ügyfele műszaki kapcsolattartójának beosztását
cpor-claim-technical-contact-email-label = E-mail-cím
cpor-claim-technical-contact-email-error-required = Adja meg az ügyfele műszaki kapcsolattartójának e-mail-címét
cpor-claim-technical-contact-email-error-format = Helyes formátumban adja meg az e-mail-címet, például name@example.com

cpor-claim-partner-contact-name-label = Név
cpor-claim-partner-contact-name-error-required = Adja meg a vállalata kapcsolattartójának nevét
cpor-claim-partner-contact-email-label = E-mail-cím
cpor-claim-partner-contact-email-error-required = Adja meg a vállalata kapcsolattartójának e-mail-címét
cpor-claim-partner-contact-email-error-format = Helyes formátumban adja meg az e-mail-címet, például name@example.com

cpor-claim-claim-name-label = A jogcím neve
cpor-claim-claim-name-hint = Egy Ön által választott név ehhez a jogcímhez, hogy később megtalálja a Partnerközpontban.
cpor-claim-claim-name-error-required = Adjon nevet a jogcímnek

cpor-claim-products-label = Termékek vagy számítási feladatok
cpor-claim-products-hint = A jogcímmel érintett termékek vagy számítási feladatok, például Exchange Online vagy Dynamics 365 Sales.
cpor-claim-products-error-required = Adja meg a jogcímmel érintett termékeket vagy számítási feladatokat

cpor-claim-subscription-id-label = Előfizetés-azonosító
cpor-claim-subscription-id-hint = Csak Dynamics 365 esetén, ha a jogcímmel érintett terméknek ennél az ügyfélnél több előfizetése van. GUID, például 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Helyes formátumban adja meg az előfizetés-azonosítót, például 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Végrehajtás igazolása (PoE)
cpor-claim-proof-of-execution-hint = Írja le az igazolást, például egy, az ügyfél által aláírt munkaleírást. Magát a dokumentumot a Partnerközpontban csatolja.
cpor-claim-proof-of-execution-error-required = Írja le a végrehajtás igazolását
