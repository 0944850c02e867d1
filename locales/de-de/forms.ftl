# Formulartexte (das ID-Schema ist am Anfang von locales/en-us/forms.ftl beschrieben).

## Shared

form-locale = de-de
form-error-prefix = Fehler:{" "}
form-error-summary-title = Es ist ein Problem aufgetreten
form-optional = (optional)
form-select-choose = Option auswählen
form-check = Anspruch prüfen
form-download = JSON herunterladen
form-print = Anspruch drucken
form-clear = Formular leeren
form-checklist-title = Checkliste
form-checklist-progress = Erledigte Punkte: { $done } von { $total }
form-status-complete = Erledigt
form-status-incomplete = Nicht erledigt
form-status-not-needed = Nicht erforderlich
form-draft-offer = In diesem Browser ist ein Entwurf dieses Anspruchs gespeichert.
form-draft-offer-hint = Stellen Sie ihn wieder her, um weiterzumachen, oder verwerfen Sie ihn. Bis Sie sich entscheiden, wird nichts Neues gespeichert.
form-draft-restore = Entwurf wiederherstellen
form-draft-discard = Entwurf verwerfen
form-draft-restored = Der Entwurf wurde wiederhergestellt.
form-draft-discarded = Der Entwurf wurde verworfen.
form-saved-locally = Ihre Eingaben werden nur in diesem Browser gespeichert, als Entwurf für diese Sprache. Es wird nichts gesendet.
form-no-script = Zum Prüfen der Antworten, für den Entwurf und zum Herunterladen ist JavaScript erforderlich. Sie können dieses Formular trotzdem lesen und drucken.
form-cleared = Das Formular wurde geleert und sein Entwurf entfernt.
form-valid = Keine Probleme gefunden. Laden Sie den Anspruch herunter, oder drucken Sie ihn, und geben Sie ihn dann im Partner Center ein.
form-print-title = Zusammenfassung des Anspruchs

## CPOR claim

cpor-claim-title = Anspruch auf Kundenzuordnung vorbereiten
cpor-claim-intro = Geben Sie die Informationen ein, die der Anspruch erfordert. Sie werden anhand der Regeln von Partner Center geprüft. Laden Sie den Anspruch dann herunter, oder drucken Sie ihn, und geben Sie ihn im Partner Center ein.
cpor-claim-checklist-lead = Sie benötigen die folgenden Informationen, um einen Anspruch abzuschließen:
cpor-claim-terms-locale = de-de

cpor-claim-item-1 = MPN-ID
cpor-claim-item-2 = Domänenname des Kunden
cpor-claim-item-3 = Verzeichnis-ID (Mandanten-ID) des Kunden
cpor-claim-item-4 = Lösungsbereich
cpor-claim-item-5 = Aktivität und Anspruchstyp
cpor-claim-item-6 = Kontaktperson des Kunden
cpor-claim-item-7 = Technische Kontaktperson des Kunden (Dynamics 365)
cpor-claim-item-8 = Kontaktperson Ihres Unternehmens
cpor-claim-item-9 = Name des Anspruchs
cpor-claim-item-10 = Produkte oder Workloads
cpor-claim-item-11 = Ausführungsnachweis (PoE)
cpor-claim-item-12 = Angaben zur Umsatzzuordnung

# Fett gedruckte Feldnamen der Checkliste im Artikel, wie die deutsche Übersetzung des
# Artikels sie schreibt (Microsoft-Terminologie; im Korpus gibt es noch keinen de-de-Artikel).
cpor-claim-term-mpn-id = MPN-ID
cpor-claim-term-domain-name = Domänenname
cpor-claim-term-directory-id = Verzeichnis-ID
cpor-claim-term-tenant-id = Mandanten-ID
cpor-claim-term-solution-area = Lösungsbereich
cpor-claim-term-activity = Aktivität
cpor-claim-term-customer-contact-name = Kontaktname
cpor-claim-term-technical-contact = technischen Kontakt
cpor-claim-term-partner-contact-name = Kontaktname
cpor-claim-term-claim-name = Namen
cpor-claim-term-products = Produkt(e)
cpor-claim-term-proof-of-execution = Ausführungsnachweis
cpor-claim-term-dynamics-seller-name = Name des Dynamics-Lösungsverkäufers
cpor-claim-term-customer-name = Kundenname
cpor-claim-term-isv-solution-name = Name des ISV-Produkts/der ISV-Lösung

cpor-claim-group-customer-contact = Kontaktperson Ihres Kunden
cpor-claim-group-technical-contact = Technische Kontaktperson Ihres Kunden
cpor-claim-group-partner-contact = Kontaktperson Ihres Unternehmens
cpor-claim-required-when-solution-area-business-applications = Erforderlich bei Ansprüchen im Bereich Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Nur für Ansprüche auf Umsatzzuordnung.

cpor-claim-mpn-id-label = MPN-ID
cpor-claim-mpn-id-hint = Die Microsoft Partner Network-ID des Partnerstandorts, der den Anspruch geltend macht, nur Ziffern, zum Beispiel 1234567.
cpor-claim-mpn-id-error-required = Geben Sie Ihre MPN-ID ein
cpor-claim-mpn-id-error-format = Die MPN-ID darf nur Ziffern enthalten, zum Beispiel 1234567

cpor-claim-customer-domain-label = Domänenname des Kunden
cpor-claim-customer-domain-hint = Zum Beispiel contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Geben Sie den Domänennamen des Kunden ein
cpor-claim-customer-domain-error-format = Geben Sie einen Domänennamen im richtigen Format ein, zum Beispiel contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Verzeichnis-ID (Mandanten-ID) des Kunden
cpor-claim-tenant-id-hint = Die Verzeichnis-ID wird auch Mandanten-ID genannt: 32 Hexadezimalziffern in fünf Gruppen, zum Beispiel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Geben Sie die Verzeichnis-ID (Mandanten-ID) des Kunden ein
cpor-claim-tenant-id-error-format = Geben Sie die Verzeichnis-ID (Mandanten-ID) im richtigen Format ein, zum Beispiel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Lösungsbereich
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Wählen Sie den Lösungsbereich aus

cpor-claim-claim-type-label = Aktivität und Anspruchstyp
cpor-claim-claim-type-pre-sales = Presales
cpor-claim-claim-type-usage = Nutzung
cpor-claim-claim-type-revenue-association = Umsatzzuordnung
cpor-claim-claim-type-revenue-association-hint = Nur Business Applications
cpor-claim-claim-type-revenue-association-error = Die Umsatzzuordnung gilt nur für Business Applications: Wählen Sie Business Applications oder einen anderen Anspruchstyp aus
cpor-claim-claim-type-error-required = Wählen Sie den Anspruchstyp aus

cpor-claim-dynamics-seller-name-label = Name des Dynamics-Lösungsverkäufers
cpor-claim-dynamics-seller-name-error-required = Geben Sie den Namen des Dynamics-Lösungsverkäufers ein
cpor-claim-customer-name-label = Kundenname
cpor-claim-customer-name-error-required = Geben Sie den Namen des Kunden ein
cpor-claim-isv-solution-name-label = Name des ISV-Produkts oder der ISV-Lösung
cpor-claim-isv-solution-name-error-required = Geben Sie den Namen des ISV-Produkts oder der ISV-Lösung ein

cpor-claim-customer-contact-name-label = Vollständiger Name
cpor-claim-customer-contact-name-error-required = Geben Sie den Namen der Kontaktperson Ihres Kunden ein
cpor-claim-customer-contact-title-label = Position
cpor-claim-customer-contact-title-error-required = Geben Sie die Position der Kontaktperson Ihres Kunden ein
cpor-claim-customer-contact-email-label = E-Mail-Adresse
cpor-claim-customer-contact-email-error-required = Geben Sie die E-Mail-Adresse der Kontaktperson Ihres Kunden ein
cpor-claim-customer-contact-email-error-format = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com

cpor-claim-technical-contact-name-label = Vollständiger Name
cpor-claim-technical-contact-name-error-required = Geben Sie den Namen der technischen Kontaktperson Ihres Kunden ein
cpor-claim-technical-contact-title-label = Position
cpor-claim-technical-contact-title-error-required = Geben Sie die Position der technischen Kontaktperson Ihres Kunden ein
cpor-claim-technical-contact-email-label = E-Mail-Adresse
cpor-claim-technical-contact-email-error-required = Geben Sie die E-Mail-Adresse der technischen Kontaktperson Ihres Kunden ein
cpor-claim-technical-contact-email-error-format = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com

cpor-claim-partner-contact-name-label = Vollständiger Name
cpor-claim-partner-contact-name-error-required = Geben Sie den Namen der Kontaktperson Ihres Unternehmens ein
cpor-claim-partner-contact-email-label = E-Mail-Adresse
cpor-claim-partner-contact-email-error-required = Geben Sie die E-Mail-Adresse der Kontaktperson Ihres Unternehmens ein
cpor-claim-partner-contact-email-error-format = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com

cpor-claim-claim-name-label = Name des Anspruchs
cpor-claim-claim-name-hint = Ein Name Ihrer Wahl für diesen Anspruch, damit Sie ihn im Partner Center wiederfinden.
cpor-claim-claim-name-error-required = Geben Sie einen Namen für den Anspruch ein

cpor-claim-products-label = Produkte oder Workloads
cpor-claim-products-hint = Die Produkte oder Workloads, die Sie beanspruchen, zum Beispiel Exchange Online oder Dynamics 365 Sales.
cpor-claim-products-error-required = Geben Sie die Produkte oder Workloads ein, die Sie beanspruchen

cpor-claim-subscription-id-label = Abonnement-ID
cpor-claim-subscription-id-hint = Nur für Dynamics 365, wenn das beanspruchte Produkt für diesen Kunden mehr als ein Abonnement hat. Eine GUID, zum Beispiel 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Geben Sie die Abonnement-ID im richtigen Format ein, zum Beispiel 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Ausführungsnachweis (PoE)
cpor-claim-proof-of-execution-hint = Beschreiben Sie den Nachweis, zum Beispiel eine vom Kunden unterzeichnete Leistungsbeschreibung. Das Dokument selbst fügen Sie im Partner Center an.
cpor-claim-proof-of-execution-error-required = Beschreiben Sie den Ausführungsnachweis
